<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QtSignIn::AddressLine</name>
    <message>
        <location filename="../lib/webengine/AddressLine.cpp" line="+56"/>
        <source>Address of the sign-in page</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not encrypted (this computer)</source>
        <translation>nicht verschlüsselt (dieser Computer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection not encrypted</source>
        <translation>Verbindung nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>QtSignIn::BrandingHeader</name>
    <message>
        <location filename="../lib/webengine/BrandingHeader.cpp" line="+22"/>
        <source>Signing in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logo</source>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>QtSignIn::EmbeddedUserAgent</name>
    <message>
        <location filename="../lib/webengine/EmbeddedUserAgent.cpp" line="+187"/>
        <source>The connection to %1 is not secure (%2); the page was not shown.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher (%2); die Seite wurde nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page stopped working. Cancel and try again.</source>
        <translation>Die Anmeldeseite funktioniert nicht mehr. Brechen Sie ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>A response that does not belong to this sign-in was ignored.</source>
        <translation>Eine Antwort, die nicht zu dieser Anmeldung gehört, wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>QtSignIn::SignInDialog</name>
    <message>
        <location filename="../lib/webengine/SignInDialog.cpp" line="+31"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page loading</source>
        <translation>Seite wird geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QtSignIn::SignInError</name>
    <message>
        <location filename="../lib/core/SignInError.cpp" line="+112"/>
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
        <source>Sign-in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
</context>
</TS>
