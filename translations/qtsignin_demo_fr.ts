<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../app/demo/ui/AccountPage.cpp" line="+28"/>
        <location line="+160"/>
        <location line="+7"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+160"/>
        <location line="+7"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile and permissions</source>
        <translation>Profil et autorisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked for</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permissions asked for and given</source>
        <translation>Autorisations demandées et accordées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers may give fewer permissions than asked for; the app works with what it was given.</source>
        <translation>Les fournisseurs peuvent accorder moins d’autorisations que demandé&#xa0;; l’application fonctionne avec celles qui lui ont été accordées.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a call. Each one first gets an access token silently: from memory while it is valid, else with the refresh token.</source>
        <translation>Choisissez un appel. Chacun obtient d’abord un token d’accès en arrière-plan&#xa0;: depuis la mémoire tant qu’il est valide, sinon avec le token d’actualisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API call result</source>
        <translation>Résultat de l&apos;appel d&apos;API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API response</source>
        <translation>Réponse de l’API</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (tenant)</source>
        <translation>Organisation (locataire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s profile endpoint, not a signed ID token</source>
        <translation>point de terminaison de profil de %1, pas un token d’ID signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>DPoP proof, with the API&apos;s nonce</source>
        <translation>preuve DPoP, avec le nonce de l'API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPoP proof</source>
        <translation>preuve DPoP</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+3"/>
        <source>Profile source</source>
        <translation>Source du profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID token</source>
        <translation>Token d&apos;ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID token and userinfo</source>
        <translation>Token d&apos;ID et userinfo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 speaks plain OAuth 2.0 and issues no ID token. Who you are comes from its profile endpoint, asked with the access token: nothing signed vouches for it. It shows who you are at %1; it is no proof of identity for a service of the app&apos;s own.</source>
        <translation>%1 utilise OAuth 2.0 simple et n’émet pas de token d’ID. Votre identité provient de son point de terminaison de profil, interrogé avec le token d’accès : rien de signé ne la garantit. Elle montre qui vous êtes chez %1 ; ce n’est pas une preuve d’identité pour un service propre à l’application.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scope: %1</source>
        <translation>Scope&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no access token (%2)</source>
        <translation>%1&#xa0;: aucun token d’accès (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → no answer: %2</source>
        <translation>%1 → aucune réponse&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from memory</source>
        <translation>depuis la mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refreshed</source>
        <translation>actualisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 ms · token %2 in %3 ms</source>
        <translation>Requête %1 ms · token %2 en %3 ms</translation>
    </message>
</context>
<context>
    <name>BrandBar</name>
    <message>
        <location filename="../app/demo/ui/BrandBar.cpp" line="+35"/>
        <source>%1 logo</source>
        <translation>Logo de %1</translation>
    </message>
</context>
<context>
    <name>BrandingFile</name>
    <message>
        <location filename="../app/demo/BrandingFile.cpp" line="+39"/>
        <source>Cannot read the branding file %1: %2</source>
        <translation>Impossible de lire le fichier de personnalisation %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The branding file %1 is not a JSON object (%2)</source>
        <translation>Le fichier de personnalisation %1 n’est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The branding file %1 has no “name”</source>
        <translation>Le fichier de personnalisation %1 ne contient pas de «&#xa0;name&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the accent colour must look like #2b6cb0</source>
        <translation>Dans %1, la couleur d&apos;accent doit ressembler à #2b6cb0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the privacy and terms links must be https URLs</source>
        <translation>Dans %1, les liens vers la confidentialité et les conditions d’utilisation doivent être des URL https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo %1 named in %2 does not exist</source>
        <translation>Le logo %1 indiqué dans %2 n’existe pas</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../app/demo/ui/ConsentPage.cpp" line="+24"/>
        <location line="+58"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 needs one more permission</source>
        <translation>%1 a besoin d’une autorisation supplémentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will ask for these permissions</source>
        <translation>%1 va demander ces autorisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks for it only now, when you use the feature that needs it. %2 will ask you to allow it; you can say no and keep using everything else.</source>
        <translation>%1 ne la demande que maintenant, au moment où vous utilisez la fonctionnalité qui en a besoin. %2 vous demandera de l’autoriser&#xa0;; vous pouvez refuser et continuer à utiliser tout le reste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 will ask you to allow them. You can sign out at any time, and %2 asks for more only when a feature needs it.</source>
        <translation>%1 vous demandera de les autoriser. Vous pouvez vous déconnecter à tout moment, et %2 n’en demande d’autres que lorsqu’une fonctionnalité en a besoin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Scope: %1</source>
        <translation>Scope&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue to %1</source>
        <translation>Continuer vers %1</translation>
    </message>
</context>
<context>
    <name>DemoConfiguration</name>
    <message>
        <location filename="../app/demo/DemoConfiguration.cpp" line="+53"/>
        <source>Demo Sign-in</source>
        <translation>Connexion de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo API</source>
        <translation>API de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who am I?</source>
        <translation>Qui suis-je&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show my items</source>
        <translation>Afficher mes éléments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 n’est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1: %2 needs the app&apos;s client secret; set the environment variable QTSIGNIN_CLIENT_SECRET</source>
        <translation>%1 : %2 a besoin du secret client de l’application ; définissez la variable d’environnement QTSIGNIN_CLIENT_SECRET</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show my items (second factor)</source>
        <translation>Afficher mes éléments (second facteur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show my items (managed device)</source>
        <translation>Afficher mes éléments (appareil géré)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: &quot;provider&quot; must be microsoft, google or github</source>
        <translation>%1 : &quot;provider&quot; doit être microsoft, google ou github</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &quot;%2&quot; is for a plain OAuth 2.0 provider (&quot;provider&quot;: &quot;github&quot;); an OpenID Connect provider&apos;s endpoints come from its discovery document</source>
        <translation>%1 : « %2 » ne concerne qu’un fournisseur OAuth 2.0 simple (« provider » : « github ») ; les points de terminaison d’un fournisseur OpenID Connect viennent de son document de découverte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: &quot;proofOfPossession&quot; must be none, dpop or dpop-required</source>
        <translation>%1 : "proofOfPossession" doit être none, dpop ou dpop-required</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>plain OAuth 2.0 needs the authorization, token and profile endpoints</source>
        <translation>OAuth 2.0 simple a besoin des points de terminaison d’autorisation, de token et de profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s endpoints must use https (http only for this machine&apos;s loopback addresses)</source>
        <translation>les points de terminaison du fournisseur doivent utiliser https (http uniquement pour les adresses de bouclage de cette machine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no authority (the provider&apos;s URL) is set</source>
        <translation>aucune «&#xa0;authority&#xa0;» (l’URL du fournisseur) n’est définie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authority must use https (http only for this machine&apos;s loopback addresses)</source>
        <translation>l’«&#xa0;authority&#xa0;» doit utiliser https (http uniquement pour les adresses de bouclage de cette machine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no client ID is set</source>
        <translation>aucun ID client n’est défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no API base URL is set</source>
        <translation>aucune URL de base de l’API n’est définie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the API must use https (http only for this machine&apos;s loopback addresses)</source>
        <translation>l’API doit utiliser https (http uniquement pour les adresses de bouclage de cette machine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API has no endpoints</source>
        <translation>l’API n’a aucun point de terminaison</translation>
    </message>
</context>
<context>
    <name>DemoOptions</name>
    <message>
        <location filename="../app/demo/DemoOptions.cpp" line="+11"/>
        <source>QtSignIn&apos;s demo: sign in, consent, call a protected API, switch accounts.</source>
        <translation>Démo de QtSignIn&#xa0;: connexion, autorisations, appel d’une API protégée, changement de compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider, client and API to use (see examples/entra-graph.json).</source>
        <translation>Fournisseur, client et API à utiliser (voir examples/entra-graph.json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The local provider&apos;s URL.</source>
        <translation>URL du fournisseur local.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The local demo API&apos;s URL.</source>
        <translation>URL de l’API de démonstration locale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branding file (JSON).</source>
        <translation>Un fichier de personnalisation (JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: en, de or fr (default: the system&apos;s).</source>
        <translation>Langue&#xa0;: en, de ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the sign-in page with this command instead of the default browser.</source>
        <translation>Ouvre la page de connexion avec cette commande au lieu du navigateur par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMD</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where tokens are kept: keychain, memory or file:PATH.</source>
        <translation>Emplacement des tokens&#xa0;: keychain, memory ou file:CHEMIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STORE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No window: sign in through the browser, call the API, print the result.</source>
        <translation>Sans fenêtre&#xa0;: connexion via le navigateur, appel de l’API, affichage du résultat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quits once the window is shown (start-up measurements).</source>
        <translation>Quitte dès que la fenêtre est affichée (mesures de démarrage).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads the embedded sign-in (Qt WebEngine) at start-up.</source>
        <translation>Charge la connexion intégrée (Qt WebEngine) au démarrage.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say what to sign in to: both --authority URL and --api-url URL, or --config FILE.</source>
        <translation>Indiquez où vous connecter : à la fois --authority URL et --api-url URL, ou --config FICHIER.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 shows how an app signs you in with an online account and then uses a service on your behalf. It needs to know which sign-in service and which service to use, and none is set up on this computer yet.

To set one up, save a configuration file as %2 with the sign-in service&apos;s address, your app&apos;s client ID and the service to call, then start %1 again.</source>
        <translation>%1 montre comment une application vous connecte avec un compte en ligne puis utilise un service en votre nom. Elle doit savoir quel service de connexion et quel service utiliser, et aucun n’est encore configuré sur cet ordinateur.

Pour en configurer un, enregistrez un fichier de configuration sous %2 avec l’adresse du service de connexion, l’identifiant client de votre application et le service à appeler, puis relancez %1.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../app/demo/ui/DevicePage.cpp" line="+22"/>
        <source>Sign in on another device</source>
        <translation>Se connecter sur un autre appareil</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>QR code of the page to open</source>
        <translation>Code QR de la page à ouvrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code expiry</source>
        <translation>Expiration du code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking %1 for a code…</source>
        <translation>Demande d’un code à %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On your phone or another computer, open the page below and enter this code. This window continues by itself once you have signed in there.</source>
        <translation>Sur votre téléphone ou un autre ordinateur, ouvrez la page ci-dessous et saisissez ce code. Cette fenêtre continue d’elle-même une fois que vous vous y êtes connecté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code to enter: %1</source>
        <translation>Code à saisir : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page to open: %1</source>
        <translation>Page à ouvrir : %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code works for %1:%2 more.</source>
        <translation>Le code est encore valable %1:%2.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../app/demo/ui/ErrorBanner.cpp" line="+38"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The code has expired</source>
        <translation>Le code a expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission not given</source>
        <translation>Autorisation non accordée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider stopped the sign-in</source>
        <translation>Le fournisseur a interrompu la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the sign-in service</source>
        <translation>Service d’authentification injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in page was not finished in time</source>
        <translation>La page de connexion n’a pas été terminée à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the sign-in page</source>
        <translation>Impossible d’ouvrir la page de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please sign in again</source>
        <translation>Veuillez vous reconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot keep you signed in</source>
        <translation>Impossible de vous garder connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your keyring is locked</source>
        <translation>Votre trousseau est verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in file is not private</source>
        <translation>Votre fichier de connexion n’est pas privé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in response was not trustworthy</source>
        <translation>La réponse de connexion n’était pas digne de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in didn&apos;t work</source>
        <translation>La connexion n’a pas fonctionné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again for a new code, and enter it on the other device before the countdown ends.</source>
        <translation>Recommencez pour obtenir un nouveau code et saisissez-le sur l’autre appareil avant la fin du compte à rebours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in again and choose Allow if you want to use this feature.</source>
        <translation>Reconnectez-vous et choisissez «&#xa0;Autoriser&#xa0;» si vous souhaitez utiliser cette fonctionnalité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, contact your administrator.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, contactez votre administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your internet connection and try again.</source>
        <translation>Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again. If the page did not load or showed an error, check your internet connection first.</source>
        <translation>Recommencez. Si la page ne s’est pas chargée ou a affiché une erreur, vérifiez d’abord votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try “Sign in inside the app” instead, or set a default browser.</source>
        <translation>Essayez plutôt «&#xa0;Se connecter dans l’application&#xa0;», ou définissez un navigateur par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session ended; sign in again to continue.</source>
        <translation>Votre session a pris fin&#xa0;; reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock your keychain (your login keyring) and sign in again; until then you stay signed in only while the app is open.</source>
        <translation>Déverrouillez votre trousseau (votre trousseau de connexion) et reconnectez-vous&#xa0;; d’ici là, vous ne restez connecté que tant que l’application est ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock it (your system may ask for your login password), then try again.</source>
        <translation>Déverrouillez-le (votre système peut vous demander votre mot de passe de session), puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the file is yours and readable only by you, or removed, sign in again.</source>
        <translation>Une fois le fichier à vous et lisible par vous seul, ou supprimé, reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved. Try again; if it keeps happening, tell your administrator.</source>
        <translation>Rien n’a été enregistré. Réessayez&#xa0;; si le problème persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <location filename="../app/demo/HeadlessRun.cpp" line="+27"/>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  allowed: %1 (%2)</source>
        <translation>  autorisé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed: %1 [%2]</source>
        <translation>Échec de la connexion&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for a stronger sign-in: getting a token that has it…</source>
        <translation>%1 demande une connexion plus forte : obtention d’un jeton qui la porte…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in again through the browser…</source>
        <translation>Reconnexion via le navigateur…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in to %1 through the browser…</source>
        <translation>Connexion à %1 via le navigateur…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n API call(s) failed.</source>
        <translation>
            <numerusform>%n appel d’API a échoué.</numerusform>
            <numerusform>%n appels d’API ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: every API call succeeded.</source>
        <translation>Terminé&#xa0;: tous les appels d’API ont réussi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no token: %2</source>
        <translation>%1&#xa0;: aucun token&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token from memory in %1 ms</source>
        <translation>token en mémoire en %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token refreshed in %1 ms</source>
        <translation>token renouvelé en %1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPoP proof, with the API&apos;s nonce</source>
        <translation>preuve DPoP, avec le nonce de l'API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPoP proof</source>
        <translation>preuve DPoP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 %3 in %4 ms (%5)</source>
        <translation>%1 → %2 %3 en %4 ms (%5)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/demo/ui/MainWindow.cpp" line="+85"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms of use</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open the page again</source>
        <translation>Impossible de rouvrir la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser could not be started. Cancel and try signing in inside the app.</source>
        <translation>Le navigateur n’a pas pu être lancé. Annulez et essayez de vous connecter dans l’application.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signing in inside the app is not available</source>
        <translation>La connexion dans l&apos;application n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation cannot show the sign-in page itself (Qt WebEngine is missing). Sign in with your browser instead.</source>
        <translation>Cette installation ne peut pas afficher elle-même la page de connexion (Qt WebEngine est absent). Connectez-vous plutôt avec votre navigateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the browser</source>
        <translation>Utiliser le navigateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+147"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Something needs your attention</source>
        <translation>Une action de votre part est requise</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>“%1” needs your permission</source>
        <translation>«&#xa0;%1&#xa0;» nécessite votre autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not do this yet. Allow it to: %2.</source>
        <translation>%1 n’a pas encore l’autorisation de le faire. Requis&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow…</source>
        <translation>Autoriser…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” needs you to sign in again</source>
        <translation>« %1 » vous demande de vous reconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks for a stronger sign-in than your current one (for example a second factor). Sign in again to go on.</source>
        <translation>%1 demande une connexion plus forte que l’actuelle (par exemple un second facteur). Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot reach %1</source>
        <translation>Impossible de joindre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer (%2). Check that it is running and that this computer is online, then try again.</source>
        <translation>%1 n’a pas répondu (%2). Vérifiez qu’il est en service et que cet ordinateur est en ligne, puis réessayez.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add another account…</source>
        <translation>Ajouter un autre compte…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out and end the session at %1</source>
        <translation>Se déconnecter et fermer la session chez %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out of all accounts</source>
        <translation>Se déconnecter de tous les comptes</translation>
    </message>
</context>
<context>
    <name>ProtectedApiClient</name>
    <message>
        <location filename="../app/demo/ProtectedApiClient.cpp" line="+105"/>
        <source>the answer was larger than %1 KiB and was not read</source>
        <translation>la réponse dépassait %1 Kio et n&apos;a pas été lue</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <location filename="../app/demo/ScopeCatalogue.cpp" line="+11"/>
        <source>Sign you in</source>
        <translation>Vous connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile (name and username)</source>
        <translation>Lire votre profil (nom et nom d’utilisateur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <translation>Lire votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep you signed in</source>
        <translation>Vous garder connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your items</source>
        <translation>Lire vos éléments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and change your items</source>
        <translation>Ajouter et modifier vos éléments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read your profile</source>
        <translation>Lire votre profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the permission “%1”</source>
        <translation>Utiliser l’autorisation «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <location filename="../app/demo/ui/TokenInspector.cpp" line="+27"/>
        <source>Access token expiry</source>
        <translation>Expiration du token d’accès</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Decoded for you to look at. The app trusts the ID token because QtSignIn checked its signature and claims; the access token is for the API to check.</source>
        <translation>Décodés pour consultation. L’application fait confiance au token d’ID, car QtSignIn en a vérifié la signature et les claims&#xa0;; c’est à l’API de vérifier le token d’accès.</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <location line="+1"/>
        <source>ID token</source>
        <translation>Token d’ID</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Access token</source>
        <translation>Token d’accès</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+78"/>
        <source>Decoded %1</source>
        <translation>%1 décodé</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Raw %1</source>
        <translation>%1 brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: press Reveal to show it</source>
        <translation>Masqué : appuyez sur « Afficher » pour le voir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Shows the raw token. Anyone who sees it can use it until it expires.</source>
        <translation>Affiche le token brut. Toute personne qui le voit peut l’utiliser jusqu’à son expiration.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not a JWT: opaque to the app, as it should be.</source>
        <translation>Pas un JWT&#xa0;: opaque pour l’application, comme il se doit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Issued by %1 for %2</source>
        <translation>Émis par %1 pour %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The current access token for the API</source>
        <translation>Le token d&apos;accès actuel pour l&apos;API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token expires at %1.</source>
        <translation>Le token d’accès expire à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>The provider did not say when the access token expires.</source>
        <translation>Le fournisseur n’a pas indiqué quand le token d’accès expire.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Shown for you to look at. %1 issues no ID token (plain OAuth 2.0): who you are comes from its profile endpoint, asked with the access token, not from a signed ID token. The access token is for the API to check.</source>
        <translation>Affiché pour consultation. %1 n’émet pas de token d’ID (OAuth 2.0 simple) : votre identité provient de son point de terminaison de profil, interrogé avec le token d’accès, et non d’un token d’ID signé. C’est à l’API de vérifier le token d’accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile from %1&apos;s profile endpoint</source>
        <translation>Profil issu du point de terminaison de profil de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1&apos;s profile endpoint, not a signed ID token</source>
        <translation>Issu du point de terminaison de profil de %1, pas d’un token d’ID signé</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The access token has expired; the next API call gets a new one silently.</source>
        <translation>Le token d’accès a expiré&#xa0;; le prochain appel d’API en obtiendra un nouveau en arrière-plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token expires in %1:%2 (at %3).</source>
        <translation>Le token d’accès expire dans %1:%2 (à %3).</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../app/demo/ui/WaitingPage.cpp" line="+22"/>
        <source>Waiting for you to finish signing in</source>
        <translation>En attente de la fin de votre connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page again</source>
        <translation>Rouvrir la page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finish signing in in your browser…</source>
        <translation>Terminez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opened %2 in your browser. Sign in there; this window continues by itself. Closed the tab by mistake? Open the page again.</source>
        <translation>%1 a ouvert %2 dans votre navigateur. Connectez-vous sur cette page&#xa0;; cette fenêtre poursuivra automatiquement. Onglet fermé par erreur&#xa0;? Rouvrez la page.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish signing in in the sign-in window…</source>
        <translation>Terminez la connexion dans la fenêtre de connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 in the window that opened. Closing it cancels the sign-in.</source>
        <translation>Connectez-vous à %1 dans la fenêtre qui s’est ouverte. La fermer annule la connexion.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/demo/ui/WelcomePage.cpp" line="+20"/>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to see your profile and your items. %1 signs you in with %2: your password goes to %2 only, never to %1.</source>
        <translation>Connectez-vous pour voir votre profil et vos éléments. %1 vous connecte via %2&#xa0;: votre mot de passe est transmis uniquement à %2, jamais à %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with your browser</source>
        <translation>Se connecter avec votre navigateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in inside the app</source>
        <translation>Se connecter dans l’application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the sign-in page in a window of this app instead of your browser.</source>
        <translation>Affiche la page de connexion dans une fenêtre de cette application au lieu de votre navigateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in on another device</source>
        <translation>Se connecter sur un autre appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows a code to enter on your phone or another computer, for when this one has no browser you can use.</source>
        <translation>Affiche un code à saisir sur votre téléphone ou un autre ordinateur, si vous ne pouvez pas utiliser de navigateur sur celui-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another account</source>
        <translation>Utiliser un autre compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks %1 who you are, even if it remembers someone.</source>
        <translation>Demande à %1 qui vous êtes, même s’il se souvient de quelqu’un.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your browser is recommended: it may already know you, and its address bar shows where you type your password.</source>
        <translation>Votre navigateur est recommandé&#xa0;: il vous connaît peut-être déjà, et sa barre d’adresse indique où vous saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo/main.cpp" line="+34"/>
        <location line="+43"/>
        <source>QtSignIn Demo</source>
        <translation>Démo QtSignIn</translation>
    </message>
</context>
</TS>
