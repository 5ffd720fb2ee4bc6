<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Main</name>
    <message>
        <location filename="../examples/quick/Main.qml" line="+36"/>
        <location line="+11"/>
        <source>QtSignIn Quick Example</source>
        <translation>QtSignIn-Quick-Beispiel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The API answered %1: %2</source>
        <translation>Die API antwortete %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add another account</source>
        <translation>Weiteres Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in with your browser</source>
        <translation>Mit dem Browser anmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call the API</source>
        <translation>API aufrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the API with a token for this account</source>
        <translation>API mit einem Token für dieses Konto aufrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out of this account</source>
        <translation>Von diesem Konto abmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API&apos;s answer appears here.</source>
        <translation>Die Antwort der API erscheint hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API&apos;s answer</source>
        <translation>Die Antwort der API</translation>
    </message>
</context>
</TS>
