// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The command line's profiles (app/cli): what a profile file may hold, how
// it is written, and how its settings and the command line's own combine.

#include "CliProfile.h"
#include "LoginOptions.h"
#include "ProfileStore.h"
#include "SessionOptions.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

namespace {

CliProfile sampleProfile()
{
    CliProfile profile;
    profile.authority = QUrl(QStringLiteral("https://login.example.com/tenant/v2.0"));
    profile.clientId = QStringLiteral("client-1");
    profile.appName = QStringLiteral("work");
    profile.cache = QStringLiteral("keychain");
    profile.scopes = {QStringLiteral("User.Read"), QStringLiteral("offline_access")};
    profile.redirectUri = QUrl(QStringLiteral("http://localhost:47110/callback"));
    return profile;
}

QJsonObject sampleJson()
{
    return sampleProfile().toJson();
}

} // namespace

class tst_CliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void keysAreTheOptionNames();
    void rejectsWhatTheOptionsWouldRefuse_data();
    void rejectsWhatTheOptionsWouldRefuse();
    void profileNamesAreFileNamesNeverPaths_data();
    void profileNamesAreFileNamesNeverPaths();
    void writesOwnerOnlyFileInOwnerOnlyFolders();
    void writeReplacesTheWholeFile();
    void missingFileIsNotFound();
    void unusableFilesSayWhyAndWhatToDo_data();
    void unusableFilesSayWhyAndWhatToDo();
    void profileFillsOnlyWhatTheCommandLineLeavesOut();
    void scopesOnTheCommandLineReplaceTheProfilesAll();
    void defaultProfileOfAnotherProviderIsNotUsed();
    void namedProfileIsUsedWithAnyAuthority();
    void missingNamedProfileIsAnErrorOnlyOutsideLogin();
    void rememberedLeavesDefaultsOut();
    void providerPresetFillsTheConfiguration();
    void explicitOptionsWinOverThePreset();
    void presetOptionsAreChecked_data();
    void presetOptionsAreChecked();
    void profileRemembersThePresetAndItsOptions();
    void defaultProfileOfAnotherPresetIsNotUsed();
    void defaultProfileOfAnotherRealmIsNotUsed();
    void oktasOrgAuthorizationServerIsRemembered();
    void onlySigningInNeedsGooglesSecret();
    void githubPresetIsRememberedByItsName();
    void plainOAuth2ProviderIsRememberedAndSupplied();
    void plainOAuth2LoginDoesNotTakeAnotherProvidersDefaultProfile();
    void endpointsWithoutOAuth2AreRefused();
    void presetWithOAuth2IsRefused();
};

void tst_CliProfile::jsonRoundTrip()
{
    CliProfile read;
    QString error;
    QVERIFY2(CliProfile::fromJson(sampleJson(), &read, &error), qPrintable(error));
    QVERIFY(read == sampleProfile());

    // Only authority and client id are needed; the rest keep their defaults.
    CliProfile minimal;
    minimal.authority = QUrl(QStringLiteral("https://login.example.com/"));
    minimal.clientId = QStringLiteral("c");
    QCOMPARE(minimal.toJson().keys(), (QStringList{QStringLiteral("authority"), QStringLiteral("client-id")}));
    QVERIFY2(CliProfile::fromJson(minimal.toJson(), &read, &error), qPrintable(error));
    QVERIFY(read == minimal);
}

// A profile is a command line written down: each key is one of login's options.
void tst_CliProfile::keysAreTheOptionNames()
{
    const QString help = LoginOptions::helpText();
    for (const QString &key : CliProfile::keys())
        QVERIFY2(help.contains(QStringLiteral("--%1 ").arg(key)), qPrintable(key));
}

void tst_CliProfile::rejectsWhatTheOptionsWouldRefuse_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown key") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"))
                                 << QStringLiteral("unknown key \"colour\"");
    QTest::newRow("client secret") << QStringLiteral("client_secret") << QJsonValue(QStringLiteral("s"))
                                   << QStringLiteral("never holds secrets");
    QTest::newRow("refresh token") << QStringLiteral("refresh_token") << QJsonValue(QStringLiteral("t"))
                                   << QStringLiteral("never holds secrets");
    QTest::newRow("authority not a string") << QStringLiteral("authority") << QJsonValue(1)
                                            << QStringLiteral("\"authority\" must be a string");
    QTest::newRow("authority plain http") << QStringLiteral("authority")
                                          << QJsonValue(QStringLiteral("http://login.example.com/"))
                                          << QStringLiteral("must be an https URL");
    QTest::newRow("authority not a URL") << QStringLiteral("authority") << QJsonValue(QStringLiteral("login"))
                                         << QStringLiteral("must be an https URL");
    QTest::newRow("empty client id") << QStringLiteral("client-id") << QJsonValue(QString())
                                     << QStringLiteral("\"client-id\" must be a string that is not empty");
    QTest::newRow("unknown cache") << QStringLiteral("cache") << QJsonValue(QStringLiteral("cloud"))
                                   << QStringLiteral("\"cache\" must be");
    QTest::newRow("relative cache file") << QStringLiteral("cache") << QJsonValue(QStringLiteral("file:tokens.json"))
                                         << QStringLiteral("absolute path");
    QTest::newRow("scope a string") << QStringLiteral("scope") << QJsonValue(QStringLiteral("profile"))
                                    << QStringLiteral("\"scope\" must be a list");
    QTest::newRow("scope with a space") << QStringLiteral("scope")
                                        << QJsonValue(QJsonArray{QStringLiteral("a b")})
                                        << QStringLiteral("not a valid scope");
    QTest::newRow("redirect not loopback") << QStringLiteral("redirect-uri")
                                           << QJsonValue(QStringLiteral("http://example.com/cb"))
                                           << QStringLiteral("\"redirect-uri\" must be http on 127.0.0.1");
}

void tst_CliProfile::rejectsWhatTheOptionsWouldRefuse()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject object = sampleJson();
    object.insert(key, value);
    CliProfile read;
    QString error;
    QVERIFY(!CliProfile::fromJson(object, &read, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("\"s\""))); // a secret's value is never repeated
}

void tst_CliProfile::profileNamesAreFileNamesNeverPaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << QStringLiteral("default") << true;
    QTest::newRow("dots and dashes") << QStringLiteral("work.eu-west_2") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("parent") << QStringLiteral("..") << false;
    QTest::newRow("hidden") << QStringLiteral(".work") << false;
    QTest::newRow("path") << QStringLiteral("a/b") << false;
    QTest::newRow("windows path") << QStringLiteral("a\\b") << false;
    QTest::newRow("option-like") << QStringLiteral("-x") << false;
    QTest::newRow("space") << QStringLiteral("my work") << false;
}

void tst_CliProfile::profileNamesAreFileNamesNeverPaths()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ProfileStore::isValidName(name), valid);
}

void tst_CliProfile::writesOwnerOnlyFileInOwnerOnlyFolders()
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("config/qtsignin/profiles"));
    const ProfileStore store(folder);
    QString error;
    QVERIFY2(store.write(QStringLiteral("work"), sampleProfile(), &error), qPrintable(error));
    const QString path = store.filePath(QStringLiteral("work"));
    QCOMPARE(path, folder + QStringLiteral("/work.json"));
    const QFile::Permissions userBits = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    QCOMPARE(QFileInfo(path).permissions() & ~userBits, QFile::ReadOwner | QFile::WriteOwner);
    for (const QString &created : {folder, QFileInfo(folder).path(), home.filePath(QStringLiteral("config"))})
        QCOMPARE(QFileInfo(created).permissions() & ~userBits, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    CliProfile read;
    QCOMPARE(store.read(QStringLiteral("work"), &read, &error), ProfileStore::ReadResult::Found);
    QVERIFY(read == sampleProfile());
}

void tst_CliProfile::writeReplacesTheWholeFile()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    QVERIFY(store.write(QStringLiteral("default"), sampleProfile(), &error));
    CliProfile shorter;
    shorter.authority = QUrl(QStringLiteral("https://a.example/"));
    shorter.clientId = QStringLiteral("b");
    QVERIFY(store.write(QStringLiteral("default"), shorter, &error));
    CliProfile read;
    QCOMPARE(store.read(QStringLiteral("default"), &read, &error), ProfileStore::ReadResult::Found);
    QVERIFY(read == shorter);
    // QSaveFile's temporary file is gone.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("default.json")});
}

void tst_CliProfile::missingFileIsNotFound()
{
    QTemporaryDir folder;
    CliProfile read;
    QString error;
    QCOMPARE(ProfileStore(folder.filePath(QStringLiteral("absent"))).read(QStringLiteral("default"), &read, &error),
             ProfileStore::ReadResult::NotFound);
}

void tst_CliProfile::unusableFilesSayWhyAndWhatToDo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QJsonDocument(sampleJson()).toJson().left(40) << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("too large") << QByteArray(65 * 1024, ' ') << QStringLiteral("larger than a profile");
    QTest::newRow("no authority") << QByteArray("{\"client-id\": \"c\"}") << QStringLiteral("\"authority\" is missing");
}

void tst_CliProfile::unusableFilesSayWhyAndWhatToDo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QFile file(store.filePath(QStringLiteral("default")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    CliProfile read;
    QString error;
    QCOMPARE(store.read(QStringLiteral("default"), &read, &error), ProfileStore::ReadResult::Unusable);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file.fileName())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("delete it and run 'qtsignin login'")), qPrintable(error));
}

void tst_CliProfile::profileFillsOnlyWhatTheCommandLineLeavesOut()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    QVERIFY(store.write(ProfileStore::defaultProfileName(), sampleProfile(), &error));

    SessionOptions options;
    bool help = false;
    QVERIFY2(SessionOptions::parse(SessionOptions::Command::Token, {QStringLiteral("--app-name"), QStringLiteral("given")},
                                   &options, &error, &help, store),
             qPrintable(error));
    QVERIFY(options.profile.applied);
    QVERIFY(!options.profile.named);
    QCOMPARE(options.configuration.authority(), sampleProfile().authority);
    QCOMPARE(options.configuration.clientId(), QStringLiteral("client-1"));
    QCOMPARE(options.configuration.storageNamespace(), QStringLiteral("given"));
    QCOMPARE(options.store.kind, TokenStoreOption::Kind::Keychain);
    // Login's scopes are login's: `token` asks for what was granted.
    QVERIFY(options.scopes.isEmpty());
}

void tst_CliProfile::scopesOnTheCommandLineReplaceTheProfilesAll()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    QVERIFY(store.write(ProfileStore::defaultProfileName(), sampleProfile(), &error));
    bool help = false;
    LoginOptions fromProfile;
    QVERIFY2(LoginOptions::parse({}, &fromProfile, &error, &help, store), qPrintable(error));
    QCOMPARE(fromProfile.scopes, sampleProfile().scopes);
    QCOMPARE(fromProfile.configuration.redirectUri(), sampleProfile().redirectUri);

    LoginOptions given;
    QVERIFY2(LoginOptions::parse({QStringLiteral("--scope"), QStringLiteral("Mail.Read"), QStringLiteral("--port"),
                                  QStringLiteral("5000")},
                                 &given, &error, &help, store),
             qPrintable(error));
    QCOMPARE(given.scopes, QStringList{QStringLiteral("Mail.Read")});
    // --port changes the remembered redirect URI's port, nothing else.
    QCOMPARE(given.configuration.redirectUri(), QUrl(QStringLiteral("http://localhost:5000/callback")));
    QCOMPARE(given.profileToSave.redirectUri, QUrl(QStringLiteral("http://localhost:5000/callback")));
}

void tst_CliProfile::defaultProfileOfAnotherProviderIsNotUsed()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    QVERIFY(store.write(ProfileStore::defaultProfileName(), sampleProfile(), &error));
    bool help = false;
    // The same provider (a trailing slash is no difference) takes its client id...
    SessionOptions same;
    QVERIFY2(SessionOptions::parse(SessionOptions::Command::Accounts,
                                   {QStringLiteral("--authority"), QStringLiteral("https://login.example.com/tenant/v2.0/")},
                                   &same, &error, &help, store),
             qPrintable(error));
    QCOMPARE(same.configuration.clientId(), QStringLiteral("client-1"));
    // ... another provider does not: its client ids are its own.
    SessionOptions other;
    QVERIFY(!SessionOptions::parse(SessionOptions::Command::Accounts,
                                   {QStringLiteral("--authority"), QStringLiteral("https://other.example.com/")},
                                   &other, &error, &help, store));
    QCOMPARE(error, QStringLiteral("--client-id ID is required"));
    QVERIFY(!other.profile.applied);
}

void tst_CliProfile::namedProfileIsUsedWithAnyAuthority()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    QVERIFY(store.write(QStringLiteral("work"), sampleProfile(), &error));
    SessionOptions options;
    bool help = false;
    QVERIFY2(SessionOptions::parse(SessionOptions::Command::Logout,
                                   {QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("--authority"),
                                    QStringLiteral("https://other.example.com/")},
                                   &options, &error, &help, store),
             qPrintable(error));
    QVERIFY(options.profile.named);
    QVERIFY(options.profile.applied);
    QCOMPARE(options.profile.name, QStringLiteral("work"));
    QCOMPARE(options.configuration.authority(), QUrl(QStringLiteral("https://other.example.com/")));
    QCOMPARE(options.configuration.clientId(), QStringLiteral("client-1"));
}

void tst_CliProfile::missingNamedProfileIsAnErrorOnlyOutsideLogin()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    const QStringList arguments{QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("--authority"),
                                QStringLiteral("https://login.example.com/"), QStringLiteral("--client-id"),
                                QStringLiteral("c")};
    QString error;
    bool help = false;
    SessionOptions token;
    QVERIFY(!SessionOptions::parse(SessionOptions::Command::Token, arguments, &token, &error, &help, store));
    QVERIFY(!token.profile.unusable); // a usage error, not the file's
    QVERIFY2(error.contains(QLatin1String("qtsignin login --profile work")), qPrintable(error));

    LoginOptions login;
    QVERIFY2(LoginOptions::parse(arguments, &login, &error, &help, store), qPrintable(error));
    QVERIFY(!login.profile.applied);
    QVERIFY(login.saveProfile);
    QCOMPARE(login.profile.name, QStringLiteral("work"));
}

namespace {

const QStringList githubArguments{
        QStringLiteral("--oauth2"),
        QStringLiteral("--authorization-endpoint"), QStringLiteral("https://github.com/login/oauth/authorize"),
        QStringLiteral("--token-endpoint"), QStringLiteral("https://github.com/login/oauth/access_token"),
        QStringLiteral("--client-id"), QStringLiteral("Ov23li")};

} // namespace

void tst_CliProfile::plainOAuth2ProviderIsRememberedAndSupplied()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    LoginOptions login;
    QVERIFY2(LoginOptions::parse(githubArguments, &login, &error, &help, store), qPrintable(error));
    using Protocol = QtSignIn::ClientConfiguration::Protocol;
    QCOMPARE(login.configuration.protocol(), Protocol::OAuth2);
    // GitHub's profile endpoint when none is given; the token endpoint as authority.
    QCOMPARE(login.configuration.userInfoEndpoint(), QUrl(QStringLiteral("https://api.github.com/user")));
    QCOMPARE(login.configuration.authority(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
    QCOMPARE(login.profileToSave.toJson(),
             (QJsonObject{{QStringLiteral("authority"), QStringLiteral("https://github.com/login/oauth/access_token")},
                          {QStringLiteral("client-id"), QStringLiteral("Ov23li")},
                          {QStringLiteral("oauth2"), true},
                          {QStringLiteral("authorization-endpoint"), QStringLiteral("https://github.com/login/oauth/authorize")},
                          {QStringLiteral("token-endpoint"), QStringLiteral("https://github.com/login/oauth/access_token")},
                          {QStringLiteral("user-endpoint"), QStringLiteral("https://api.github.com/user")}}));
    CliProfile read;
    QVERIFY2(CliProfile::fromJson(login.profileToSave.toJson(), &read, &error), qPrintable(error));
    QVERIFY(read == login.profileToSave);

    QVERIFY(store.write(ProfileStore::defaultProfileName(), login.profileToSave, &error));
    SessionOptions token;
    QVERIFY2(SessionOptions::parse(SessionOptions::Command::Token, {}, &token, &error, &help, store), qPrintable(error));
    QVERIFY(token.profile.applied);
    QCOMPARE(token.configuration.protocol(), Protocol::OAuth2);
    QCOMPARE(token.configuration.tokenEndpoint(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
    QCOMPARE(token.configuration.authority(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
}

void tst_CliProfile::plainOAuth2LoginDoesNotTakeAnotherProvidersDefaultProfile()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    QVERIFY(store.write(ProfileStore::defaultProfileName(), sampleProfile(), &error));
    bool help = false;
    LoginOptions login;
    QVERIFY2(LoginOptions::parse(githubArguments, &login, &error, &help, store), qPrintable(error));
    QVERIFY(!login.profile.applied);
    QCOMPARE(login.configuration.authority(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
    QVERIFY(login.scopes.isEmpty());
}

void tst_CliProfile::endpointsWithoutOAuth2AreRefused()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    SessionOptions token;
    QVERIFY(!SessionOptions::parse(SessionOptions::Command::Token,
                                   {QStringLiteral("--authority"), QStringLiteral("https://login.example.com/"),
                                    QStringLiteral("--client-id"), QStringLiteral("c"),
                                    QStringLiteral("--token-endpoint"), QStringLiteral("https://login.example.com/t")},
                                   &token, &error, &help, store));
    QVERIFY2(error.contains(QLatin1String("--token-endpoint needs --oauth2")), qPrintable(error));

    QJsonObject object = sampleJson();
    object.insert(QStringLiteral("token-endpoint"), QStringLiteral("https://login.example.com/t"));
    CliProfile read;
    QVERIFY(!CliProfile::fromJson(object, &read, &error));
    QVERIFY2(error.contains(QLatin1String("needs \"oauth2\"")), qPrintable(error));
}

void tst_CliProfile::rememberedLeavesDefaultsOut()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    const QStringList arguments{QStringLiteral("--authority"), QStringLiteral("https://login.example.com/"),
                                QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--port"),
                                QStringLiteral("47110")};
    QString error;
    bool help = false;
    LoginOptions options;
    QVERIFY2(LoginOptions::parse(arguments, &options, &error, &help, store), qPrintable(error));
    QVERIFY(options.saveProfile);
    QCOMPARE(options.profileToSave.toJson(),
             (QJsonObject{{QStringLiteral("authority"), QStringLiteral("https://login.example.com/")},
                          {QStringLiteral("client-id"), QStringLiteral("c")},
                          {QStringLiteral("redirect-uri"), QStringLiteral("http://127.0.0.1:47110/")}}));

    LoginOptions noSave;
    QVERIFY(LoginOptions::parse(QStringList(arguments) << QStringLiteral("--no-save"), &noSave, &error, &help, store));
    QVERIFY(!noSave.saveProfile);
    // Nothing outlives a memory cache, so nothing is remembered for it.
    LoginOptions memory;
    QVERIFY(LoginOptions::parse(QStringList(arguments) << QStringLiteral("--cache") << QStringLiteral("memory"),
                                &memory, &error, &help, store));
    QVERIFY(!memory.saveProfile);
}

void tst_CliProfile::providerPresetFillsTheConfiguration()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    LoginOptions options;
    QVERIFY2(LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("microsoft"), QStringLiteral("--tenant"),
                                  QStringLiteral("organizations"), QStringLiteral("--client-id"), QStringLiteral("c")},
                                 &options, &error, &help, store),
             qPrintable(error));
    QCOMPARE(options.configuration.authority(),
             QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/v2.0")));
    QCOMPARE(options.configuration.clientId(), QStringLiteral("c"));
    QCOMPARE(options.configuration.redirectUri(), QUrl(QStringLiteral("http://localhost/")));
    QVERIFY(options.configuration.defaultScopes().contains(QStringLiteral("offline_access")));

    qputenv("QTSIGNIN_CLIENT_SECRET", "GOCSPX-from-the-environment");
    LoginOptions google;
    const bool parsed = LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("google"),
                                             QStringLiteral("--hosted-domain"), QStringLiteral("example.com"),
                                             QStringLiteral("--client-id"), QStringLiteral("c")},
                                            &google, &error, &help, store);
    qunsetenv("QTSIGNIN_CLIENT_SECRET");
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(google.configuration.authority(), QUrl(QStringLiteral("https://accounts.google.com")));
    QCOMPARE(google.configuration.clientSecret().reveal(), QByteArray("GOCSPX-from-the-environment"));
    QVERIFY2(google.configuration.validate(&error), qPrintable(error));
}

void tst_CliProfile::explicitOptionsWinOverThePreset()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    LoginOptions options;
    QVERIFY2(LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("microsoft"), QStringLiteral("--authority"),
                                  QStringLiteral("https://login.microsoftonline.us/common/v2.0"),
                                  QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1:5000/"),
                                  QStringLiteral("--client-id"), QStringLiteral("c")},
                                 &options, &error, &help, store),
             qPrintable(error));
    QCOMPARE(options.configuration.authority(), QUrl(QStringLiteral("https://login.microsoftonline.us/common/v2.0")));
    QCOMPARE(options.configuration.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1:5000/")));
    // The preset's scopes stay: they are not what --scope replaces.
    QVERIFY(options.configuration.defaultScopes().contains(QStringLiteral("offline_access")));
    QCOMPARE(options.profileToSave.authority, QUrl(QStringLiteral("https://login.microsoftonline.us/common/v2.0")));
}

void tst_CliProfile::presetOptionsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString clientId = QStringLiteral("--client-id=c");
    QTest::newRow("unknown provider") << QStringList{QStringLiteral("--provider=facebook"), clientId}
                                      << QStringLiteral("--provider must be one of microsoft, google, github, keycloak, okta, auth0");
    QTest::newRow("keycloak without its realm") << QStringList{QStringLiteral("--provider=keycloak"), clientId}
                                                << QStringLiteral("--provider keycloak needs --realm-url");
    QTest::newRow("okta without its domain") << QStringList{QStringLiteral("--provider=okta"), clientId}
                                             << QStringLiteral("--provider okta needs --domain");
    QTest::newRow("another preset's option")
            << QStringList{QStringLiteral("--provider=microsoft"), QStringLiteral("--audience=api"), clientId}
            << QStringLiteral("--audience is not an option of --provider microsoft");
    QTest::newRow("preset option without a preset")
            << QStringList{QStringLiteral("--authority=https://login.example.com/"), QStringLiteral("--tenant=x"), clientId}
            << QStringLiteral("--tenant needs --provider");
    QTest::newRow("google without its secret") << QStringList{QStringLiteral("--provider=google"), clientId}
                                               << QStringLiteral("--provider google needs the app's client secret");
    QTest::newRow("github without its secret") << QStringList{QStringLiteral("--provider=github"), clientId}
                                               << QStringLiteral("--provider github needs the app's client secret");
    QTest::newRow("no client id") << QStringList{QStringLiteral("--provider=microsoft")}
                                  << QStringLiteral("--client-id ID is required");
}

void tst_CliProfile::presetOptionsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    LoginOptions options;
    QVERIFY(!LoginOptions::parse(arguments, &options, &error, &help, store));
    QVERIFY2(error.startsWith(reason), qPrintable(error));
}

void tst_CliProfile::profileRemembersThePresetAndItsOptions()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    LoginOptions login;
    QVERIFY2(LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("okta"), QStringLiteral("--domain"),
                                  QStringLiteral("dev-123.okta.com"), QStringLiteral("--client-id"), QStringLiteral("c")},
                                 &login, &error, &help, store),
             qPrintable(error));
    // The preset's options, not the authority they make: a later --tenant or
    // --domain must not meet a remembered authority that overrides it.
    QCOMPARE(login.profileToSave.toJson(),
             (QJsonObject{{QStringLiteral("client-id"), QStringLiteral("c")},
                          {QStringLiteral("provider"), QStringLiteral("okta")},
                          {QStringLiteral("domain"), QStringLiteral("dev-123.okta.com")}}));
    CliProfile read;
    QVERIFY2(CliProfile::fromJson(login.profileToSave.toJson(), &read, &error), qPrintable(error));
    QVERIFY(read == login.profileToSave);
    QVERIFY(store.write(ProfileStore::defaultProfileName(), login.profileToSave, &error));

    SessionOptions token;
    QVERIFY2(SessionOptions::parse(SessionOptions::Command::Token, {}, &token, &error, &help, store), qPrintable(error));
    QVERIFY(token.profile.applied);
    QCOMPARE(token.configuration.authority(), QUrl(QStringLiteral("https://dev-123.okta.com/oauth2/default")));
    LoginOptions otherServer;
    QVERIFY2(LoginOptions::parse({QStringLiteral("--authorization-server"), QStringLiteral("aus9")}, &otherServer,
                                 &error, &help, store),
             qPrintable(error));
    QCOMPARE(otherServer.configuration.authority(), QUrl(QStringLiteral("https://dev-123.okta.com/oauth2/aus9")));

    QJsonObject unknown = login.profileToSave.toJson();
    unknown.insert(QStringLiteral("provider"), QStringLiteral("myspace"));
    QVERIFY(!CliProfile::fromJson(unknown, &read, &error));
    QVERIFY2(error.startsWith(QLatin1String("\"provider\" must be one of")), qPrintable(error));
    QJsonObject neither = login.profileToSave.toJson();
    neither.remove(QStringLiteral("provider"));
    QVERIFY(!CliProfile::fromJson(neither, &read, &error));
    QCOMPARE(error, QStringLiteral("\"authority\" is missing"));
}

// Realm A's client id means nothing to realm B: a preset's own options name
// the provider as much as the preset's name.
void tst_CliProfile::defaultProfileOfAnotherRealmIsNotUsed()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    CliProfile realmA;
    realmA.clientId = QStringLiteral("realm-a-client");
    realmA.provider = {{QStringLiteral("provider"), QStringLiteral("keycloak")},
                       {QStringLiteral("realm-url"), QStringLiteral("https://kc.example/realms/a")}};
    QVERIFY(store.write(ProfileStore::defaultProfileName(), realmA, &error));
    bool help = false;
    LoginOptions realmB;
    QVERIFY(!LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("keycloak"), QStringLiteral("--realm-url"),
                                  QStringLiteral("https://kc.example/realms/b")},
                                 &realmB, &error, &help, store));
    QCOMPARE(error, QStringLiteral("--client-id ID is required"));
    QVERIFY(!realmB.profile.applied);
    // The same realm is the same provider.
    LoginOptions again;
    QVERIFY2(LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("keycloak"), QStringLiteral("--realm-url"),
                                  QStringLiteral("https://kc.example/realms/a")},
                                 &again, &error, &help, store),
             qPrintable(error));
    QVERIFY(again.profile.applied);
    QCOMPARE(again.configuration.clientId(), QStringLiteral("realm-a-client"));
}

// "--authorization-server ''" is Okta's org authorization server: remembered
// as such, read back, and given to the next command as such (not dropped,
// which would make it the custom server "default", another issuer).
void tst_CliProfile::oktasOrgAuthorizationServerIsRemembered()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    LoginOptions login;
    QVERIFY2(LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("okta"), QStringLiteral("--domain"),
                                  QStringLiteral("dev-123.okta.com"), QStringLiteral("--authorization-server="),
                                  QStringLiteral("--client-id"), QStringLiteral("c")},
                                 &login, &error, &help, store),
             qPrintable(error));
    QCOMPARE(login.configuration.authority(), QUrl(QStringLiteral("https://dev-123.okta.com")));
    CliProfile read;
    QVERIFY2(CliProfile::fromJson(login.profileToSave.toJson(), &read, &error), qPrintable(error));
    QVERIFY(read == login.profileToSave);
    QVERIFY(store.write(ProfileStore::defaultProfileName(), login.profileToSave, &error));
    SessionOptions token;
    QVERIFY2(SessionOptions::parse(SessionOptions::Command::Token, {}, &token, &error, &help, store), qPrintable(error));
    QVERIFY(token.profile.applied);
    QCOMPARE(token.configuration.authority(), QUrl(QStringLiteral("https://dev-123.okta.com")));
}

void tst_CliProfile::defaultProfileOfAnotherPresetIsNotUsed()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    CliProfile okta;
    okta.clientId = QStringLiteral("okta-client");
    okta.provider = {{QStringLiteral("provider"), QStringLiteral("okta")},
                     {QStringLiteral("domain"), QStringLiteral("dev-123.okta.com")}};
    QVERIFY(store.write(ProfileStore::defaultProfileName(), okta, &error));
    bool help = false;
    LoginOptions microsoft;
    QVERIFY(!LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("microsoft")}, &microsoft, &error,
                                 &help, store));
    QCOMPARE(error, QStringLiteral("--client-id ID is required"));
    QVERIFY(!microsoft.profile.applied);
}

// `accounts` and `logout` send nothing to the token endpoint: no secret needed.
void tst_CliProfile::onlySigningInNeedsGooglesSecret()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    for (const auto command : {SessionOptions::Command::Accounts, SessionOptions::Command::Logout}) {
        SessionOptions options;
        QVERIFY2(SessionOptions::parse(command, {QStringLiteral("--provider=google"), QStringLiteral("--client-id=c")},
                                       &options, &error, &help, store),
                 qPrintable(error));
        QCOMPARE(options.configuration.authority(), QUrl(QStringLiteral("https://accounts.google.com")));
    }
}

// `--provider github` is plain OAuth 2.0 with GitHub's endpoints; the profile
// names the preset, not the endpoints it made, as for the other presets: the
// preset's endpoints are the library's to keep current.
void tst_CliProfile::githubPresetIsRememberedByItsName()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    qputenv("QTSIGNIN_CLIENT_SECRET", "github-secret-from-the-environment");
    LoginOptions login;
    const bool parsed = LoginOptions::parse({QStringLiteral("--provider"), QStringLiteral("github"),
                                             QStringLiteral("--client-id"), QStringLiteral("Ov23li")},
                                            &login, &error, &help, store);
    qunsetenv("QTSIGNIN_CLIENT_SECRET");
    QVERIFY2(parsed, qPrintable(error));
    using Protocol = QtSignIn::ClientConfiguration::Protocol;
    QCOMPARE(login.configuration.protocol(), Protocol::OAuth2);
    QCOMPARE(login.configuration.tokenEndpoint(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
    QCOMPARE(login.configuration.userInfoEndpoint(), QUrl(QStringLiteral("https://api.github.com/user")));
    QCOMPARE(login.configuration.clientSecret().reveal(), QByteArray("github-secret-from-the-environment"));
    QVERIFY2(login.configuration.validate(&error), qPrintable(error));
    QCOMPARE(login.profileToSave.toJson(),
             (QJsonObject{{QStringLiteral("client-id"), QStringLiteral("Ov23li")},
                          {QStringLiteral("provider"), QStringLiteral("github")}}));
    QVERIFY(store.write(ProfileStore::defaultProfileName(), login.profileToSave, &error));

    // Listing accounts needs no secret.
    SessionOptions accounts;
    QVERIFY2(SessionOptions::parse(SessionOptions::Command::Accounts, {}, &accounts, &error, &help, store),
             qPrintable(error));
    QVERIFY(accounts.profile.applied);
    QCOMPARE(accounts.configuration.protocol(), Protocol::OAuth2);
    QCOMPARE(accounts.configuration.authority(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
    QCOMPARE(accounts.configuration.authorizationEndpoint(),
             QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
}

QTEST_GUILESS_MAIN(tst_CliProfile)
#include "tst_cli_profile.moc"

// A preset's quirks (Google's client secret) must not go to endpoints of
// another provider given beside it.
void tst_CliProfile::presetWithOAuth2IsRefused()
{
    QTemporaryDir folder;
    const ProfileStore store(folder.path());
    QString error;
    bool help = false;
    LoginOptions login;
    QVERIFY(!LoginOptions::parse(QStringList{QStringLiteral("--provider"), QStringLiteral("keycloak"),
                                             QStringLiteral("--realm-url"), QStringLiteral("https://sso.example.com/realms/a")}
                                         + githubArguments,
                                 &login, &error, &help, store));
    QVERIFY2(error.contains(QLatin1String("--provider keycloak cannot be combined with --oauth2")), qPrintable(error));
}
