<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Main</name>
    <message>
        <location filename="../examples/quick/Main.qml" line="+36"/>
        <location line="+11"/>
        <source>QtSignIn Quick Example</source>
        <translation>Exemple QtSignIn Quick</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The API answered %1: %2</source>
        <translation>L’API a répondu %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add another account</source>
        <translation>Ajouter un autre compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in with your browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call the API</source>
        <translation>Appeler l’API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the API with a token for this account</source>
        <translation>Appeler l’API avec un jeton pour ce compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out of this account</source>
        <translation>Se déconnecter de ce compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API&apos;s answer appears here.</source>
        <translation>La réponse de l’API s’affiche ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API&apos;s answer</source>
        <translation>La réponse de l’API</translation>
    </message>
</context>
</TS>
