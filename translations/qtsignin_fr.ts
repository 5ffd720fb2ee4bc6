<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QtSignIn::AddressLine</name>
    <message>
        <location filename="../lib/webengine/AddressLine.cpp" line="+56"/>
        <source>Address of the sign-in page</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not encrypted (this computer)</source>
        <translation>non chiffré (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection not encrypted</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>QtSignIn::BrandingHeader</name>
    <message>
        <location filename="../lib/webengine/BrandingHeader.cpp" line="+22"/>
        <source>Signing in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logo</source>
        <translation>Logo de %1</translation>
    </message>
</context>
<context>
    <name>QtSignIn::EmbeddedUserAgent</name>
    <message>
        <location filename="../lib/webengine/EmbeddedUserAgent.cpp" line="+187"/>
        <source>The connection to %1 is not secure (%2); the page was not shown.</source>
        <translation>La connexion à %1 n’est pas sécurisée (%2)&#xa0;; la page n’a pas été affichée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page stopped working. Cancel and try again.</source>
        <translation>La page de connexion ne fonctionne plus. Annulez et réessayez.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>A response that does not belong to this sign-in was ignored.</source>
        <translation>Une réponse qui ne correspond pas à cette connexion a été ignorée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
</context>
<context>
    <name>QtSignIn::ResultPage</name>
    <message>
        <location filename="../lib/core/loopback/ResultPage.cpp" line="+139"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms of use</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has received your sign-in.</source>
        <translation>Votre connexion a été transmise à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and return to %1.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in didn&apos;t complete</source>
        <translation>La connexion n’a pas abouti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this tab and return to %1 to try again.</source>
        <translation>Fermez cet onglet et revenez à %1 pour réessayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected sign-in response</source>
        <translation>Réponse de connexion inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This isn&apos;t the sign-in %1 is waiting for</source>
        <translation>Ce n’est pas la connexion qu’attend %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page you came from may be old or not from %1.</source>
        <translation>La page d’où vous venez est peut-être obsolète ou ne provient pas de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to %1 and use the page it opened.</source>
        <translation>Revenez à %1 et utilisez la page ouverte depuis l’application.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SignInDialog</name>
    <message>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page loading</source>
        <translation>Chargement de la page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SignInError</name>
    <message>
        <location filename="../lib/core/SignInError.cpp" line="+112"/>
        <source>Sign-in was declined, so the app did not get access.</source>
        <translation>La connexion a été refusée&#xa0;; l’application n’a donc pas obtenu l’accès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app needs your permission. Sign in again to grant it.</source>
        <translation>L’application a besoin de votre autorisation. Reconnectez-vous pour l’accorder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>You need to sign in again.</source>
        <translation>Vous devez vous reconnecter.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The app&apos;s sign-in settings are not valid.</source>
        <translation>Les paramètres de connexion de l’application ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in service uses an insecure connection, so the app refused it.</source>
        <translation>Le service d’authentification utilise une connexion non sécurisée&#xa0;; l’application l’a donc refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in service could not be reached. Check your connection and try again.</source>
        <translation>Le service d’authentification est injoignable. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in service&apos;s configuration could not be trusted.</source>
        <translation>La configuration du service d’authentification n’est pas digne de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in service refused the sign-in.</source>
        <translation>Le service d’authentification a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service sent a response the app could not trust.</source>
        <translation>Le service d’authentification a envoyé une réponse à laquelle l’application ne peut pas se fier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No web browser could be opened for signing in.</source>
        <translation>Aucun navigateur web n’a pu être ouvert pour la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app could not get ready to receive the sign-in.</source>
        <translation>L’application n’a pas pu se préparer à recevoir la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in page was not finished in time, so the sign-in was stopped. Try again; if the page did not load, check your connection.</source>
        <translation>La page de connexion n’a pas été terminée à temps, la connexion a donc été arrêtée. Réessayez&#xa0;; si la page ne s’est pas chargée, vérifiez votre connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is not available, so you cannot stay signed in. Unlock your keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;; vous ne pouvez donc pas rester connecté. Déverrouillez votre trousseau (sous Linux, un Secret Service tel que GNOME Keyring ou KWallet doit être en cours d’exécution) et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sign-in could not be saved or read back. Check the disk and try again.</source>
        <translation>Votre connexion n’a pas pu être enregistrée ou relue. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file that keeps you signed in is not private to you, so it was not used. Remove it, or make it yours and readable only by you, and try again.</source>
        <translation>Le fichier qui vous garde connecté n’est pas privé, il n’a donc pas été utilisé. Supprimez-le, ou faites-en votre fichier, lisible par vous seul, et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your keyring is locked, so your sign-in could not be read or saved. Unlock the keyring and try again.</source>
        <translation>Votre trousseau est verrouillé&#xa0;: votre connexion n’a donc pas pu être lue ni enregistrée. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sign-in is already in progress. Finish it or close it, then try again.</source>
        <translation>Une connexion est déjà en cours. Terminez-la ou fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
</TS>
