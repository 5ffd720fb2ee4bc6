<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../app/demo/ui/AccountPage.cpp" line="+28"/>
        <location line="+160"/>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+160"/>
        <location line="+7"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile and permissions</source>
        <translation>Profil und Berechtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked for</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permissions asked for and given</source>
        <translation>Angeforderte und erteilte Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers may give fewer permissions than asked for; the app works with what it was given.</source>
        <translation>Anbieter erteilen möglicherweise weniger Berechtigungen als angefordert; die App arbeitet mit den erteilten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a call. Each one first gets an access token silently: from memory while it is valid, else with the refresh token.</source>
        <translation>Wählen Sie einen Aufruf. Jeder Aufruf holt zuerst im Hintergrund ein Zugriffstoken: aus dem Speicher, solange es gültig ist, sonst mit dem Aktualisierungstoken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API call result</source>
        <translation>Ergebnis des API-Aufrufs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API response</source>
        <translation>API-Antwort</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email verified</source>
        <translation>E-Mail bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (tenant)</source>
        <translation>Organisation (Mandant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s profile endpoint, not a signed ID token</source>
        <translation>Profil-Endpunkt von %1, kein signiertes ID-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>DPoP proof, with the API&apos;s nonce</source>
        <translation>DPoP-Nachweis, mit der Nonce der API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPoP proof</source>
        <translation>DPoP-Nachweis</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+3"/>
        <source>Profile source</source>
        <translation>Profilquelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID token and userinfo</source>
        <translation>ID-Token und Userinfo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 speaks plain OAuth 2.0 and issues no ID token. Who you are comes from its profile endpoint, asked with the access token: nothing signed vouches for it. It shows who you are at %1; it is no proof of identity for a service of the app&apos;s own.</source>
        <translation>%1 spricht reines OAuth 2.0 und stellt kein ID-Token aus. Wer Sie sind, stammt von seinem Profil-Endpunkt, abgefragt mit dem Zugriffstoken: Nichts Signiertes bürgt dafür. Es zeigt, wer Sie bei %1 sind; für einen eigenen Dienst der App ist es kein Identitätsnachweis.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no access token (%2)</source>
        <translation>%1: kein Zugriffstoken (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → no answer: %2</source>
        <translation>%1 → keine Antwort: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from memory</source>
        <translation>aus dem Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refreshed</source>
        <translation>erneuert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 ms · token %2 in %3 ms</source>
        <translation>Anfrage %1 ms · Token %2 in %3 ms</translation>
    </message>
</context>
<context>
    <name>BrandBar</name>
    <message>
        <location filename="../app/demo/ui/BrandBar.cpp" line="+35"/>
        <source>%1 logo</source>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>BrandingFile</name>
    <message>
        <location filename="../app/demo/BrandingFile.cpp" line="+39"/>
        <source>Cannot read the branding file %1: %2</source>
        <translation>Die Branding-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The branding file %1 is not a JSON object (%2)</source>
        <translation>Die Branding-Datei %1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The branding file %1 has no “name”</source>
        <translation>Die Branding-Datei %1 enthält kein „name“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the accent colour must look like #2b6cb0</source>
        <translation>In %1 muss die Akzentfarbe wie #2b6cb0 aussehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the privacy and terms links must be https URLs</source>
        <translation>In %1 müssen die Links zu Datenschutz und Nutzungsbedingungen https-URLs sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo %1 named in %2 does not exist</source>
        <translation>Das in %2 angegebene Logo %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../app/demo/ui/ConsentPage.cpp" line="+24"/>
        <location line="+58"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 needs one more permission</source>
        <translation>%1 benötigt eine weitere Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will ask for these permissions</source>
        <translation>%1 wird diese Berechtigungen anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks for it only now, when you use the feature that needs it. %2 will ask you to allow it; you can say no and keep using everything else.</source>
        <translation>%1 fordert sie erst jetzt an, da Sie die Funktion nutzen, die sie benötigt. %2 wird Sie bitten, sie zuzulassen; Sie können ablehnen und alles andere weiterhin nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 will ask you to allow them. You can sign out at any time, and %2 asks for more only when a feature needs it.</source>
        <translation>%1 wird Sie bitten, sie zuzulassen. Sie können sich jederzeit abmelden, und %2 fordert weitere nur an, wenn eine Funktion sie benötigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue to %1</source>
        <translation>Weiter zu %1</translation>
    </message>
</context>
<context>
    <name>DemoConfiguration</name>
    <message>
        <location filename="../app/demo/DemoConfiguration.cpp" line="+53"/>
        <source>Demo Sign-in</source>
        <translation>Demo-Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo API</source>
        <translation>Demo-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who am I?</source>
        <translation>Wer bin ich?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show my items</source>
        <translation>Meine Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1: %2 needs the app&apos;s client secret; set the environment variable QTSIGNIN_CLIENT_SECRET</source>
        <translation>%1: %2 benötigt das Client-Geheimnis der App; setzen Sie die Umgebungsvariable QTSIGNIN_CLIENT_SECRET</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show my items (second factor)</source>
        <translation>Meine Einträge anzeigen (zweiter Faktor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show my items (managed device)</source>
        <translation>Meine Einträge anzeigen (verwaltetes Gerät)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: &quot;provider&quot; must be microsoft, google or github</source>
        <translation>%1: &quot;provider&quot; muss microsoft, google oder github sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &quot;%2&quot; is for a plain OAuth 2.0 provider (&quot;provider&quot;: &quot;github&quot;); an OpenID Connect provider&apos;s endpoints come from its discovery document</source>
        <translation>%1: „%2“ gilt nur für einen reinen OAuth-2.0-Anbieter („provider“: „github“); die Endpunkte eines OpenID-Connect-Anbieters stammen aus seinem Discovery-Dokument</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: &quot;proofOfPossession&quot; must be none, dpop or dpop-required</source>
        <translation>%1: "proofOfPossession" muss none, dpop oder dpop-required sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>plain OAuth 2.0 needs the authorization, token and profile endpoints</source>
        <translation>reines OAuth 2.0 braucht den Autorisierungs-, den Token- und den Profil-Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s endpoints must use https (http only for this machine&apos;s loopback addresses)</source>
        <translation>die Endpunkte des Anbieters müssen https verwenden (http nur für Loopback-Adressen dieses Rechners)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no authority (the provider&apos;s URL) is set</source>
        <translation>es ist keine Authority (die URL des Anbieters) festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authority must use https (http only for this machine&apos;s loopback addresses)</source>
        <translation>die Authority muss https verwenden (http nur für Loopback-Adressen dieses Rechners)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no client ID is set</source>
        <translation>es ist keine Client-ID festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no API base URL is set</source>
        <translation>es ist keine Basis-URL für die API festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the API must use https (http only for this machine&apos;s loopback addresses)</source>
        <translation>die API muss https verwenden (http nur für Loopback-Adressen dieses Rechners)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API has no endpoints</source>
        <translation>die API hat keine Endpunkte</translation>
    </message>
</context>
<context>
    <name>DemoOptions</name>
    <message>
        <location filename="../app/demo/DemoOptions.cpp" line="+11"/>
        <source>QtSignIn&apos;s demo: sign in, consent, call a protected API, switch accounts.</source>
        <translation>Demo von QtSignIn: anmelden, Berechtigungen erteilen, eine geschützte API aufrufen, Konten wechseln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider, client and API to use (see examples/entra-graph.json).</source>
        <translation>Zu verwendender Anbieter, Client und API (siehe examples/entra-graph.json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The local provider&apos;s URL.</source>
        <translation>URL des lokalen Anbieters.</translation>
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
        <translation>URL der lokalen Demo-API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branding file (JSON).</source>
        <translation>Eine Branding-Datei (JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: en, de or fr (default: the system&apos;s).</source>
        <translation>Sprache: en, de oder fr (Standard: Systemsprache).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the sign-in page with this command instead of the default browser.</source>
        <translation>Öffnet die Anmeldeseite mit diesem Befehl statt im Standardbrowser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMD</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where tokens are kept: keychain, memory or file:PATH.</source>
        <translation>Speicherort der Tokens: keychain, memory oder file:PFAD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STORE</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No window: sign in through the browser, call the API, print the result.</source>
        <translation>Ohne Fenster: über den Browser anmelden, die API aufrufen, das Ergebnis ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quits once the window is shown (start-up measurements).</source>
        <translation>Beendet sich, sobald das Fenster angezeigt wird (Startzeitmessungen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads the embedded sign-in (Qt WebEngine) at start-up.</source>
        <translation>Lädt die eingebettete Anmeldung (Qt WebEngine) beim Start.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say what to sign in to: both --authority URL and --api-url URL, or --config FILE.</source>
        <translation>Geben Sie an, wo angemeldet werden soll: sowohl --authority URL als auch --api-url URL, oder --config DATEI.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 shows how an app signs you in with an online account and then uses a service on your behalf. It needs to know which sign-in service and which service to use, and none is set up on this computer yet.

To set one up, save a configuration file as %2 with the sign-in service&apos;s address, your app&apos;s client ID and the service to call, then start %1 again.</source>
        <translation>%1 zeigt, wie eine App Sie mit einem Online-Konto anmeldet und dann in Ihrem Namen einen Dienst nutzt. Dazu muss sie wissen, welcher Anmeldedienst und welcher Dienst zu verwenden sind, und auf diesem Computer ist noch keiner eingerichtet.

Um einen einzurichten, speichern Sie eine Konfigurationsdatei unter %2 mit der Adresse des Anmeldedienstes, der Client-ID Ihrer App und dem aufzurufenden Dienst, und starten Sie %1 dann erneut.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../app/demo/ui/DevicePage.cpp" line="+22"/>
        <source>Sign in on another device</source>
        <translation>Auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>QR code of the page to open</source>
        <translation>QR-Code der zu öffnenden Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code expiry</source>
        <translation>Ablauf des Codes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking %1 for a code…</source>
        <translation>%1 wird nach einem Code gefragt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On your phone or another computer, open the page below and enter this code. This window continues by itself once you have signed in there.</source>
        <translation>Öffnen Sie auf Ihrem Telefon oder einem anderen Computer die Seite unten und geben Sie diesen Code ein. Dieses Fenster macht von selbst weiter, sobald Sie sich dort angemeldet haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code to enter: %1</source>
        <translation>Einzugebender Code: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page to open: %1</source>
        <translation>Zu öffnende Seite: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code works for %1:%2 more.</source>
        <translation>Der Code gilt noch %1:%2.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../app/demo/ui/ErrorBanner.cpp" line="+38"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The code has expired</source>
        <translation>Der Code ist abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission not given</source>
        <translation>Berechtigung nicht erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider stopped the sign-in</source>
        <translation>Der Anbieter hat die Anmeldung abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the sign-in service</source>
        <translation>Anmeldedienst nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in page was not finished in time</source>
        <translation>Die Anmeldeseite wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the sign-in page</source>
        <translation>Die Anmeldeseite kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please sign in again</source>
        <translation>Bitte melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot keep you signed in</source>
        <translation>Sie können nicht angemeldet bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your keyring is locked</source>
        <translation>Ihr Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in file is not private</source>
        <translation>Ihre Anmeldedatei ist nicht privat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in response was not trustworthy</source>
        <translation>Die Anmeldeantwort war nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in didn&apos;t work</source>
        <translation>Die Anmeldung hat nicht funktioniert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again for a new code, and enter it on the other device before the countdown ends.</source>
        <translation>Beginnen Sie neu, um einen neuen Code zu erhalten, und geben Sie ihn auf dem anderen Gerät ein, bevor der Countdown endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in again and choose Allow if you want to use this feature.</source>
        <translation>Melden Sie sich erneut an und wählen Sie „Zulassen“, wenn Sie diese Funktion nutzen möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, contact your administrator.</source>
        <translation>Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your internet connection and try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again. If the page did not load or showed an error, check your internet connection first.</source>
        <translation>Beginnen Sie erneut. Falls die Seite nicht geladen wurde oder einen Fehler zeigte, prüfen Sie zuerst Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try “Sign in inside the app” instead, or set a default browser.</source>
        <translation>Versuchen Sie stattdessen „In der App anmelden“ oder legen Sie einen Standardbrowser fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session ended; sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen; melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock your keychain (your login keyring) and sign in again; until then you stay signed in only while the app is open.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (Ihren Anmelde-Schlüsselbund) und melden Sie sich erneut an; bis dahin bleiben Sie nur angemeldet, solange die App geöffnet ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock it (your system may ask for your login password), then try again.</source>
        <translation>Entsperren Sie ihn (Ihr System fragt eventuell nach Ihrem Anmeldepasswort) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the file is yours and readable only by you, or removed, sign in again.</source>
        <translation>Sobald die Datei Ihnen gehört und nur für Sie lesbar ist oder entfernt wurde, melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved. Try again; if it keeps happening, tell your administrator.</source>
        <translation>Es wurde nichts gespeichert. Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <location filename="../app/demo/HeadlessRun.cpp" line="+27"/>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  allowed: %1 (%2)</source>
        <translation>  erlaubt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed: %1 [%2]</source>
        <translation>Anmeldung fehlgeschlagen: %1 [%2]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for a stronger sign-in: getting a token that has it…</source>
        <translation>%1 verlangt eine stärkere Anmeldung: Ein passendes Token wird geholt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in again through the browser…</source>
        <translation>Erneute Anmeldung über den Browser…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in to %1 through the browser…</source>
        <translation>Anmeldung bei %1 über den Browser…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n API call(s) failed.</source>
        <translation>
            <numerusform>%n API-Aufruf ist fehlgeschlagen.</numerusform>
            <numerusform>%n API-Aufrufe sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: every API call succeeded.</source>
        <translation>Fertig: Alle API-Aufrufe waren erfolgreich.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no token: %2</source>
        <translation>%1: kein Token: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token from memory in %1 ms</source>
        <translation>Token aus dem Speicher in %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token refreshed in %1 ms</source>
        <translation>Token erneuert in %1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPoP proof, with the API&apos;s nonce</source>
        <translation>DPoP-Nachweis, mit der Nonce der API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DPoP proof</source>
        <translation>DPoP-Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 %3 in %4 ms (%5)</source>
        <translation>%1 → %2 %3 in %4 ms (%5)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/demo/ui/MainWindow.cpp" line="+85"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms of use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open the page again</source>
        <translation>Die Seite kann nicht erneut geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser could not be started. Cancel and try signing in inside the app.</source>
        <translation>Der Browser konnte nicht gestartet werden. Brechen Sie ab und versuchen Sie, sich in der App anzumelden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signing in inside the app is not available</source>
        <translation>Die Anmeldung in der App ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation cannot show the sign-in page itself (Qt WebEngine is missing). Sign in with your browser instead.</source>
        <translation>Diese Installation kann die Anmeldeseite nicht selbst anzeigen (Qt WebEngine fehlt). Melden Sie sich stattdessen mit Ihrem Browser an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the browser</source>
        <translation>Browser verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+147"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Something needs your attention</source>
        <translation>Ihre Aufmerksamkeit ist erforderlich</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>“%1” needs your permission</source>
        <translation>„%1“ benötigt Ihre Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not do this yet. Allow it to: %2.</source>
        <translation>%1 ist dazu noch nicht berechtigt. Erforderlich: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow…</source>
        <translation>Zulassen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” needs you to sign in again</source>
        <translation>„%1“ erfordert, dass Sie sich erneut anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks for a stronger sign-in than your current one (for example a second factor). Sign in again to go on.</source>
        <translation>%1 verlangt eine stärkere Anmeldung als Ihre aktuelle (zum Beispiel einen zweiten Faktor). Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer (%2). Check that it is running and that this computer is online, then try again.</source>
        <translation>%1 hat nicht geantwortet (%2). Prüfen Sie, ob der Dienst läuft und dieser Computer online ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add another account…</source>
        <translation>Weiteres Konto hinzufügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out and end the session at %1</source>
        <translation>Abmelden und die Sitzung bei %1 beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out of all accounts</source>
        <translation>Von allen Konten abmelden</translation>
    </message>
</context>
<context>
    <name>ProtectedApiClient</name>
    <message>
        <location filename="../app/demo/ProtectedApiClient.cpp" line="+105"/>
        <source>the answer was larger than %1 KiB and was not read</source>
        <translation>die Antwort war größer als %1 KiB und wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <location filename="../app/demo/ScopeCatalogue.cpp" line="+11"/>
        <source>Sign you in</source>
        <translation>Sie anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your profile (name and username)</source>
        <translation>Ihr Profil lesen (Name und Benutzername)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your email address</source>
        <translation>Ihre E-Mail-Adresse lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep you signed in</source>
        <translation>Sie angemeldet lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your items</source>
        <translation>Ihre Einträge lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and change your items</source>
        <translation>Ihre Einträge hinzufügen und ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read your profile</source>
        <translation>Ihr Profil lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the permission “%1”</source>
        <translation>Die Berechtigung „%1“ verwenden</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <location filename="../app/demo/ui/TokenInspector.cpp" line="+27"/>
        <source>Access token expiry</source>
        <translation>Ablauf des Zugriffstokens</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Decoded for you to look at. The app trusts the ID token because QtSignIn checked its signature and claims; the access token is for the API to check.</source>
        <translation>Zur Ansicht dekodiert. Die App vertraut dem ID-Token, weil QtSignIn dessen Signatur und Claims geprüft hat; das Zugriffstoken prüft die API.</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <location line="+1"/>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+78"/>
        <source>Decoded %1</source>
        <translation>%1 (dekodiert)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Raw %1</source>
        <translation>%1 (roh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: press Reveal to show it</source>
        <translation>Verborgen: mit „Anzeigen“ sichtbar machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Shows the raw token. Anyone who sees it can use it until it expires.</source>
        <translation>Zeigt das Token im Klartext an. Wer es sieht, kann es bis zu seinem Ablauf verwenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not a JWT: opaque to the app, as it should be.</source>
        <translation>Kein JWT: für die App undurchsichtig, wie es sein soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Issued by %1 for %2</source>
        <translation>Ausgestellt von %1 für %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The current access token for the API</source>
        <translation>Das aktuelle Zugriffstoken für die API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token expires at %1.</source>
        <translation>Das Zugriffstoken läuft um %1 ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>The provider did not say when the access token expires.</source>
        <translation>Der Anbieter hat nicht angegeben, wann das Zugriffstoken abläuft.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Shown for you to look at. %1 issues no ID token (plain OAuth 2.0): who you are comes from its profile endpoint, asked with the access token, not from a signed ID token. The access token is for the API to check.</source>
        <translation>Zur Ansicht angezeigt. %1 stellt kein ID-Token aus (reines OAuth 2.0): Wer Sie sind, stammt von seinem Profil-Endpunkt, abgefragt mit dem Zugriffstoken, nicht aus einem signierten ID-Token. Das Zugriffstoken prüft die API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile from %1&apos;s profile endpoint</source>
        <translation>Profil vom Profil-Endpunkt von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1&apos;s profile endpoint, not a signed ID token</source>
        <translation>Vom Profil-Endpunkt von %1, kein signiertes ID-Token</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The access token has expired; the next API call gets a new one silently.</source>
        <translation>Das Zugriffstoken ist abgelaufen; der nächste API-Aufruf holt im Hintergrund ein neues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token expires in %1:%2 (at %3).</source>
        <translation>Das Zugriffstoken läuft in %1:%2 ab (um %3).</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../app/demo/ui/WaitingPage.cpp" line="+22"/>
        <source>Waiting for you to finish signing in</source>
        <translation>Warten auf den Abschluss Ihrer Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page again</source>
        <translation>Seite erneut öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finish signing in in your browser…</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opened %2 in your browser. Sign in there; this window continues by itself. Closed the tab by mistake? Open the page again.</source>
        <translation>%1 hat %2 in Ihrem Browser geöffnet. Melden Sie sich dort an; dieses Fenster fährt danach automatisch fort. Tab versehentlich geschlossen? Öffnen Sie die Seite erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish signing in in the sign-in window…</source>
        <translation>Schließen Sie die Anmeldung im Anmeldefenster ab…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 in the window that opened. Closing it cancels the sign-in.</source>
        <translation>Melden Sie sich im geöffneten Fenster bei %1 an. Wenn Sie es schließen, wird die Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/demo/ui/WelcomePage.cpp" line="+20"/>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to see your profile and your items. %1 signs you in with %2: your password goes to %2 only, never to %1.</source>
        <translation>Melden Sie sich an, um Ihr Profil und Ihre Einträge zu sehen. %1 meldet Sie über %2 an: Ihr Passwort erhält nur %2, niemals %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with your browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in inside the app</source>
        <translation>In der App anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the sign-in page in a window of this app instead of your browser.</source>
        <translation>Zeigt die Anmeldeseite in einem Fenster dieser App statt in Ihrem Browser an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in on another device</source>
        <translation>Auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows a code to enter on your phone or another computer, for when this one has no browser you can use.</source>
        <translation>Zeigt einen Code, den Sie auf Ihrem Telefon oder einem anderen Computer eingeben – wenn Sie auf diesem keinen Browser nutzen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another account</source>
        <translation>Anderes Konto verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks %1 who you are, even if it remembers someone.</source>
        <translation>Fragt %1, wer Sie sind, auch wenn dort noch jemand angemeldet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your browser is recommended: it may already know you, and its address bar shows where you type your password.</source>
        <translation>Ihr Browser wird empfohlen: Er kennt Sie möglicherweise bereits, und seine Adressleiste zeigt, wo Sie Ihr Passwort eingeben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo/main.cpp" line="+34"/>
        <location line="+43"/>
        <source>QtSignIn Demo</source>
        <translation>QtSignIn-Demo</translation>
    </message>
</context>
</TS>
