// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The exported value classes keep their data behind an implicitly shared
// d-pointer: a copy is cheap, and changing one copy never changes another,
// including the data every default-constructed object shares.
#include <QtSignIn/Account.h>
#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/Secret.h>
#include <QtSignIn/SignInError.h>

#include <QtCore/QMetaEnum>
#include <QtCore/QVariant>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace std::chrono_literals;

class tst_SharedValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configurationCopiesAreIndependent()
    {
        ClientConfiguration original;
        original.setClientId(QStringLiteral("one"));
        ClientConfiguration copy = original;
        copy.setClientId(QStringLiteral("two"));
        copy.setNetworkTimeout(5s);
        QCOMPARE(original.clientId(), QStringLiteral("one"));
        QCOMPARE(original.networkTimeout(), 30s);
        QCOMPARE(copy.clientId(), QStringLiteral("two"));
        // The defaults travel with the copy.
        QCOMPARE(copy.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1/")));
    }

    void changingADefaultErrorLeavesOtherDefaultsAlone()
    {
        SignInError changed;
        changed.setRetryAfter(7s);
        QCOMPARE(changed.retryAfter(), 7s);
        QCOMPARE(SignInError().retryAfter(), 0s);
        QVERIFY(!SignInError().isError());
    }

    void errorCopiesAreIndependent()
    {
        const SignInError original = SignInError::fromProvider(SignInError::TokenRequestFailed,
                                                               QStringLiteral("invalid_grant"), QString());
        SignInError copy = original;
        copy.setRetryAfter(3s);
        QCOMPARE(original.retryAfter(), 0s);
        QCOMPARE(copy.providerError(), QStringLiteral("invalid_grant"));
        QCOMPARE(copy.code(), SignInError::TokenRequestFailed);
    }

    void errorStaysAGadgetInAVariant()
    {
        const QVariant variant = QVariant::fromValue(SignInError(SignInError::Busy, QStringLiteral("detail")));
        const SignInError error = variant.value<SignInError>();
        QCOMPARE(error.code(), SignInError::Busy);
        QCOMPARE(error.detail(), QStringLiteral("detail"));
        QCOMPARE(QMetaEnum::fromType<SignInError::Code>().valueToKey(SignInError::Busy), "Busy");
    }

    void errorCarriesItsReasonThroughCopies()
    {
        const SignInError error(SignInError::InvalidIdToken, QStringLiteral("nonce mismatch"),
                                SignInError::Reason::NonceMismatch);
        SignInError copy = error;
        copy.setReason(SignInError::Reason::Expired);
        QCOMPARE(error.reason(), SignInError::Reason::NonceMismatch);
        QCOMPARE(copy.reason(), SignInError::Reason::Expired);
        QCOMPARE(error.code(), SignInError::InvalidIdToken);
        QCOMPARE(error.detail(), QStringLiteral("nonce mismatch"));
        QCOMPARE(error.errorCode(), QStringLiteral("invalid_id_token"));
        // Errors made without one, and the shared default, have none.
        QCOMPARE(SignInError(SignInError::Busy, QString()).reason(), SignInError::Reason::None);
        QCOMPARE(SignInError().reason(), SignInError::Reason::None);
    }

    void reasonNamesAreSnakeCase_data()
    {
        QTest::addColumn<SignInError::Reason>("reason");
        QTest::addColumn<QString>("name");
        QTest::newRow("None") << SignInError::Reason::None << QString();
        QTest::newRow("IdTokenTooLarge") << SignInError::Reason::IdTokenTooLarge << QStringLiteral("id_token_too_large");
        QTest::newRow("SignatureInvalid") << SignInError::Reason::SignatureInvalid << QStringLiteral("signature_invalid");
        QTest::newRow("AuthorizationResponseIssuerMissing") << SignInError::Reason::AuthorizationResponseIssuerMissing
                                                            << QStringLiteral("authorization_response_issuer_missing");
        QTest::newRow("UserInfoSubjectMismatch") << SignInError::Reason::UserInfoSubjectMismatch
                                                 << QStringLiteral("user_info_subject_mismatch");
    }

    void reasonNamesAreSnakeCase()
    {
        QFETCH(SignInError::Reason, reason);
        QFETCH(QString, name);
        QCOMPARE(SignInError::reasonName(reason), name);
    }

    void everyReasonHasADistinctName()
    {
        const QMetaEnum reasons = QMetaEnum::fromType<SignInError::Reason>();
        QSet<QString> names;
        for (int i = 0; i < reasons.keyCount(); ++i) {
            const auto reason = SignInError::Reason(reasons.value(i));
            if (reason == SignInError::Reason::None)
                continue;
            const QString name = SignInError::reasonName(reason);
            QVERIFY2(!name.isEmpty() && !names.contains(name), reasons.key(i));
            names.insert(name);
        }
        QCOMPARE(names.size(), reasons.keyCount() - 1);
    }

    void accountsKeepTheirClaimsWhenAnotherIsReplaced()
    {
        const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("s1")},
                                 {QStringLiteral("iss"), QStringLiteral("https://issuer.example")}};
        const Account original = Account::fromIdTokenClaims(claims);
        Account copy = original;
        copy = Account();
        QVERIFY(original.isValid());
        QCOMPARE(original.id(), QStringLiteral("s1"));
        QVERIFY(!copy.isValid());
        QVERIFY(!Account().isValid());
    }

    void secretsCompareByValueNotByData()
    {
        QCOMPARE(Secret(QByteArray("abc")), Secret(QStringLiteral("abc")));
        QVERIFY(Secret(QByteArray("abc")) != Secret(QByteArray("abd")));
        QCOMPARE(Secret(), Secret(QByteArray()));
        const Secret original(QByteArray("abc"));
        const Secret copy = original;
        QCOMPARE(copy.reveal(), QByteArray("abc"));
    }
};

QTEST_GUILESS_MAIN(tst_SharedValues)
#include "tst_shared_values.moc"
