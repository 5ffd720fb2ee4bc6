<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QtSignIn::AddressLine</name>
    <message>
        <location filename="../lib/quickwebengine/SignInWindow.qml" line="+127"/>
        <location filename="../lib/webengine/AddressLine.cpp" line="+54"/>
        <source>Address of the sign-in page</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../lib/webengine/PageAddress.cpp" line="+45"/>
        <source>not encrypted (this computer)</source>
        <translation>nicht verschlüsselt (dieser Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection not encrypted</source>
        <translation>Verbindung nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>QtSignIn::BrandingHeader</name>
    <message>
        <location filename="../lib/webengine/BrandingHeader.cpp" line="+22"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+62"/>
        <source>Signing in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+5"/>
        <source>%1 logo</source>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>QtSignIn::EmbeddedUserAgent</name>
    <message>
        <location filename="../lib/webengine/EmbeddedUserAgent.cpp" line="+166"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+94"/>
        <source>The connection to %1 is not secure (%2); the page was not shown.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher (%2); die Seite wurde nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="+7"/>
        <source>The sign-in page stopped working. Cancel and try again.</source>
        <translation>Die Anmeldeseite funktioniert nicht mehr. Brechen Sie ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../lib/webengine/RedirectHandOff.cpp" line="+51"/>
        <source>A response that does not belong to this sign-in was ignored.</source>
        <translation>Eine Antwort, die nicht zu dieser Anmeldung gehört, wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finishing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
</context>
<context>
    <name>QtSignIn::ResultPage</name>
    <message>
        <location filename="../lib/core/loopback/ResultPage.cpp" line="+139"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terms of use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has received your sign-in.</source>
        <translation>%1 hat Ihre Anmeldung erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and return to %1.</source>
        <translation>Sie können diesen Tab schließen und zu %1 zurückkehren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in didn&apos;t complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this tab and return to %1 to try again.</source>
        <translation>Schließen Sie diesen Tab und kehren Sie zu %1 zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected sign-in response</source>
        <translation>Unerwartete Anmeldeantwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This isn&apos;t the sign-in %1 is waiting for</source>
        <translation>Dies ist nicht die Anmeldung, auf die %1 wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page you came from may be old or not from %1.</source>
        <translation>Die Seite, von der Sie kommen, ist möglicherweise veraltet oder stammt nicht von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to %1 and use the page it opened.</source>
        <translation>Kehren Sie zu %1 zurück und verwenden Sie die Seite, die von dort geöffnet wurde.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SetupDiagnostics</name>
    <message>
        <location filename="../lib/core/diagnostics/LocalChecks.cpp" line="+46"/>
        <source>The sign-in page would open with &quot;%1&quot;, but the program &quot;%2&quot; is not found.</source>
        <translation>Die Anmeldeseite würde mit „%1“ geöffnet, aber das Programm „%2“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install it, give its full path, or leave the browser command out to use the desktop&apos;s default browser.</source>
        <translation>Installieren Sie es, geben Sie seinen vollständigen Pfad an oder lassen Sie den Browser-Befehl weg, um den Standardbrowser des Desktops zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in page opens with &quot;%1&quot; (%2), the address added as its last argument.</source>
        <translation>Die Anmeldeseite wird mit „%1“ (%2) geöffnet, die Adresse als letztes Argument angehängt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opens in the default browser (through the Windows shell).</source>
        <translation>Die Anmeldeseite wird im Standardbrowser geöffnet (über die Windows-Shell).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page opens in the default browser (with /usr/bin/open).</source>
        <translation>Die Anmeldeseite wird im Standardbrowser geöffnet (mit /usr/bin/open).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>xdg-open, which opens the sign-in page in the default browser, is not found on PATH.</source>
        <translation>xdg-open, das die Anmeldeseite im Standardbrowser öffnet, wurde im PATH nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install xdg-utils, or name a browser to use instead (for the qtsignin command, --browser-command or the BROWSER variable).</source>
        <translation>Installieren Sie xdg-utils oder nennen Sie einen Browser, der stattdessen verwendet wird (für den Befehl qtsignin: --browser-command oder die Variable BROWSER).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in page would open with %1, but there is no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set), so it may find no browser to show it.</source>
        <translation>Die Anmeldeseite würde mit %1 geöffnet, aber hier läuft keine Desktop-Sitzung (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher findet es womöglich keinen Browser, um sie anzuzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in from a desktop session on this computer, or name a browser that works here. The browser must run on this computer: it returns to a listener on 127.0.0.1.</source>
        <translation>Melden Sie sich aus einer Desktop-Sitzung auf diesem Computer an oder nennen Sie einen Browser, der hier funktioniert. Der Browser muss auf diesem Computer laufen: Er kehrt zu einem Empfänger auf 127.0.0.1 zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opens in the desktop&apos;s default browser, with %1.</source>
        <translation>Die Anmeldeseite wird mit %1 im Standardbrowser des Desktops geöffnet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Listening on %1 port %2 works.</source>
        <translation>Empfangen auf %1 Port %2 funktioniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on %1 works (the system chose port %2).</source>
        <translation>Empfangen auf %1 funktioniert (das System wählte Port %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtSignIn receives the redirect there.</source>
        <translation>Dort empfängt QtSignIn die Weiterleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtSignIn listens there too, for browsers that resolve localhost to it.</source>
        <translation>QtSignIn empfängt auch dort, für Browser, die localhost zu dieser Adresse auflösen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This configuration does not use it (its redirect URI is %1).</source>
        <translation>Diese Konfiguration verwendet sie nicht (ihre Weiterleitungs-URI ist %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>Empfangen auf %1 Port %2 nicht möglich: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot listen on %1: %2.</source>
        <translation>Empfangen auf %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program holds port %1: end it, or choose another port for the redirect URI and register that.</source>
        <translation>Ein anderes Programm belegt Port %1: Beenden Sie es oder wählen Sie einen anderen Port für die Weiterleitungs-URI und registrieren Sie diesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the loopback interface is up (&quot;ip link set lo up&quot;) and that no security policy forbids listening on it.</source>
        <translation>Prüfen Sie, ob die Loopback-Schnittstelle aktiv ist („ip link set lo up“) und ob keine Sicherheitsrichtlinie das Empfangen darauf verbietet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in needs it.</source>
        <translation>Die Anmeldung braucht das.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QtSignIn then listens on 127.0.0.1 only; browsers that try [::1] first fall back to it.</source>
        <translation>QtSignIn empfängt dann nur auf 127.0.0.1; Browser, die zuerst [::1] versuchen, weichen darauf aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This configuration does not need it: QtSignIn listens on %1 only.</source>
        <translation>Diese Konfiguration braucht das nicht: QtSignIn empfängt nur auf %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do, unless you use http://[::1]/ as the redirect URI: then enable IPv6 on the loopback interface.</source>
        <translation>Nichts zu tun, außer Sie verwenden http://[::1]/ als Weiterleitungs-URI: Dann aktivieren Sie IPv6 auf der Loopback-Schnittstelle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register this redirect URI at the provider: %1, for any port. QtSignIn takes a free port for each sign-in, and RFC 8252 §7.3 has providers accept any port on a loopback redirect URI.</source>
        <translation>Registrieren Sie diese Weiterleitungs-URI beim Anbieter: %1, für jeden Port. QtSignIn nimmt für jede Anmeldung einen freien Port, und nach RFC 8252 §7.3 akzeptieren Anbieter jeden Port bei einer Loopback-Weiterleitungs-URI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register exactly this redirect URI at the provider: %1. Its port must be free whenever someone signs in.</source>
        <translation>Registrieren Sie genau diese Weiterleitungs-URI beim Anbieter: %1. Ihr Port muss bei jeder Anmeldung frei sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID, however, matches any port only for http://localhost.</source>
        <translation>Microsoft Entra ID akzeptiert jeden Port jedoch nur bei http://localhost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use http://localhost as the redirect URI, and register http://localhost under &quot;Mobile and desktop applications&quot;.</source>
        <translation>Verwenden Sie http://localhost als Weiterleitungs-URI und registrieren Sie http://localhost unter „Mobile und Desktopanwendungen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the provider insists on one exact port, put that port in the redirect URI and register it so.</source>
        <translation>Besteht der Anbieter auf einem bestimmten Port, setzen Sie diesen Port in die Weiterleitungs-URI und registrieren Sie sie so.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tokens are kept in memory only: nothing is stored, so every run signs in again.</source>
        <translation>Tokens werden nur im Arbeitsspeicher gehalten: Nichts wird gespeichert, daher meldet sich jeder Lauf neu an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are kept in the file %1 (readable by you only), not in a keychain.</source>
        <translation>Tokens werden in der Datei %1 gespeichert (nur für Sie lesbar), nicht in einem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens are kept in the application&apos;s own store, which is not checked.</source>
        <translation>Tokens werden im eigenen Speicher der Anwendung gehalten, der nicht geprüft wird.</translation>
    </message>
    <message>
        <location filename="../lib/core/diagnostics/ProviderCheck.cpp" line="+45"/>
        <source>No provider is configured, so the provider was not checked.</source>
        <translation>Es ist kein Anbieter angegeben, daher wurde der Anbieter nicht geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the provider&apos;s authority (its issuer URL) to check its discovery document, issuer, endpoints and clock.</source>
        <translation>Geben Sie die Authority des Anbieters (seine Issuer-URL) an, um sein Discovery-Dokument, seinen Issuer, seine Endpunkte und seine Uhr zu prüfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The endpoints are configured explicitly: there is no discovery document to check.</source>
        <translation>Die Endpunkte sind ausdrücklich konfiguriert: Es gibt kein Discovery-Dokument zu prüfen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every configured endpoint is https.</source>
        <translation>Jeder konfigurierte Endpunkt verwendet https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These endpoints are not https: %1.</source>
        <translation>Diese Endpunkte verwenden kein https: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the provider&apos;s https endpoints; plain http is allowed only for a provider on this computer (127.0.0.1, [::1] or localhost).</source>
        <translation>Verwenden Sie die https-Endpunkte des Anbieters; einfaches http ist nur für einen Anbieter auf diesem Computer erlaubt (127.0.0.1, [::1] oder localhost).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The provider did not answer, so its clock is unknown.</source>
        <translation>Der Anbieter hat nicht geantwortet, daher ist seine Uhrzeit unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s answer has no readable Date header, so its clock is unknown.</source>
        <translation>Die Antwort des Anbieters hat keinen lesbaren Date-Header, daher ist seine Uhrzeit unbekannt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s clock agrees with this computer&apos;s (within a second).</source>
        <translation>Die Uhr des Anbieters stimmt mit der dieses Computers überein (auf eine Sekunde genau).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation>Die Uhr des Anbieters geht %1 s gegenüber der dieses Computers vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation>Die Uhr des Anbieters geht %1 s gegenüber der dieses Computers nach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 QtSignIn allows up to %2 s.</source>
        <translation>%1 QtSignIn lässt bis zu %2 s zu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 That is more than the %2 s QtSignIn allows: ID tokens will look expired or not yet valid, and signing in fails.</source>
        <translation>%1 Das ist mehr als die %2 s, die QtSignIn zulässt: ID-Tokens erscheinen abgelaufen oder noch nicht gültig, und die Anmeldung schlägt fehl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set this computer&apos;s clock automatically (for example with &quot;timedatectl set-ntp true&quot;); if it is right, tell the provider&apos;s administrators that their clock is wrong.</source>
        <translation>Lassen Sie die Uhr dieses Computers automatisch stellen (zum Beispiel mit „timedatectl set-ntp true“); geht sie richtig, teilen Sie den Administratoren des Anbieters mit, dass deren Uhr falsch geht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The TLS certificate of %1 is not trusted: %2.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the provider uses a company or private certificate authority, install its certificate on this computer (or give it to the app as an extra CA certificate); if not, someone may be intercepting the connection. TLS errors are never ignored.</source>
        <translation>Verwendet der Anbieter eine firmeneigene oder private Zertifizierungsstelle, installieren Sie deren Zertifikat auf diesem Computer (oder geben Sie es der App als zusätzliches CA-Zertifikat); wenn nicht, fängt womöglich jemand die Verbindung ab. TLS-Fehler werden nie ignoriert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot fetch %1 (network timeout %2 s): %3.</source>
        <translation>%1 kann nicht abgerufen werden (Netzwerk-Zeitlimit %2 s): %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the authority URL for typos, and that this computer can reach it (proxy, firewall, VPN): the address must answer in a browser too.</source>
        <translation>Prüfen Sie die Authority-URL auf Tippfehler und ob dieser Computer sie erreicht (Proxy, Firewall, VPN): Die Adresse muss auch in einem Browser antworten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered with HTTP status %2, not the discovery document.</source>
        <translation>%1 antwortete mit HTTP-Status %2 statt mit dem Discovery-Dokument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the authority: it is the issuer URL, to which /.well-known/openid-configuration is added (for example the realm&apos;s URL on Keycloak, or https://login.microsoftonline.com/TENANT/v2.0).</source>
        <translation>Prüfen Sie die Authority: Sie ist die Issuer-URL, an die /.well-known/openid-configuration angehängt wird (zum Beispiel die URL des Realms bei Keycloak oder https://login.microsoftonline.com/TENANT/v2.0).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The issuer is the authority: %1.</source>
        <translation>Der Issuer ist die Authority: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The issuer %1 is the multi-tenant form of the authority %2, which QtSignIn accepts for Microsoft Entra ID.</source>
        <translation>Der Issuer %1 ist die mandantenübergreifende Form der Authority %2, die QtSignIn für Microsoft Entra ID akzeptiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The issuer %1 differs from the authority %2 by a trailing &quot;/&quot;. QtSignIn accepts that; other software may not.</source>
        <translation>Der Issuer %1 unterscheidet sich von der Authority %2 durch ein abschließendes „/“. QtSignIn akzeptiert das, andere Software womöglich nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the issuer exactly as the provider spells it as the authority: %1.</source>
        <translation>Verwenden Sie den Issuer genau so als Authority, wie der Anbieter ihn schreibt: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discovery document says the issuer is %1, not the authority %2; OpenID Connect Discovery §4.3 requires them to be the same, so QtSignIn refuses this provider.</source>
        <translation>Laut Discovery-Dokument ist der Issuer %1, nicht die Authority %2; OpenID Connect Discovery §4.3 verlangt, dass beide gleich sind, daher lehnt QtSignIn diesen Anbieter ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If %1 is the provider you mean, use it as the authority. Otherwise the provider is set up with the wrong public URL (behind a proxy, its configured host name or &quot;frontend URL&quot;): its administrators must correct it.</source>
        <translation>Ist %1 der gemeinte Anbieter, verwenden Sie ihn als Authority. Andernfalls ist der Anbieter mit der falschen öffentlichen URL eingerichtet (hinter einem Proxy: sein konfigurierter Hostname oder seine „Frontend-URL“): Seine Administratoren müssen das korrigieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All %1 endpoints are https, or plain http on this computer, which a provider on this computer may use.</source>
        <translation>Alle %1 Endpunkte verwenden https oder einfaches http auf diesem Computer, was ein Anbieter auf diesem Computer darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 endpoints are https.</source>
        <translation>Alle %1 Endpunkte verwenden https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not https, so QtSignIn refuses the provider: %1.</source>
        <translation>Kein https, daher lehnt QtSignIn den Anbieter ab: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s administrators must publish https endpoints (behind a TLS proxy, the provider must be told that its public URL is https).</source>
        <translation>Die Administratoren des Anbieters müssen https-Endpunkte veröffentlichen (hinter einem TLS-Proxy muss dem Anbieter mitgeteilt werden, dass seine öffentliche URL https ist).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>code_challenge_methods_supported is not a list (see Discovery).</source>
        <translation>code_challenge_methods_supported ist keine Liste (siehe Discovery).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider does not say whether it supports PKCE (code_challenge_methods_supported is missing). QtSignIn sends an S256 challenge anyway; a provider that ignores it is not protected against stolen authorization codes.</source>
        <translation>Der Anbieter gibt nicht an, ob er PKCE unterstützt (code_challenge_methods_supported fehlt). QtSignIn sendet trotzdem eine S256-Challenge; ein Anbieter, der sie ignoriert, ist nicht gegen gestohlene Autorisierungscodes geschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the provider&apos;s administrators to enable PKCE with S256 for this client and to advertise it.</source>
        <translation>Bitten Sie die Administratoren des Anbieters, PKCE mit S256 für diesen Client zu aktivieren und es anzugeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PKCE with S256 is supported.</source>
        <translation>PKCE mit S256 wird unterstützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider supports PKCE only as %1, not S256, so QtSignIn refuses it.</source>
        <translation>Der Anbieter unterstützt PKCE nur als %1, nicht als S256, daher lehnt QtSignIn ihn ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider&apos;s administrators to enable the S256 code challenge method (RFC 7636 §4.2).</source>
        <translation>Bitten Sie die Administratoren des Anbieters, die Code-Challenge-Methode S256 zu aktivieren (RFC 7636 §4.2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider takes no pushed authorization requests (RFC 9126): the browser carries the whole authorization request.</source>
        <translation>Der Anbieter nimmt keine vorab gesendeten Autorisierungsanfragen an (RFC 9126): Der Browser überbringt die ganze Autorisierungsanfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider takes pushed authorization requests only (RFC 9126), and the configuration turned them off: every sign-in fails.</source>
        <translation>Der Anbieter nimmt nur vorab gesendete Autorisierungsanfragen an (RFC 9126), und die Konfiguration hat sie ausgeschaltet: Jede Anmeldung schlägt fehl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let sign-ins push the authorization request: leave ClientConfiguration::pushedAuthorizationRequests() at WhenSupported (qtsignin login: without --no-par).</source>
        <translation>Lassen Sie Anmeldungen die Autorisierungsanfrage vorab senden: Belassen Sie ClientConfiguration::pushedAuthorizationRequests() auf WhenSupported (qtsignin login: ohne --no-par).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider takes pushed authorization requests (RFC 9126), and the configuration turned them off: the browser carries the whole authorization request.</source>
        <translation>Der Anbieter nimmt vorab gesendete Autorisierungsanfragen an (RFC 9126), und die Konfiguration hat sie ausgeschaltet: Der Browser überbringt die ganze Autorisierungsanfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-ins push the authorization request to %1 (RFC 9126): the browser gets only a reference to it.</source>
        <translation>Anmeldungen senden die Autorisierungsanfrage vorab an %1 (RFC 9126): Der Browser erhält nur einen Verweis darauf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The discovery document could not be read.</source>
        <translation>Das Discovery-Dokument konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid JSON, but not an object</source>
        <translation>gültiges JSON, aber kein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answers, but not with a discovery document: check the authority (a login page or a proxy&apos;s error page answers the same way).</source>
        <translation>Die Adresse antwortet, aber nicht mit einem Discovery-Dokument: Prüfen Sie die Authority (eine Anmeldeseite oder die Fehlerseite eines Proxys antwortet genauso).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a valid discovery document: %2.</source>
        <translation>%1 ist kein gültiges Discovery-Dokument: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s administrators must correct its OpenID Connect discovery document (OpenID Connect Discovery 1.0 §3).</source>
        <translation>Die Administratoren des Anbieters müssen sein OpenID-Connect-Discovery-Dokument korrigieren (OpenID Connect Discovery 1.0 §3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetched %1 in %2 ms: a valid discovery document.</source>
        <translation>%1 in %2 ms abgerufen: ein gültiges Discovery-Dokument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document names no issuer.</source>
        <translation>Das Dokument nennt keinen Issuer.</translation>
    </message>
    <message>
        <location filename="../lib/core/diagnostics/KeychainCheck.cpp" line="+45"/>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tokens are kept in the system&apos;s keychain.</source>
        <translation>Tokens werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens are kept in KWallet (%1).</source>
        <translation>Tokens werden in KWallet gespeichert (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so there is no Secret Service to keep tokens in.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), daher keinen Secret Service, in dem Tokens gespeichert werden könnten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The D-Bus session bus cannot be reached (%1), so there is no Secret Service to keep tokens in.</source>
        <translation>Der D-Bus-Sitzungsbus ist nicht erreichbar (%1), daher gibt es keinen Secret Service, in dem Tokens gespeichert werden könnten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run this in your desktop session, or start a session bus with a Secret Service in it (for example &quot;dbus-run-session -- sh&quot;, then &quot;gnome-keyring-daemon --unlock&quot;); or keep the tokens in a file instead.</source>
        <translation>Führen Sie dies in Ihrer Desktop-Sitzung aus oder starten Sie einen Sitzungsbus mit einem Secret Service darin (zum Beispiel „dbus-run-session -- sh“, dann „gnome-keyring-daemon --unlock“); oder speichern Sie die Tokens stattdessen in einer Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program provides the Secret Service (org.freedesktop.secrets) on the session bus, so tokens cannot be kept in the keychain.</source>
        <translation>Kein Programm stellt den Secret Service (org.freedesktop.secrets) auf dem Sitzungsbus bereit, daher können Tokens nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start one: &quot;gnome-keyring-daemon --start --components=secrets&quot;, or KeePassXC with its Secret Service integration on; or keep the tokens in a file instead.</source>
        <translation>Starten Sie einen: „gnome-keyring-daemon --start --components=secrets“ oder KeePassXC mit eingeschalteter Secret-Service-Integration; oder speichern Sie die Tokens stattdessen in einer Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Secret Service (%1) did not answer as expected: %2.</source>
        <translation>Der Secret Service (%1) hat nicht wie erwartet geantwortet: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the program that provides it, or log out and in again.</source>
        <translation>Starten Sie das Programm neu, das ihn bereitstellt, oder melden Sie sich ab und wieder an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Secret Service is provided by %1, but it has no default collection (keyring) yet.</source>
        <translation>Der Secret Service wird von %1 bereitgestellt, hat aber noch keine Standardsammlung (Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a default keyring (in Passwords and Keys, or a KeePassXC database shared through its Secret Service integration); the first sign-in may ask you to.</source>
        <translation>Legen Sie einen Standardschlüsselbund an (in „Passwörter und Verschlüsselung“ oder eine KeePassXC-Datenbank, die über die Secret-Service-Integration freigegeben ist); die erste Anmeldung fordert Sie womöglich dazu auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Secret Service is provided by %1; its default collection %2 is locked. Signing in asks to unlock it, and anything that must not ask (such as getting a token in a script) fails until it is unlocked.</source>
        <translation>Der Secret Service wird von %1 bereitgestellt; seine Standardsammlung %2 ist gesperrt. Eine Anmeldung bittet darum, sie zu entsperren, und alles, was nicht nachfragen darf (etwa ein Token in einem Skript abzurufen), schlägt fehl, bis sie entsperrt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock it: log in to the desktop with your password, open the keyring in Passwords and Keys (Seahorse), or unlock the KeePassXC database.</source>
        <translation>Entsperren Sie sie: Melden Sie sich mit Ihrem Passwort am Desktop an, öffnen Sie den Schlüsselbund in „Passwörter und Verschlüsselung“ (Seahorse) oder entsperren Sie die KeePassXC-Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are kept in the Secret Service, provided by %1; its default collection %2 is unlocked.</source>
        <translation>Tokens werden im Secret Service gespeichert, bereitgestellt von %1; seine Standardsammlung %2 ist entsperrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start KWallet if your tokens are meant to be kept there.</source>
        <translation>Starten Sie KWallet, wenn Ihre Tokens dort gespeichert werden sollen.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SignInDialog</name>
    <message>
        <location filename="../lib/quickwebengine/SignInWindow.qml" line="+173"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+31"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+3"/>
        <location filename="../lib/quickwebengine/SignInWindowController.cpp" line="-136"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../lib/quickwebengine/SignInWindow.qml" line="-111"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+10"/>
        <source>Page loading</source>
        <translation>Seite wird geladen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+6"/>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SignInError</name>
    <message>
        <location filename="../lib/core/SignInError.cpp" line="+114"/>
        <source>This sign-in service does not offer signing in on another device.</source>
        <translation>Dieser Anmeldedienst bietet keine Anmeldung auf einem anderen Gerät an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code was not used in time, so the sign-in was stopped. Try again for a new code.</source>
        <translation>Der Code wurde nicht rechtzeitig verwendet, daher wurde die Anmeldung abgebrochen. Versuchen Sie es erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sign-in service requires the app to send its sign-in request directly, and the app&apos;s settings turned that off.</source>
        <translation>Dieser Anmeldedienst verlangt, dass die App ihre Anmeldeanfrage direkt sendet, und die Einstellungen der App haben das ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser switched the sign-in&apos;s return address on this computer (http://localhost) to https, so the sign-in could not reach the app. Set the app&apos;s redirect address to http://127.0.0.1/, which browsers leave as it is, or allow http for localhost in the browser&apos;s settings, and try again.</source>
        <translation>Der Browser hat die Rücksprungadresse der Anmeldung auf diesem Computer (http://localhost) auf https umgestellt, deshalb konnte die Anmeldung die App nicht erreichen. Stellen Sie die Weiterleitungsadresse der App auf http://127.0.0.1/ um, die Browser unverändert lassen, oder erlauben Sie http für localhost in den Einstellungen des Browsers, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in was declined, so the app did not get access.</source>
        <translation>Die Anmeldung wurde abgelehnt, daher hat die App keinen Zugriff erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app needs your permission. Sign in again to grant it.</source>
        <translation>Die App benötigt Ihre Berechtigung. Melden Sie sich erneut an, um sie zu erteilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>You need to sign in again.</source>
        <translation>Sie müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The app&apos;s sign-in settings are not valid.</source>
        <translation>Die Anmeldeeinstellungen der App sind ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in service uses an insecure connection, so the app refused it.</source>
        <translation>Der Anmeldedienst verwendet eine unsichere Verbindung, daher hat die App die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in service could not be reached. Check your connection and try again.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in service&apos;s configuration could not be trusted.</source>
        <translation>Der Konfiguration des Anmeldedienstes kann nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in service refused the sign-in.</source>
        <translation>Der Anmeldedienst hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service sent a response the app could not trust.</source>
        <translation>Der Anmeldedienst hat eine Antwort gesendet, der die App nicht vertrauen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No web browser could be opened for signing in.</source>
        <translation>Für die Anmeldung konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app could not get ready to receive the sign-in.</source>
        <translation>Die App konnte sich nicht auf den Empfang der Anmeldung vorbereiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in page was not finished in time, so the sign-in was stopped. Try again; if the page did not load, check your connection.</source>
        <translation>Die Anmeldeseite wurde nicht rechtzeitig abgeschlossen, daher wurde die Anmeldung beendet. Versuchen Sie es erneut; falls die Seite nicht geladen wurde, prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is not available, so you cannot stay signed in. Unlock your keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher können Sie nicht angemeldet bleiben. Entsperren Sie Ihren Schlüsselbund (unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sign-in could not be saved or read back. Check the disk and try again.</source>
        <translation>Ihre Anmeldung konnte nicht gespeichert oder wieder gelesen werden. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file that keeps you signed in is not private to you, so it was not used. Remove it, or make it yours and readable only by you, and try again.</source>
        <translation>Die Datei, in der Ihre Anmeldung gespeichert ist, ist nicht nur für Sie zugänglich und wurde daher nicht verwendet. Entfernen Sie sie oder machen Sie sie zu Ihrer eigenen, nur für Sie lesbaren Datei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your keyring is locked, so your sign-in could not be read or saved. Unlock the keyring and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher konnte Ihre Anmeldung nicht gelesen oder gespeichert werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sign-in is already in progress. Finish it or close it, then try again.</source>
        <translation>Es läuft bereits eine Anmeldung. Schließen Sie sie ab oder brechen Sie sie ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are signed out on this device, but the sign-in service did not confirm that it ended your sign-in there. It ends when it expires, or when you sign out of the service&apos;s website.</source>
        <translation>Sie sind auf diesem Gerät abgemeldet, aber der Anmeldedienst hat nicht bestätigt, dass er Ihre Anmeldung dort beendet hat. Sie endet, wenn sie abläuft oder wenn Sie sich auf der Website des Dienstes abmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
</context>
</TS>
