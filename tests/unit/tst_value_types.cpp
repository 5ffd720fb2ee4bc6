// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// SignInResult, the option classes and Branding are implicitly shared value
// classes: what a default-constructed one holds, that a copy changed through
// a setter leaves the original alone (including the data every default one
// shares), that options and Branding compare by value, and Branding's checks.
#include <QtSignIn/Branding.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInResult.h>

#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace std::chrono_literals;

using Parameters = QList<QPair<QString, QString>>;

class tst_ValueTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInOptionsDefaults()
    {
        const SignInOptions options;
        QVERIFY(options.loginHint().isNull());
        QVERIFY(options.prompt().isNull());
        QVERIFY(options.domainHint().isNull());
        QCOMPARE(options.fetchUserInfo(), false);
        QVERIFY(options.extraParameters().isEmpty());
    }

    void silentOptionsDefaults()
    {
        const SilentOptions options;
        QCOMPARE(options.minimumValidity(), 300s);
        QCOMPARE(options.forceRefresh(), false);
    }

    void signOutOptionsDefaults() { QCOMPARE(SignOutOptions().endProviderSession(), false); }

    void brandingDefaults()
    {
        const Branding branding;
        QVERIFY(branding.name().isNull());
        QVERIFY(branding.tagline().isNull());
        QVERIFY(branding.logoPath().isNull());
        QVERIFY(branding.accentColor().isNull());
        QVERIFY(branding.privacyUrl().isEmpty());
        QVERIFY(branding.termsUrl().isEmpty());
        QVERIFY(!branding.hasValidAccentColor());
        QVERIFY(!branding.hasValidPrivacyUrl());
        QVERIFY(!branding.hasValidTermsUrl());
    }

    void signInResultDefaults()
    {
        const SignInResult result;
        QVERIFY(result.accessToken().isEmpty());
        QVERIFY(result.tokenType().isNull());
        QVERIFY(!result.expiresOn().isValid());
        QVERIFY(result.refreshToken().isEmpty());
        QVERIFY(result.idToken().isEmpty());
        QVERIFY(result.idTokenClaims().isEmpty());
        QVERIFY(result.userInfo().isEmpty());
        QVERIFY(result.requestedScopes().isEmpty());
        QVERIFY(result.grantedScopes().isEmpty());
        QVERIFY(!result.account().isValid());
        QCOMPARE(result.userAgent(), UserAgentKind::None);
        QCOMPARE(result.source(), TokenSource::None);
    }

    void signInOptionsCopyIsIndependent()
    {
        SignInOptions original;
        original.setLoginHint(QStringLiteral("alice"));
        original.addExtraParameter(QStringLiteral("ui_locales"), QStringLiteral("de"));
        SignInOptions copy = original;
        copy.setLoginHint(QStringLiteral("bob"));
        copy.setPrompt(QStringLiteral("login"));
        copy.setDomainHint(QStringLiteral("contoso.com"));
        copy.setFetchUserInfo(true);
        copy.addExtraParameter(QStringLiteral("claims"), QStringLiteral("{}"));
        QCOMPARE(original.loginHint(), QStringLiteral("alice"));
        QVERIFY(original.prompt().isEmpty());
        QVERIFY(original.domainHint().isEmpty());
        QCOMPARE(original.fetchUserInfo(), false);
        QCOMPARE(original.extraParameters(), (Parameters{{QStringLiteral("ui_locales"), QStringLiteral("de")}}));
        QCOMPARE(copy.loginHint(), QStringLiteral("bob"));
        QCOMPARE(copy.prompt(), QStringLiteral("login"));
        QCOMPARE(copy.domainHint(), QStringLiteral("contoso.com"));
        QCOMPARE(copy.fetchUserInfo(), true);
        QCOMPARE(copy.extraParameters().size(), 2);
        // Changing one default-constructed object leaves the shared defaults alone.
        QVERIFY(SignInOptions().loginHint().isEmpty());
        QVERIFY(SignInOptions().extraParameters().isEmpty());
    }

    void silentOptionsCopyIsIndependent()
    {
        SilentOptions original;
        SilentOptions copy = original;
        copy.setMinimumValidity(0s);
        copy.setForceRefresh(true);
        QCOMPARE(original.minimumValidity(), 300s);
        QCOMPARE(original.forceRefresh(), false);
        QCOMPARE(copy.minimumValidity(), 0s);
        QCOMPARE(copy.forceRefresh(), true);
        QCOMPARE(SilentOptions().minimumValidity(), 300s);
    }

    void signOutOptionsCopyIsIndependent()
    {
        SignOutOptions original;
        SignOutOptions copy = original;
        copy.setEndProviderSession(true);
        QCOMPARE(original.endProviderSession(), false);
        QCOMPARE(copy.endProviderSession(), true);
        QCOMPARE(SignOutOptions().endProviderSession(), false);
    }

    void brandingCopyIsIndependent()
    {
        Branding original;
        original.setName(QStringLiteral("Contoso Notes"));
        Branding copy = original;
        copy.setName(QStringLiteral("Fabrikam"));
        copy.setTagline(QStringLiteral("Sign in"));
        copy.setLogoPath(QStringLiteral(":/logo.png"));
        copy.setAccentColor(QStringLiteral("#0f6cbd"));
        copy.setPrivacyUrl(QUrl(QStringLiteral("https://example.com/privacy")));
        copy.setTermsUrl(QUrl(QStringLiteral("https://example.com/terms")));
        QCOMPARE(original.name(), QStringLiteral("Contoso Notes"));
        QVERIFY(original.tagline().isEmpty());
        QVERIFY(original.logoPath().isEmpty());
        QVERIFY(original.accentColor().isEmpty());
        QVERIFY(original.privacyUrl().isEmpty());
        QVERIFY(original.termsUrl().isEmpty());
        QCOMPARE(copy.name(), QStringLiteral("Fabrikam"));
        QCOMPARE(copy.tagline(), QStringLiteral("Sign in"));
        QCOMPARE(copy.logoPath(), QStringLiteral(":/logo.png"));
        QCOMPARE(copy.accentColor(), QStringLiteral("#0f6cbd"));
        QCOMPARE(copy.privacyUrl(), QUrl(QStringLiteral("https://example.com/privacy")));
        QCOMPARE(copy.termsUrl(), QUrl(QStringLiteral("https://example.com/terms")));
        QVERIFY(Branding().name().isEmpty());
    }

    void signInResultCopyIsIndependent()
    {
        SignInResult original;
        original.setAccessToken(Secret(QStringLiteral("access-1")));
        original.setSource(TokenSource::Interactive);
        SignInResult copy = original;
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("s1")}};
        copy.setAccessToken(Secret(QStringLiteral("access-2")));
        copy.setTokenType(QStringLiteral("Bearer"));
        copy.setExpiresOn(expiry);
        copy.setRefreshToken(Secret(QStringLiteral("refresh")));
        copy.setIdToken(Secret(QStringLiteral("id")));
        copy.setIdTokenClaims(claims);
        copy.setUserInfo(claims);
        copy.setRequestedScopes({QStringLiteral("openid"), QStringLiteral("api.read")});
        copy.setGrantedScopes({QStringLiteral("openid")});
        copy.setAccount(Account::fromIdTokenClaims(claims));
        copy.setUserAgent(UserAgentKind::SystemBrowser);
        copy.setSource(TokenSource::Refresh);

        QCOMPARE(original.accessToken(), Secret(QStringLiteral("access-1")));
        QCOMPARE(original.source(), TokenSource::Interactive);
        QVERIFY(original.tokenType().isEmpty());
        QVERIFY(!original.expiresOn().isValid());
        QVERIFY(original.refreshToken().isEmpty());
        QVERIFY(original.idToken().isEmpty());
        QVERIFY(original.idTokenClaims().isEmpty());
        QVERIFY(original.userInfo().isEmpty());
        QVERIFY(original.requestedScopes().isEmpty());
        QVERIFY(original.grantedScopes().isEmpty());
        QVERIFY(!original.account().isValid());
        QCOMPARE(original.userAgent(), UserAgentKind::None);

        QCOMPARE(copy.accessToken(), Secret(QStringLiteral("access-2")));
        QCOMPARE(copy.tokenType(), QStringLiteral("Bearer"));
        QCOMPARE(copy.expiresOn(), expiry);
        QCOMPARE(copy.refreshToken(), Secret(QStringLiteral("refresh")));
        QCOMPARE(copy.idToken(), Secret(QStringLiteral("id")));
        QCOMPARE(copy.idTokenClaims(), claims);
        QCOMPARE(copy.userInfo(), claims);
        QCOMPARE(copy.requestedScopes(), QStringList({QStringLiteral("openid"), QStringLiteral("api.read")}));
        QCOMPARE(copy.grantedScopes(), QStringList{QStringLiteral("openid")});
        QCOMPARE(copy.account().id(), QStringLiteral("s1"));
        QCOMPARE(copy.userAgent(), UserAgentKind::SystemBrowser);
        QCOMPARE(copy.source(), TokenSource::Refresh);
        QVERIFY(SignInResult().accessToken().isEmpty());
        QCOMPARE(SignInResult().source(), TokenSource::None);
    }

    void signInOptionsCompareByValue()
    {
        SignInOptions a;
        SignInOptions b;
        QVERIFY(a == b);
        a.setLoginHint(QStringLiteral("alice"));
        QVERIFY(a != b);
        b.setLoginHint(QStringLiteral("alice"));
        QVERIFY(a == b); // equal values in separate data
        for (const auto &change : std::initializer_list<std::function<void(SignInOptions &)>>{
                 [](SignInOptions &o) { o.setPrompt(QStringLiteral("login")); },
                 [](SignInOptions &o) { o.setDomainHint(QStringLiteral("contoso.com")); },
                 [](SignInOptions &o) { o.setFetchUserInfo(true); },
                 [](SignInOptions &o) { o.addExtraParameter(QStringLiteral("k"), QStringLiteral("v")); },
             }) {
            SignInOptions changed = a;
            change(changed);
            QVERIFY(changed != a);
        }
    }

    void silentOptionsCompareByValue()
    {
        SilentOptions a;
        SilentOptions b;
        QVERIFY(a == b);
        b.setMinimumValidity(60s);
        QVERIFY(a != b);
        a.setMinimumValidity(60s);
        QVERIFY(a == b);
        b.setForceRefresh(true);
        QVERIFY(a != b);
    }

    void signOutOptionsCompareByValue()
    {
        SignOutOptions a;
        SignOutOptions b;
        QVERIFY(a == b);
        b.setEndProviderSession(true);
        QVERIFY(a != b);
        a.setEndProviderSession(true);
        QVERIFY(a == b);
    }

    void brandingComparesByValue()
    {
        Branding a;
        a.setName(QStringLiteral("Contoso Notes"));
        Branding b;
        b.setName(QStringLiteral("Contoso Notes"));
        QVERIFY(a == b);
        for (const auto &change : std::initializer_list<std::function<void(Branding &)>>{
                 [](Branding &x) { x.setName(QStringLiteral("Fabrikam")); },
                 [](Branding &x) { x.setTagline(QStringLiteral("t")); },
                 [](Branding &x) { x.setLogoPath(QStringLiteral(":/l.png")); },
                 [](Branding &x) { x.setAccentColor(QStringLiteral("#fff")); },
                 [](Branding &x) { x.setPrivacyUrl(QUrl(QStringLiteral("https://e.example/p"))); },
                 [](Branding &x) { x.setTermsUrl(QUrl(QStringLiteral("https://e.example/t"))); },
             }) {
            Branding changed = a;
            change(changed);
            QVERIFY(changed != a);
        }
    }

    void brandingDisplayNameFallsBackToTheApplication()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_value_types_app"));
        QCOMPARE(Branding().displayName(), QStringLiteral("tst_value_types_app"));
        Branding named;
        named.setName(QStringLiteral("Contoso Notes"));
        QCOMPARE(named.displayName(), QStringLiteral("Contoso Notes"));
    }

    void brandingAccentColorMustBeHex_data()
    {
        QTest::addColumn<QString>("color");
        QTest::addColumn<bool>("valid");
        QTest::newRow("rrggbb") << QStringLiteral("#0f6cbd") << true;
        QTest::newRow("rgb") << QStringLiteral("#FfF") << true;
        QTest::newRow("no hash") << QStringLiteral("0f6cbd") << false;
        QTest::newRow("five digits") << QStringLiteral("#0f6cb") << false;
        QTest::newRow("not hex") << QStringLiteral("#0g6cbd") << false;
        QTest::newRow("css injection") << QStringLiteral("red;}") << false;
        QTest::newRow("named") << QStringLiteral("red") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void brandingAccentColorMustBeHex()
    {
        QFETCH(QString, color);
        QFETCH(bool, valid);
        Branding branding;
        branding.setAccentColor(color);
        QCOMPARE(branding.hasValidAccentColor(), valid);
    }

    void brandingLinksMustBeHttps_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("showable");
        QTest::newRow("https") << QUrl(QStringLiteral("https://example.com/privacy")) << true;
        QTest::newRow("http") << QUrl(QStringLiteral("http://example.com/privacy")) << false;
        QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)")) << false;
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///privacy")) << false;
        QTest::newRow("relative") << QUrl(QStringLiteral("/privacy")) << false;
        QTest::newRow("empty") << QUrl() << false;
    }

    void brandingLinksMustBeHttps()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, showable);
        QCOMPARE(Branding::isShowableLink(url), showable);
        Branding branding;
        branding.setPrivacyUrl(url);
        QCOMPARE(branding.hasValidPrivacyUrl(), showable);
        QVERIFY(!branding.hasValidTermsUrl());
        branding.setTermsUrl(url);
        QCOMPARE(branding.hasValidTermsUrl(), showable);
    }
};

QTEST_GUILESS_MAIN(tst_ValueTypes)
#include "tst_value_types.moc"
