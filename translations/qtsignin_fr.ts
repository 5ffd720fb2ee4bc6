<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QtSignIn::AddressLine</name>
    <message>
        <location filename="../lib/quickwebengine/SignInWindow.qml" line="+127"/>
        <location filename="../lib/webengine/AddressLine.cpp" line="+54"/>
        <source>Address of the sign-in page</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <location filename="../lib/webengine/PageAddress.cpp" line="+45"/>
        <source>not encrypted (this computer)</source>
        <translation>non chiffré (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection not encrypted</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>QtSignIn::BrandingHeader</name>
    <message>
        <location filename="../lib/webengine/BrandingHeader.cpp" line="+22"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+62"/>
        <source>Signing in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+5"/>
        <source>%1 logo</source>
        <translation>Logo de %1</translation>
    </message>
</context>
<context>
    <name>QtSignIn::EmbeddedUserAgent</name>
    <message>
        <location filename="../lib/webengine/EmbeddedUserAgent.cpp" line="+166"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+94"/>
        <source>The connection to %1 is not secure (%2); the page was not shown.</source>
        <translation>La connexion à %1 n’est pas sécurisée (%2)&#xa0;; la page n’a pas été affichée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+7"/>
        <source>The sign-in page stopped working. Cancel and try again.</source>
        <translation>La page de connexion ne fonctionne plus. Annulez et réessayez.</translation>
    </message>
    <message>
        <location filename="../lib/webengine/RedirectHandOff.cpp" line="+51"/>
        <source>A response that does not belong to this sign-in was ignored.</source>
        <translation>Une réponse qui ne correspond pas à cette connexion a été ignorée.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>QtSignIn::SetupDiagnostics</name>
    <message>
        <location filename="../lib/core/diagnostics/LocalChecks.cpp" line="+46"/>
        <source>The sign-in page would open with &quot;%1&quot;, but the program &quot;%2&quot; is not found.</source>
        <translation>La page de connexion s&apos;ouvrirait avec « %1 », mais le programme « %2 » est introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install it, give its full path, or leave the browser command out to use the desktop&apos;s default browser.</source>
        <translation>Installez-le, donnez son chemin complet, ou omettez la commande de navigateur pour utiliser le navigateur par défaut du bureau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in page opens with &quot;%1&quot; (%2), the address added as its last argument.</source>
        <translation>La page de connexion s&apos;ouvre avec « %1 » (%2), l&apos;adresse ajoutée en dernier argument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opens in the default browser (through the Windows shell).</source>
        <translation>La page de connexion s&apos;ouvre dans le navigateur par défaut (par le shell Windows).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page opens in the default browser (with /usr/bin/open).</source>
        <translation>La page de connexion s&apos;ouvre dans le navigateur par défaut (avec /usr/bin/open).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>xdg-open, which opens the sign-in page in the default browser, is not found on PATH.</source>
        <translation>xdg-open, qui ouvre la page de connexion dans le navigateur par défaut, est introuvable dans le PATH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install xdg-utils, or name a browser to use instead (for the qtsignin command, --browser-command or the BROWSER variable).</source>
        <translation>Installez xdg-utils, ou indiquez un navigateur à utiliser à la place (pour la commande qtsignin : --browser-command ou la variable BROWSER).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in page would open with %1, but there is no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set), so it may find no browser to show it.</source>
        <translation>La page de connexion s&apos;ouvrirait avec %1, mais il n&apos;y a pas de session de bureau ici (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini) : il risque de ne trouver aucun navigateur pour l&apos;afficher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in from a desktop session on this computer, or name a browser that works here. The browser must run on this computer: it returns to a listener on 127.0.0.1.</source>
        <translation>Connectez-vous depuis une session de bureau sur cet ordinateur, ou indiquez un navigateur qui fonctionne ici. Le navigateur doit tourner sur cet ordinateur : il revient vers un récepteur sur 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opens in the desktop&apos;s default browser, with %1.</source>
        <translation>La page de connexion s&apos;ouvre dans le navigateur par défaut du bureau, avec %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Listening on %1 port %2 works.</source>
        <translation>L&apos;écoute sur %1 port %2 fonctionne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on %1 works (the system chose port %2).</source>
        <translation>L&apos;écoute sur %1 fonctionne (le système a choisi le port %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtSignIn receives the redirect there.</source>
        <translation>C&apos;est là que QtSignIn reçoit la redirection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtSignIn listens there too, for browsers that resolve localhost to it.</source>
        <translation>QtSignIn y écoute aussi, pour les navigateurs qui résolvent localhost vers cette adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This configuration does not use it (its redirect URI is %1).</source>
        <translation>Cette configuration ne l&apos;utilise pas (son URI de redirection est %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>Impossible d&apos;écouter sur %1 port %2 : %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot listen on %1: %2.</source>
        <translation>Impossible d&apos;écouter sur %1 : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program holds port %1: end it, or choose another port for the redirect URI and register that.</source>
        <translation>Un autre programme occupe le port %1 : arrêtez-le, ou choisissez un autre port pour l&apos;URI de redirection et enregistrez celui-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the loopback interface is up (&quot;ip link set lo up&quot;) and that no security policy forbids listening on it.</source>
        <translation>Vérifiez que l&apos;interface de bouclage est active (« ip link set lo up ») et qu&apos;aucune politique de sécurité n&apos;interdit d&apos;y écouter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in needs it.</source>
        <translation>La connexion en a besoin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QtSignIn then listens on 127.0.0.1 only; browsers that try [::1] first fall back to it.</source>
        <translation>QtSignIn n&apos;écoute alors que sur 127.0.0.1 ; les navigateurs qui essaient d&apos;abord [::1] se rabattent dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This configuration does not need it: QtSignIn listens on %1 only.</source>
        <translation>Cette configuration n&apos;en a pas besoin : QtSignIn n&apos;écoute que sur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do, unless you use http://[::1]/ as the redirect URI: then enable IPv6 on the loopback interface.</source>
        <translation>Rien à faire, sauf si vous utilisez http://[::1]/ comme URI de redirection : activez alors IPv6 sur l&apos;interface de bouclage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register this redirect URI at the provider: %1, for any port. QtSignIn takes a free port for each sign-in, and RFC 8252 §7.3 has providers accept any port on a loopback redirect URI.</source>
        <translation>Enregistrez cette URI de redirection auprès du fournisseur : %1, pour n&apos;importe quel port. QtSignIn prend un port libre à chaque connexion, et la RFC 8252 §7.3 demande aux fournisseurs d&apos;accepter n&apos;importe quel port sur une URI de redirection de bouclage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register exactly this redirect URI at the provider: %1. Its port must be free whenever someone signs in.</source>
        <translation>Enregistrez exactement cette URI de redirection auprès du fournisseur : %1. Son port doit être libre à chaque connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID, however, matches any port only for http://localhost.</source>
        <translation>Microsoft Entra ID n&apos;accepte toutefois n&apos;importe quel port que pour http://localhost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use http://localhost as the redirect URI, and register http://localhost under &quot;Mobile and desktop applications&quot;.</source>
        <translation>Utilisez http://localhost comme URI de redirection, et enregistrez http://localhost sous « Applications mobiles et de bureau ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the provider insists on one exact port, put that port in the redirect URI and register it so.</source>
        <translation>Si le fournisseur exige un port précis, mettez ce port dans l&apos;URI de redirection et enregistrez-la ainsi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tokens are kept in memory only: nothing is stored, so every run signs in again.</source>
        <translation>Les jetons ne sont gardés qu&apos;en mémoire : rien n&apos;est enregistré, chaque exécution se reconnecte donc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are kept in the file %1 (readable by you only), not in a keychain.</source>
        <translation>Les jetons sont gardés dans le fichier %1 (lisible par vous seul), pas dans un trousseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens are kept in the application&apos;s own store, which is not checked.</source>
        <translation>Les jetons sont gardés dans le stockage propre de l&apos;application, qui n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <location filename="../lib/core/diagnostics/ProviderCheck.cpp" line="+45"/>
        <source>No provider is configured, so the provider was not checked.</source>
        <translation>Aucun fournisseur n&apos;est configuré : le fournisseur n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the provider&apos;s authority (its issuer URL) to check its discovery document, issuer, endpoints and clock.</source>
        <translation>Indiquez l&apos;autorité du fournisseur (son URL d&apos;émetteur) pour vérifier son document de découverte, son émetteur, ses points de terminaison et son horloge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The endpoints are configured explicitly: there is no discovery document to check.</source>
        <translation>Les points de terminaison sont configurés explicitement : il n&apos;y a pas de document de découverte à vérifier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every configured endpoint is https.</source>
        <translation>Chaque point de terminaison configuré est en https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These endpoints are not https: %1.</source>
        <translation>Ces points de terminaison ne sont pas en https : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the provider&apos;s https endpoints; plain http is allowed only for a provider on this computer (127.0.0.1, [::1] or localhost).</source>
        <translation>Utilisez les points de terminaison https du fournisseur ; le http simple n&apos;est permis que pour un fournisseur sur cet ordinateur (127.0.0.1, [::1] ou localhost).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The provider did not answer, so its clock is unknown.</source>
        <translation>Le fournisseur n&apos;a pas répondu : son horloge est donc inconnue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s answer has no readable Date header, so its clock is unknown.</source>
        <translation>La réponse du fournisseur n&apos;a pas d&apos;en-tête Date lisible : son horloge est donc inconnue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s clock agrees with this computer&apos;s (within a second).</source>
        <translation>L&apos;horloge du fournisseur concorde avec celle de cet ordinateur (à une seconde près).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation>L&apos;horloge du fournisseur avance de %1 s sur celle de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation>L&apos;horloge du fournisseur retarde de %1 s sur celle de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 QtSignIn allows up to %2 s.</source>
        <translation>%1 QtSignIn tolère jusqu&apos;à %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 That is more than the %2 s QtSignIn allows: ID tokens will look expired or not yet valid, and signing in fails.</source>
        <translation>%1 C&apos;est plus que les %2 s que tolère QtSignIn : les jetons d&apos;identité paraîtront expirés ou pas encore valides, et la connexion échouera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set this computer&apos;s clock automatically (for example with &quot;timedatectl set-ntp true&quot;); if it is right, tell the provider&apos;s administrators that their clock is wrong.</source>
        <translation>Réglez l&apos;horloge de cet ordinateur automatiquement (par exemple avec « timedatectl set-ntp true ») ; si elle est juste, signalez aux administrateurs du fournisseur que leur horloge est fausse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The TLS certificate of %1 is not trusted: %2.</source>
        <translation>Le certificat TLS de %1 n&apos;est pas reconnu comme fiable : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the provider uses a company or private certificate authority, install its certificate on this computer (or give it to the app as an extra CA certificate); if not, someone may be intercepting the connection. TLS errors are never ignored.</source>
        <translation>Si le fournisseur utilise une autorité de certification d&apos;entreprise ou privée, installez son certificat sur cet ordinateur (ou donnez-le à l&apos;application comme certificat d&apos;AC supplémentaire) ; sinon, quelqu&apos;un intercepte peut-être la connexion. Les erreurs TLS ne sont jamais ignorées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot fetch %1 (network timeout %2 s): %3.</source>
        <translation>Impossible de récupérer %1 (délai réseau %2 s) : %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the authority URL for typos, and that this computer can reach it (proxy, firewall, VPN): the address must answer in a browser too.</source>
        <translation>Vérifiez que l&apos;URL de l&apos;autorité ne contient pas de faute de frappe et que cet ordinateur peut l&apos;atteindre (proxy, pare-feu, VPN) : l&apos;adresse doit aussi répondre dans un navigateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered with HTTP status %2, not the discovery document.</source>
        <translation>%1 a répondu avec le statut HTTP %2, et non avec le document de découverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the authority: it is the issuer URL, to which /.well-known/openid-configuration is added (for example the realm&apos;s URL on Keycloak, or https://login.microsoftonline.com/TENANT/v2.0).</source>
        <translation>Vérifiez l&apos;autorité : c&apos;est l&apos;URL de l&apos;émetteur, à laquelle on ajoute /.well-known/openid-configuration (par exemple l&apos;URL du realm sur Keycloak, ou https://login.microsoftonline.com/TENANT/v2.0).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The issuer is the authority: %1.</source>
        <translation>L&apos;émetteur est l&apos;autorité : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The issuer %1 is the multi-tenant form of the authority %2, which QtSignIn accepts for Microsoft Entra ID.</source>
        <translation>L&apos;émetteur %1 est la forme multilocataire de l&apos;autorité %2, que QtSignIn accepte pour Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The issuer %1 differs from the authority %2 by a trailing &quot;/&quot;. QtSignIn accepts that; other software may not.</source>
        <translation>L&apos;émetteur %1 diffère de l&apos;autorité %2 par une barre oblique « / » finale. QtSignIn l&apos;accepte ; d&apos;autres logiciels peut-être pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the issuer exactly as the provider spells it as the authority: %1.</source>
        <translation>Utilisez comme autorité l&apos;émetteur exactement tel que le fournisseur l&apos;écrit : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discovery document says the issuer is %1, not the authority %2; OpenID Connect Discovery §4.3 requires them to be the same, so QtSignIn refuses this provider.</source>
        <translation>Le document de découverte indique que l&apos;émetteur est %1, et non l&apos;autorité %2 ; OpenID Connect Discovery §4.3 exige qu&apos;ils soient identiques : QtSignIn refuse donc ce fournisseur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If %1 is the provider you mean, use it as the authority. Otherwise the provider is set up with the wrong public URL (behind a proxy, its configured host name or &quot;frontend URL&quot;): its administrators must correct it.</source>
        <translation>Si %1 est bien le fournisseur voulu, utilisez-le comme autorité. Sinon, le fournisseur est configuré avec une mauvaise URL publique (derrière un proxy : son nom d&apos;hôte configuré ou son « URL frontale ») : ses administrateurs doivent la corriger.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All %1 endpoints are https, or plain http on this computer, which a provider on this computer may use.</source>
        <translation>Les %1 points de terminaison sont tous en https, ou en http simple sur cet ordinateur, ce qu&apos;un fournisseur sur cet ordinateur peut utiliser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 endpoints are https.</source>
        <translation>Les %1 points de terminaison sont tous en https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not https, so QtSignIn refuses the provider: %1.</source>
        <translation>Pas en https, QtSignIn refuse donc le fournisseur : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s administrators must publish https endpoints (behind a TLS proxy, the provider must be told that its public URL is https).</source>
        <translation>Les administrateurs du fournisseur doivent publier des points de terminaison https (derrière un proxy TLS, il faut indiquer au fournisseur que son URL publique est en https).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>code_challenge_methods_supported is not a list (see Discovery).</source>
        <translation>code_challenge_methods_supported n’est pas une liste (voir Discovery).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider does not say whether it supports PKCE (code_challenge_methods_supported is missing). QtSignIn sends an S256 challenge anyway; a provider that ignores it is not protected against stolen authorization codes.</source>
        <translation>Le fournisseur n&apos;indique pas s&apos;il prend en charge PKCE (code_challenge_methods_supported est absent). QtSignIn envoie malgré tout un défi S256 ; un fournisseur qui l&apos;ignore n&apos;est pas protégé contre le vol de codes d&apos;autorisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the provider&apos;s administrators to enable PKCE with S256 for this client and to advertise it.</source>
        <translation>Demandez aux administrateurs du fournisseur d&apos;activer PKCE avec S256 pour ce client et de l&apos;annoncer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PKCE with S256 is supported.</source>
        <translation>PKCE avec S256 est pris en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider supports PKCE only as %1, not S256, so QtSignIn refuses it.</source>
        <translation>Le fournisseur ne prend en charge PKCE que sous la forme %1, pas S256 : QtSignIn le refuse donc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider&apos;s administrators to enable the S256 code challenge method (RFC 7636 §4.2).</source>
        <translation>Demandez aux administrateurs du fournisseur d&apos;activer la méthode de défi S256 (RFC 7636 §4.2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider takes no pushed authorization requests (RFC 9126): the browser carries the whole authorization request.</source>
        <translation>Le fournisseur n'accepte pas de demandes d'autorisation envoyées d'avance (RFC 9126) : le navigateur transmet toute la demande d'autorisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider takes pushed authorization requests only (RFC 9126), and the configuration turned them off: every sign-in fails.</source>
        <translation>Le fournisseur n'accepte que des demandes d'autorisation envoyées d'avance (RFC 9126), et la configuration les a désactivées : toute connexion échoue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let sign-ins push the authorization request: leave ClientConfiguration::pushedAuthorizationRequests() at WhenSupported (qtsignin login: without --no-par).</source>
        <translation>Laissez les connexions envoyer d'avance la demande d'autorisation : gardez ClientConfiguration::pushedAuthorizationRequests() sur WhenSupported (qtsignin login : sans --no-par).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider takes pushed authorization requests (RFC 9126), and the configuration turned them off: the browser carries the whole authorization request.</source>
        <translation>Le fournisseur accepte des demandes d'autorisation envoyées d'avance (RFC 9126), et la configuration les a désactivées : le navigateur transmet toute la demande d'autorisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-ins push the authorization request to %1 (RFC 9126): the browser gets only a reference to it.</source>
        <translation>Les connexions envoient d'avance la demande d'autorisation à %1 (RFC 9126) : le navigateur n'en reçoit qu'une référence.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The discovery document could not be read.</source>
        <translation>Le document de découverte n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 n&apos;est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid JSON, but not an object</source>
        <translation>du JSON valide, mais pas un objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answers, but not with a discovery document: check the authority (a login page or a proxy&apos;s error page answers the same way).</source>
        <translation>L&apos;adresse répond, mais pas avec un document de découverte : vérifiez l&apos;autorité (une page de connexion ou la page d&apos;erreur d&apos;un proxy répond de la même façon).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a valid discovery document: %2.</source>
        <translation>%1 n&apos;est pas un document de découverte valide : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s administrators must correct its OpenID Connect discovery document (OpenID Connect Discovery 1.0 §3).</source>
        <translation>Les administrateurs du fournisseur doivent corriger son document de découverte OpenID Connect (OpenID Connect Discovery 1.0 §3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetched %1 in %2 ms: a valid discovery document.</source>
        <translation>%1 récupéré en %2 ms : un document de découverte valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document names no issuer.</source>
        <translation>Le document ne nomme aucun émetteur.</translation>
    </message>
    <message>
        <location filename="../lib/core/diagnostics/KeychainCheck.cpp" line="+45"/>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tokens are kept in the system&apos;s keychain.</source>
        <translation>Les jetons sont gardés dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens are kept in KWallet (%1).</source>
        <translation>Les jetons sont gardés dans KWallet (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so there is no Secret Service to keep tokens in.</source>
        <translation>Il n&apos;y a pas de bus de session D-Bus (DBUS_SESSION_BUS_ADDRESS n&apos;est pas défini), donc pas de Secret Service où garder les jetons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The D-Bus session bus cannot be reached (%1), so there is no Secret Service to keep tokens in.</source>
        <translation>Le bus de session D-Bus est injoignable (%1), il n&apos;y a donc pas de Secret Service où garder les jetons.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run this in your desktop session, or start a session bus with a Secret Service in it (for example &quot;dbus-run-session -- sh&quot;, then &quot;gnome-keyring-daemon --unlock&quot;); or keep the tokens in a file instead.</source>
        <translation>Lancez ceci dans votre session de bureau, ou démarrez un bus de session avec un Secret Service (par exemple « dbus-run-session -- sh », puis « gnome-keyring-daemon --unlock ») ; ou gardez plutôt les jetons dans un fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program provides the Secret Service (org.freedesktop.secrets) on the session bus, so tokens cannot be kept in the keychain.</source>
        <translation>Aucun programme ne fournit le Secret Service (org.freedesktop.secrets) sur le bus de session : les jetons ne peuvent donc pas être gardés dans le trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start one: &quot;gnome-keyring-daemon --start --components=secrets&quot;, or KeePassXC with its Secret Service integration on; or keep the tokens in a file instead.</source>
        <translation>Démarrez-en un : « gnome-keyring-daemon --start --components=secrets », ou KeePassXC avec son intégration Secret Service activée ; ou gardez plutôt les jetons dans un fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Secret Service (%1) did not answer as expected: %2.</source>
        <translation>Le Secret Service (%1) n&apos;a pas répondu comme prévu : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the program that provides it, or log out and in again.</source>
        <translation>Redémarrez le programme qui le fournit, ou fermez puis rouvrez votre session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Secret Service is provided by %1, but it has no default collection (keyring) yet.</source>
        <translation>Le Secret Service est fourni par %1, mais il n&apos;a pas encore de collection par défaut (trousseau).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a default keyring (in Passwords and Keys, or a KeePassXC database shared through its Secret Service integration); the first sign-in may ask you to.</source>
        <translation>Créez un trousseau par défaut (dans « Mots de passe et clés », ou une base KeePassXC partagée par son intégration Secret Service) ; la première connexion vous le demandera peut-être.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Secret Service is provided by %1; its default collection %2 is locked. Signing in asks to unlock it, and anything that must not ask (such as getting a token in a script) fails until it is unlocked.</source>
        <translation>Le Secret Service est fourni par %1 ; sa collection par défaut %2 est verrouillée. La connexion demande de la déverrouiller, et tout ce qui ne doit rien demander (comme obtenir un jeton dans un script) échoue tant qu&apos;elle n&apos;est pas déverrouillée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock it: log in to the desktop with your password, open the keyring in Passwords and Keys (Seahorse), or unlock the KeePassXC database.</source>
        <translation>Déverrouillez-la : ouvrez une session de bureau avec votre mot de passe, ouvrez le trousseau dans « Mots de passe et clés » (Seahorse), ou déverrouillez la base KeePassXC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are kept in the Secret Service, provided by %1; its default collection %2 is unlocked.</source>
        <translation>Les jetons sont gardés dans le Secret Service, fourni par %1 ; sa collection par défaut %2 est déverrouillée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start KWallet if your tokens are meant to be kept there.</source>
        <translation>Démarrez KWallet si vos jetons doivent y être gardés.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SignInDialog</name>
    <message>
        <location filename="../lib/quickwebengine/SignInWindow.qml" line="+173"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+3"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="-136"/>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location filename="../lib/quickwebengine/SignInWindow.qml" line="-111"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+10"/>
        <source>Page loading</source>
        <translation>Chargement de la page</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+6"/>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+10"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SignInError</name>
    <message>
        <location filename="../lib/core/SignInError.cpp" line="+114"/>
        <source>This sign-in service does not offer signing in on another device.</source>
        <translation>Ce service de connexion ne permet pas de se connecter depuis un autre appareil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code was not used in time, so the sign-in was stopped. Try again for a new code.</source>
        <translation>Le code n&apos;a pas été utilisé à temps, la connexion a donc été arrêtée. Réessayez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sign-in service requires the app to send its sign-in request directly, and the app&apos;s settings turned that off.</source>
        <translation>Ce service de connexion exige que l'application envoie directement sa demande de connexion, et les réglages de l'application l'ont désactivé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser switched the sign-in&apos;s return address on this computer (http://localhost) to https, so the sign-in could not reach the app. Set the app&apos;s redirect address to http://127.0.0.1/, which browsers leave as it is, or allow http for localhost in the browser&apos;s settings, and try again.</source>
        <translation>Le navigateur a fait passer l'adresse de retour de la connexion sur cet ordinateur (http://localhost) en https : la connexion n'a donc pas pu parvenir à l'application. Choisissez http://127.0.0.1/ comme adresse de redirection de l'application, que les navigateurs laissent telle quelle, ou autorisez http pour localhost dans les réglages du navigateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>You are signed out on this device, but the sign-in service did not confirm that it ended your sign-in there. It ends when it expires, or when you sign out of the service&apos;s website.</source>
        <translation>Vous êtes déconnecté sur cet appareil, mais le service de connexion n’a pas confirmé avoir mis fin à votre connexion chez lui. Elle prend fin à son expiration, ou quand vous vous déconnectez du site du service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
</TS>
