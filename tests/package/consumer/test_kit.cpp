// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// An application's own test suite against the installed QtSignIn::Test: it
// signs in at a provider in the test process through the headless user
// agent, then gets an access token silently, from the cache and by refresh.

#include <QtSignIn/HeadlessUserAgent.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/TestProvider.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

class tst_AppSignIn : public QObject
{
    Q_OBJECT

private:
    /// Waits for `reply`; the caller owns replies.
    static std::unique_ptr<QtSignIn::SignInReply> finished(QtSignIn::SignInReply *reply)
    {
        QSignalSpy spy(reply, &QtSignIn::SignInReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        return std::unique_ptr<QtSignIn::SignInReply>(reply);
    }

private Q_SLOTS:
    void signsInThenGetsATokenSilently()
    {
        QtSignIn::TestProvider provider;
        QVERIFY(provider.listen());
        provider.setUsers({QtSignIn::TestUser(QStringLiteral("alice-1"), QStringLiteral("alice"),
                                              QStringLiteral("Alice"), QStringLiteral("alice@example.test"))});

        QtSignIn::SignInClient client(provider.clientConfiguration());
        client.setTokenStore(new QtSignIn::MemoryTokenStore);
        client.setUserAgent(new QtSignIn::HeadlessUserAgent(&provider));

        auto reply = finished(client.signIn({QStringLiteral("profile"), QStringLiteral("api.read")}));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        const QtSignIn::Account account = reply->result().account();
        QCOMPARE(account.username(), QStringLiteral("alice"));

        reply = finished(client.acquireTokenSilent(account, {QStringLiteral("api.read")}));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->result().source(), QtSignIn::TokenSource::Cache);

        QtSignIn::SilentOptions options;
        options.setForceRefresh(true);
        reply = finished(client.acquireTokenSilent(account, {QStringLiteral("api.read")}, options));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->result().source(), QtSignIn::TokenSource::Refresh);
    }
};

QTEST_GUILESS_MAIN(tst_AppSignIn)
#include "test_kit.moc"
