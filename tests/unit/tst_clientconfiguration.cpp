// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Where OAuth traffic may go (RFC 9700 §2.6: https; RFC 8252 §7.3, §8.3:
// loopback redirects) and what a usable configuration is.
#include <QtSignIn/ClientConfiguration.h>

#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

// One change to an otherwise valid configuration.
using Change = void (*)(ClientConfiguration *);

ClientConfiguration validConfiguration()
{
    ClientConfiguration configuration;
    configuration.setClientId(QStringLiteral("client-1"));
    configuration.setAuthority(QUrl(QStringLiteral("https://login.example.com/tenant")));
    return configuration;
}

void setExplicitEndpoints(ClientConfiguration *configuration)
{
    configuration->setAuthorizationEndpoint(QUrl(QStringLiteral("https://login.example.com/auth")));
    configuration->setTokenEndpoint(QUrl(QStringLiteral("https://login.example.com/token")));
    configuration->setJwksUri(QUrl(QStringLiteral("https://login.example.com/keys")));
}

// A GitHub OAuth app's configuration (docs.github.com, "Authorizing OAuth apps").
ClientConfiguration githubConfiguration()
{
    ClientConfiguration configuration;
    configuration.setProtocol(ClientConfiguration::Protocol::OAuth2);
    configuration.setClientId(QStringLiteral("Ov23liExample"));
    configuration.setAuthorizationEndpoint(QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
    configuration.setTokenEndpoint(QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
    configuration.setUserInfoEndpoint(QUrl(QStringLiteral("https://api.github.com/user")));
    return configuration;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class tst_ClientConfiguration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisesLoopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("LocalHost") << "LocalHost" << true;
        QTest::newRow("127.0.0.1.evil.com") << "127.0.0.1.evil.com" << false;
        QTest::newRow("localhost.evil.com") << "localhost.evil.com" << false;
        QTest::newRow("evil-localhost") << "evillocalhost" << false;
        QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
        QTest::newRow("::") << "::" << false;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("192.168.1.2") << "192.168.1.2" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("::2") << "::2" << false;
        QTest::newRow("name") << "example.com" << false;
        QTest::newRow("empty") << "" << false;
    }

    void recognisesLoopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void allowsOnlyHttpsOrLoopbackEndpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://login.example.com/token" << true;
        QTest::newRow("https with port") << "https://login.example.com:8443/token" << true;
        QTest::newRow("https on a private network") << "https://10.0.0.1/token" << true;
        QTest::newRow("HTTPS") << "HTTPS://login.example.com/token" << true;
        QTest::newRow("http elsewhere") << "http://login.example.com/token" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/token" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/token" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/token" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/token" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST/token" << true;
        QTest::newRow("http 127.0.0.1.evil.com") << "http://127.0.0.1.evil.com/token" << false;
        QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com/token" << false;
        QTest::newRow("http 0.0.0.0") << "http://0.0.0.0/token" << false;
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/token" << false;
        QTest::newRow("http with userinfo on loopback") << "http://user@127.0.0.1/token" << false;
        QTest::newRow("http with userinfo hiding the host") << "http://127.0.0.1@evil.example/token" << false;
        QTest::newRow("https with userinfo") << "https://user:pw@login.example.com/token" << false;
        QTest::newRow("ftp") << "ftp://login.example.com/token" << false;
        QTest::newRow("no host") << "https:///token" << false;
        QTest::newRow("relative") << "/token" << false;
        QTest::newRow("empty") << "" << false;
    }

    void allowsOnlyHttpsOrLoopbackEndpoints()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedEndpoint(QUrl(url)), allowed);
    }

    void plainHttpOnlyForAnHttpLoopbackAuthority_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https for https") << "https://login.example.com/token"
                                         << "https://login.example.com" << true;
        QTest::newRow("https for http loopback") << "https://login.example.com/token"
                                                 << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback for http loopback") << "http://127.0.0.1:9000/token"
                                                         << "http://localhost:8080" << true;
        QTest::newRow("http loopback for https") << "http://127.0.0.1:9000/token"
                                                 << "https://login.example.com" << false;
        QTest::newRow("http localhost for https") << "http://localhost/token"
                                                  << "https://127.0.0.1:8443" << false;
        QTest::newRow("http ::1 for https") << "http://[::1]:9000/token"
                                            << "https://login.example.com" << false;
        QTest::newRow("http loopback for no authority") << "http://127.0.0.1:9000/token" << "" << false;
        QTest::newRow("http off loopback for http loopback") << "http://login.example.com/token"
                                                             << "http://127.0.0.1:8080" << false;
    }

    void plainHttpOnlyForAnHttpLoopbackAuthority()
    {
        QFETCH(QString, url);
        QFETCH(QString, authority);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedEndpointFor(QUrl(url), QUrl(authority)), allowed);
    }

    void acceptsOnlyLoopbackRedirectUris_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1/" << true;
        QTest::newRow("127.0.0.1 without path") << "http://127.0.0.1" << true;
        QTest::newRow("127.0.0.1 with port and path") << "http://127.0.0.1:47110/callback" << true;
        QTest::newRow("::1") << "http://[::1]/" << true;
        QTest::newRow("localhost") << "http://localhost/" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST:8400/" << true;
        QTest::newRow("other loopback address") << "http://127.0.0.2/" << false;
        QTest::newRow("https") << "https://127.0.0.1/" << false;
        QTest::newRow("https localhost") << "https://localhost/" << false;
        QTest::newRow("remote") << "http://example.com/" << false;
        QTest::newRow("0.0.0.0") << "http://0.0.0.0/" << false;
        QTest::newRow("lookalike") << "http://localhost.evil.com/" << false;
        QTest::newRow("query") << "http://127.0.0.1/cb?x=1" << false;
        QTest::newRow("empty query") << "http://127.0.0.1/cb?" << false;
        QTest::newRow("fragment") << "http://127.0.0.1/cb#x" << false;
        QTest::newRow("empty fragment") << "http://127.0.0.1/cb#" << false;
        QTest::newRow("userinfo") << "http://a@127.0.0.1/" << false;
        QTest::newRow("custom scheme") << "com.example.app:/callback" << false;
        QTest::newRow("empty") << "" << false;
    }

    void acceptsOnlyLoopbackRedirectUris()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(isValidLoopbackRedirectUri(QUrl(url)), valid);
    }

    void defaultRedirectUriIsLoopbackWithAnyPort()
    {
        const ClientConfiguration configuration;
        QCOMPARE(configuration.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1/")));
        QCOMPARE(configuration.redirectUri().port(), -1);
    }

    void acceptsAValidConfiguration_data()
    {
        QTest::addColumn<Change>("change");
        QTest::newRow("authority only") << Change([](ClientConfiguration *) {});
        QTest::newRow("explicit endpoints") << Change(setExplicitEndpoints);
        QTest::newRow("loopback http authority") << Change([](ClientConfiguration *c) {
            c->setAuthority(QUrl(QStringLiteral("http://127.0.0.1:8080/realms/dev")));
        });
        QTest::newRow("localhost redirect with port") << Change([](ClientConfiguration *c) {
            c->setRedirectUri(QUrl(QStringLiteral("http://localhost:8400/callback")));
        });
        QTest::newRow("ipv6 redirect") << Change([](ClientConfiguration *c) {
            c->setRedirectUri(QUrl(QStringLiteral("http://[::1]/")));
        });
        QTest::newRow("no clock skew") << Change([](ClientConfiguration *c) {
            c->setClockSkew(std::chrono::seconds(0));
        });
        QTest::newRow("an hour of clock skew") << Change([](ClientConfiguration *c) {
            c->setClockSkew(std::chrono::seconds(3600));
        });
    }

    void acceptsAValidConfiguration()
    {
        QFETCH(Change, change);
        ClientConfiguration configuration = validConfiguration();
        change(&configuration);
        QString reason;
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
    }

    void rejectsAnUnusableConfiguration_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no client id") << Change([](ClientConfiguration *c) { c->setClientId(QString()); })
                                      << "no client id";
        QTest::newRow("no authority") << Change([](ClientConfiguration *c) { c->setAuthority(QUrl()); })
                                      << "the authority is not a URL";
        QTest::newRow("relative authority") << Change([](ClientConfiguration *c) {
            c->setAuthority(QUrl(QStringLiteral("/tenant")));
        }) << "the authority is not a URL";
        QTest::newRow("http authority") << Change([](ClientConfiguration *c) {
            c->setAuthority(QUrl(QStringLiteral("http://login.example.com/tenant")));
        }) << "the authority must be https";
        QTest::newRow("authority with query") << Change([](ClientConfiguration *c) {
            c->setAuthority(QUrl(QStringLiteral("https://login.example.com/tenant?x=1")));
        }) << "query or fragment";
        QTest::newRow("authority with fragment") << Change([](ClientConfiguration *c) {
            c->setAuthority(QUrl(QStringLiteral("https://login.example.com/tenant#x")));
        }) << "query or fragment";
        QTest::newRow("only a token endpoint") << Change([](ClientConfiguration *c) {
            c->setTokenEndpoint(QUrl(QStringLiteral("https://login.example.com/token")));
        }) << "or none";
        QTest::newRow("no jwks uri") << Change([](ClientConfiguration *c) {
            setExplicitEndpoints(c);
            c->setJwksUri(QUrl());
        }) << "or none";
        QTest::newRow("http jwks uri") << Change([](ClientConfiguration *c) {
            setExplicitEndpoints(c);
            c->setJwksUri(QUrl(QStringLiteral("http://login.example.com/keys")));
        }) << "must be https";
        QTest::newRow("http authorization endpoint") << Change([](ClientConfiguration *c) {
            setExplicitEndpoints(c);
            c->setAuthorizationEndpoint(QUrl(QStringLiteral("http://login.example.com/auth")));
        }) << "must be https";
        QTest::newRow("http loopback token endpoint of an https authority") << Change([](ClientConfiguration *c) {
            setExplicitEndpoints(c);
            c->setTokenEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9000/token")));
        }) << "must be https";
        QTest::newRow("redirect off loopback") << Change([](ClientConfiguration *c) {
            c->setRedirectUri(QUrl(QStringLiteral("http://192.168.1.2/")));
        }) << "the redirect URI";
        QTest::newRow("https redirect") << Change([](ClientConfiguration *c) {
            c->setRedirectUri(QUrl(QStringLiteral("https://127.0.0.1/")));
        }) << "the redirect URI";
        QTest::newRow("redirect with query") << Change([](ClientConfiguration *c) {
            c->setRedirectUri(QUrl(QStringLiteral("http://127.0.0.1/cb?x=1")));
        }) << "the redirect URI";
        QTest::newRow("no redirect") << Change([](ClientConfiguration *c) { c->setRedirectUri(QUrl()); })
                                     << "the redirect URI";
        QTest::newRow("zero interactive timeout") << Change([](ClientConfiguration *c) {
            c->setInteractiveTimeout(std::chrono::seconds(0));
        }) << "timeouts must be positive";
        QTest::newRow("negative network timeout") << Change([](ClientConfiguration *c) {
            c->setNetworkTimeout(std::chrono::seconds(-1));
        }) << "timeouts must be positive";
        QTest::newRow("negative clock skew") << Change([](ClientConfiguration *c) {
            c->setClockSkew(std::chrono::seconds(-1));
        }) << "clock skew";
        QTest::newRow("clock skew over an hour") << Change([](ClientConfiguration *c) {
            c->setClockSkew(std::chrono::seconds(3601));
        }) << "clock skew";
    }

    void rejectsAnUnusableConfiguration()
    {
        QFETCH(Change, change);
        QFETCH(QString, reason);
        ClientConfiguration configuration = validConfiguration();
        change(&configuration);
        QString why;
        QVERIFY(!configuration.validate(&why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void validateWorksWithoutAReason()
    {
        const ClientConfiguration configuration;
        QVERIFY(!configuration.validate(nullptr));
        QVERIFY(validConfiguration().validate(nullptr));
    }

    // Tokens are filed under an identifier, never under displayed text.
    void storageNamespaceIsTheApplicationsNameUnlessSet()
    {
        const QString previous = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("contoso-notes"));
        ClientConfiguration configuration;
        QCOMPARE(configuration.storageNamespace(), QStringLiteral("contoso-notes"));
        configuration.setApplicationName(QStringLiteral("Contoso Notizen"));
        QCOMPARE(configuration.storageNamespace(), QStringLiteral("contoso-notes"));
        configuration.setStorageNamespace(QStringLiteral("com.contoso.notes"));
        QCOMPARE(configuration.storageNamespace(), QStringLiteral("com.contoso.notes"));
        QCoreApplication::setApplicationName(previous);
    }

    void plainOAuth2NeedsNoAuthorityOrJwks()
    {
        const ClientConfiguration configuration = githubConfiguration();
        QString reason;
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
        QVERIFY(configuration.hasExplicitEndpoints());
    }

    // The tokens are filed under the endpoint that issues them, path and
    // all: two authorization servers on one host are two providers.
    void plainOAuth2AuthorityIsTheTokenEndpointUnlessSet()
    {
        ClientConfiguration configuration = githubConfiguration();
        QCOMPARE(configuration.authority(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
        configuration.setTokenEndpoint(QUrl(QStringLiteral("http://127.0.0.1:8123/realms/a/token?x=1#f")));
        QCOMPARE(configuration.authority().toString(), QStringLiteral("http://127.0.0.1:8123/realms/a/token"));
        ClientConfiguration otherRealm = configuration;
        otherRealm.setTokenEndpoint(QUrl(QStringLiteral("http://127.0.0.1:8123/realms/b/token")));
        QVERIFY(otherRealm.authority() != configuration.authority());
        configuration.setAuthority(QUrl(QStringLiteral("https://ghe.example.com/tenant-a")));
        QCOMPARE(configuration.authority(), QUrl(QStringLiteral("https://ghe.example.com/tenant-a")));
        // OpenID Connect keeps what was set, however empty.
        ClientConfiguration openIdConnect;
        openIdConnect.setTokenEndpoint(QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
        QVERIFY(openIdConnect.authority().isEmpty());
    }

    void profileFieldsDefaultToTheCommonShapes()
    {
        using Field = ClientConfiguration::ProfileField;
        ClientConfiguration configuration;
        QCOMPARE(configuration.profileFieldNames(Field::Id), QStringList({"sub", "id"}));
        QCOMPARE(configuration.profileFieldNames(Field::Username),
                 QStringList({"preferred_username", "login", "username", "email"}));
        QCOMPARE(configuration.profileFieldNames(Field::DisplayName), QStringList({"name"}));
        configuration.setProfileFieldNames(Field::Username, {QStringLiteral("nick")});
        QCOMPARE(configuration.profileFieldNames(Field::Username), QStringList({"nick"}));
        QCOMPARE(configuration.profileFieldNames(Field::Id), QStringList({"sub", "id"}));
    }

    void rejectsAnUnusablePlainOAuth2Configuration_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no token endpoint") << Change([](ClientConfiguration *c) { c->setTokenEndpoint(QUrl()); })
                                           << "authorization and token endpoints";
        QTest::newRow("no authorization endpoint") << Change([](ClientConfiguration *c) {
            c->setAuthorizationEndpoint(QUrl());
        }) << "authorization and token endpoints";
        QTest::newRow("no profile endpoint") << Change([](ClientConfiguration *c) { c->setUserInfoEndpoint(QUrl()); })
                                             << "profile";
        QTest::newRow("a JWKS URI") << Change([](ClientConfiguration *c) {
            c->setJwksUri(QUrl(QStringLiteral("https://github.com/keys")));
        }) << "JWKS";
        QTest::newRow("no id field") << Change([](ClientConfiguration *c) {
            c->setProfileFieldNames(ClientConfiguration::ProfileField::Id, {});
        }) << "id";
        QTest::newRow("http profile endpoint") << Change([](ClientConfiguration *c) {
            c->setUserInfoEndpoint(QUrl(QStringLiteral("http://api.github.com/user")));
        }) << "must be https";
        QTest::newRow("http loopback profile endpoint of an https provider") << Change([](ClientConfiguration *c) {
            c->setUserInfoEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9000/user")));
        }) << "must be https";
        QTest::newRow("http revocation endpoint") << Change([](ClientConfiguration *c) {
            c->setRevocationEndpoint(QUrl(QStringLiteral("http://github.com/revoke")));
        }) << "must be https";
        QTest::newRow("http authorization endpoint off loopback") << Change([](ClientConfiguration *c) {
            c->setAuthorizationEndpoint(QUrl(QStringLiteral("http://github.com/login/oauth/authorize")));
        }) << "must be https";
        QTest::newRow("http token endpoint off loopback") << Change([](ClientConfiguration *c) {
            c->setTokenEndpoint(QUrl(QStringLiteral("http://github.com/login/oauth/access_token")));
        }) << "the authority must be https";
    }

    void rejectsAnUnusablePlainOAuth2Configuration()
    {
        QFETCH(Change, change);
        QFETCH(QString, reason);
        ClientConfiguration configuration = githubConfiguration();
        change(&configuration);
        QString why;
        QVERIFY(!configuration.validate(&why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void explicitEndpointsNeedAllThree()
    {
        ClientConfiguration configuration = validConfiguration();
        QVERIFY(!configuration.hasExplicitEndpoints());
        configuration.setAuthorizationEndpoint(QUrl(QStringLiteral("https://login.example.com/auth")));
        configuration.setTokenEndpoint(QUrl(QStringLiteral("https://login.example.com/token")));
        QVERIFY(!configuration.hasExplicitEndpoints());
        configuration.setJwksUri(QUrl(QStringLiteral("https://login.example.com/keys")));
        QVERIFY(configuration.hasExplicitEndpoints());
    }
};

QTEST_APPLESS_MAIN(tst_ClientConfiguration)
#include "tst_clientconfiguration.moc"
