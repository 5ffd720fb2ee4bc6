// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// A plain OAuth 2.0 provider's profile endpoint answer (protocol/ProfileResponse).
#include "protocol/ProfileResponse.h"

#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

// ClientConfiguration's defaults.
ProfileResponse::Fields defaultFields()
{
    return {{QStringLiteral("sub"), QStringLiteral("id")},
            {QStringLiteral("preferred_username"), QStringLiteral("login"), QStringLiteral("username"),
             QStringLiteral("email")},
            {QStringLiteral("name")}};
}

} // namespace

Q_DECLARE_METATYPE(QtSignIn::ProfileResponse::Failure)

class tst_ProfileResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void githubUserIsReadByTheDefaults()
    {
        ProfileResponse response;
        ProfileResponse::Failure failure;
        QString reason;
        QVERIFY(ProfileResponse::parse(R"({"login":"octocat","id":583231,"name":"The Octocat","email":null})",
                                       defaultFields(), &response, &failure, &reason));
        QCOMPARE(response.id, QStringLiteral("583231"));
        QCOMPARE(response.username, QStringLiteral("octocat"));
        QCOMPARE(response.displayName, QStringLiteral("The Octocat"));
        QCOMPARE(response.profile.value(QLatin1String("login")).toString(), QStringLiteral("octocat"));
    }

    void subWinsOverIdAndPreferredUsernameOverLogin()
    {
        ProfileResponse response;
        ProfileResponse::Failure failure;
        QString reason;
        QVERIFY(ProfileResponse::parse(R"({"id":1,"sub":"s-1","login":"l","preferred_username":"p"})",
                                       defaultFields(), &response, &failure, &reason));
        QCOMPARE(response.id, QStringLiteral("s-1"));
        QCOMPARE(response.username, QStringLiteral("p"));
    }

    void emptyOrNullMembersFallThrough()
    {
        ProfileResponse response;
        ProfileResponse::Failure failure;
        QString reason;
        QVERIFY(ProfileResponse::parse(R"({"sub":"","id":"u-7","preferred_username":null,"login":"","email":"e@x"})",
                                       defaultFields(), &response, &failure, &reason));
        QCOMPARE(response.id, QStringLiteral("u-7"));
        QCOMPARE(response.username, QStringLiteral("e@x"));
        QVERIFY(response.displayName.isEmpty());
    }

    void configuredFieldsAreRead()
    {
        const ProfileResponse::Fields fields{{QStringLiteral("user_id")}, {QStringLiteral("nick")},
                                             {QStringLiteral("full_name")}};
        ProfileResponse response;
        ProfileResponse::Failure failure;
        QString reason;
        QVERIFY(ProfileResponse::parse(R"({"id":1,"user_id":"x9","nick":"n","full_name":"F N","name":"other"})",
                                       fields, &response, &failure, &reason));
        QCOMPARE(response.id, QStringLiteral("x9"));
        QCOMPARE(response.username, QStringLiteral("n"));
        QCOMPARE(response.displayName, QStringLiteral("F N"));
    }

    void namesLoseControlCharactersAndLength()
    {
        const QByteArray longName(1000, 'a');
        ProfileResponse response;
        ProfileResponse::Failure failure;
        QString reason;
        QVERIFY(ProfileResponse::parse("{\"id\":1,\"login\":\"ev\\u001b[31mil\\u202e\",\"name\":\"" + longName + "\"}",
                                       defaultFields(), &response, &failure, &reason));
        QCOMPARE(response.username, QStringLiteral("ev[31mil"));
        QCOMPARE(response.displayName.size(), ProfileResponse::maximumNameLength);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ProfileResponse::Failure>("expected");
        const auto malformed = ProfileResponse::Failure::Malformed;
        const auto idMissing = ProfileResponse::Failure::IdMissing;
        QTest::newRow("not JSON") << QByteArray("<html>") << malformed;
        QTest::newRow("array") << QByteArray(R"([{"id":1}])") << malformed;
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("no id") << QByteArray(R"({"login":"octocat"})") << idMissing;
        QTest::newRow("id null") << QByteArray(R"({"id":null})") << idMissing;
        QTest::newRow("id fraction") << QByteArray(R"({"id":1.5})") << idMissing;
        QTest::newRow("id beyond 2^53") << QByteArray(R"({"id":9007199254740993})") << idMissing;
        QTest::newRow("id object") << QByteArray(R"({"id":{"v":1}})") << idMissing;
        QTest::newRow("id boolean") << QByteArray(R"({"id":true})") << idMissing;
        QTest::newRow("id with a space") << QByteArray(R"({"id":"a b"})") << idMissing;
        QTest::newRow("id with a control character") << QByteArray(R"({"id":"a\u0000"})") << idMissing;
        QTest::newRow("id too long") << QByteArray("{\"id\":\"" + QByteArray(257, 'x') + "\"}") << idMissing;
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(ProfileResponse::Failure, expected);
        ProfileResponse response;
        ProfileResponse::Failure failure = ProfileResponse::Failure::None;
        QString reason;
        QVERIFY(!ProfileResponse::parse(json, defaultFields(), &response, &failure, &reason));
        QCOMPARE(failure, expected);
        QVERIFY(!reason.isEmpty());
        QVERIFY(response.id.isEmpty());
    }

    void negativeWholeNumbersAreIds()
    {
        ProfileResponse response;
        ProfileResponse::Failure failure;
        QString reason;
        QVERIFY(ProfileResponse::parse(R"({"id":-42})", defaultFields(), &response, &failure, &reason));
        QCOMPARE(response.id, QStringLiteral("-42"));
    }
};

QTEST_APPLESS_MAIN(tst_ProfileResponse)
#include "tst_profileresponse.moc"
