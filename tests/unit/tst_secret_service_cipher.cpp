// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// SecretServiceCipher (dh-ietf1024-sha256-aes128-cbc-pkcs7) against a vector
// made independently with Python's "cryptography" module (DH exchange, HKDF,
// AES-CBC with PKCS#7), and the fast keychain read's decisions, without D-Bus.
// The Python script is in the comment at the end of this file.
#include "store/SecretServiceCipher.h"
#include "store/SecretServiceReader.h"

#include <QtTest/QtTest>

using namespace QtSignIn;
using SecretServiceReading::Search;

Q_DECLARE_METATYPE(Search)

namespace {

// The client's private key a, its public key 2^a mod p, the service's
// public key B, their shared secret (128 bytes), HKDF-SHA256's AES key,
// and a secret the service encrypted with it.
const QByteArray clientPrivate = QByteArray::fromHex(
        "e6d634c789997baa7a5edd64870f48d61452373914a07112955870d4605bd74e");
const QByteArray clientPublic = QByteArray::fromHex(
        "d57007ea8598a8d2b3dfb289875390a1e22d6996b454d65c69a032398fb1f3f3b453c4d2dfe46a7aa2d3e3eb2635e21c"
        "78fd659d7ab93e88e8051a76f98f8b668eb5055e8bb1b912408b5a99a05734558153b1a639e4c4cd7f8b374d668a8bf7"
        "bb8e57cfa872a209af8df663f19376030918d9e5ef689ee329eba0903020687e");
const QByteArray servicePublic = QByteArray::fromHex(
        "ee657d7533035ed3d9d88cea4774d466bb66f3865e82942e65191457e17f1ce33e9c9bdcbfb29bd30c4fd11ea5dd32ca"
        "3c19ec95ccdb5b6b2ad159dae62517ac73c18749ea525684bb312bf0ca4f63dae2a6f55061e211353bdaf8480880b81b"
        "aee4cf57b1af5c0ae74d25459c81eca9f274727c1df99ba6734ff4bafda1d535");
const QByteArray sharedSecret = QByteArray::fromHex(
        "9ea352763c2d16b941048a40ec0ab0f63f1c7dcad55200a2b4d13676fb8e72a2f0a9ef34be973abfb0eb29a5e3d73730"
        "2e100d52a4d5a889593c88654ed976d0547a11816728128328d0f7ea0375db8407bcf121c7b56face74437b910cdf811"
        "c79a24a944c138a23a9d8f4ab42589a389e8b7978df82978c5be7ff7b2ba6d61");
const QByteArray aesKey = QByteArray::fromHex("69ce9823ccd14b82896173fe5abc8158");
const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
const QByteArray ciphertext = QByteArray::fromHex("0e4e5a58a7f39acd350331a5ebfd6426dc5aa25364d8d29d6eecc2b109382334");
const QByteArray plaintext("eyJ2ZXJzaW9uIjoxfQ==");
// A service key whose shared secret with the client's starts with a zero byte.
const QByteArray servicePublicGivingLeadingZero = QByteArray::fromHex(
        "f0d45af280145aa145ca9be3663402f6af08eeba41b213ca8e36cadc2d5b4a1f13acb485ce01b4a3ca5cd6804da7eed1"
        "61157ae42925455afc50a4c3af02f9b9124b1172f86d9d37813d8dfb768262c12c7e14e580bf1b6bbad1b619eab21bbb"
        "aa5e600eaa7b0058adb250ff21312e3773213e3c8c919c1130afec342401eb5c");

const QString item1 = QStringLiteral("/org/freedesktop/secrets/collection/login/1");
const QString item2 = QStringLiteral("/org/freedesktop/secrets/collection/login/2");

} // namespace

class tst_SecretServiceCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publicKeyIsTwoToThePrivateKeyModuloTheGroupPrime()
    {
        SecretServiceCipher client;
        QVERIFY(client.setPrivateKey(clientPrivate));
        QCOMPARE(client.publicKey().toHex(), clientPublic.toHex());
    }

    void aesKeyIsHkdfSha256OfTheSharedSecret()
    {
        QCOMPARE(SecretServiceCipher::aesKeyFrom(sharedSecret).toHex(), aesKey.toHex());
    }

    void decryptsWhatTheServiceEncrypted()
    {
        SecretServiceCipher client;
        QVERIFY(client.setPrivateKey(clientPrivate));
        QVERIFY(client.deriveKey(servicePublic));
        QCOMPARE(client.decrypt(iv, ciphertext), std::optional<QByteArray>(plaintext));
        QCOMPARE(client.encrypt(iv, plaintext), std::optional<QByteArray>(ciphertext));
    }

    void brokenCiphertextDoesNotDecryptToTheSecret()
    {
        SecretServiceCipher client;
        QVERIFY(client.setPrivateKey(clientPrivate));
        QVERIFY(client.deriveKey(servicePublic));
        QVERIFY(!(client.decrypt(iv, ciphertext.left(20)))); // not whole blocks
        QVERIFY(!(client.decrypt(iv.left(8), ciphertext)));  // no IV of 16 bytes
        QByteArray flipped = ciphertext;
        flipped[flipped.size() - 1] = char(flipped.at(flipped.size() - 1) ^ 0x5a);
        const std::optional<QByteArray> decrypted = client.decrypt(iv, flipped);
        QVERIFY(decrypted != std::optional<QByteArray>(plaintext));
    }

    // Fresh key pairs on both sides agree on the key, as the service and we do.
    void freshKeyPairsAgree()
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            SecretServiceCipher client;
            SecretServiceCipher service;
            QVERIFY(client.generateKeyPair());
            QVERIFY(service.generateKeyPair());
            const QByteArray clientKey = client.publicKey();
            QVERIFY(!clientKey.isEmpty() && clientKey.size() <= 128);
            const bool clientDerived = client.deriveKey(service.publicKey());
            // Both refuse the same shared secret with a leading zero byte.
            QCOMPARE(service.deriveKey(clientKey), clientDerived);
            if (!clientDerived)
                continue;
            const QByteArray secret = QByteArray("tokens ") + QByteArray(100, 'x');
            const std::optional<QByteArray> encrypted = service.encrypt(iv, secret);
            QVERIFY(encrypted && encrypted->size() == 112);
            QCOMPARE(client.decrypt(iv, *encrypted), std::optional<QByteArray>(secret));
            return;
        }
        QFAIL("eight key exchanges in a row gave a shared secret with a leading zero byte");
    }

    // libsecret and gnome-keyring disagree on such secrets: no guessing.
    void sharedSecretWithALeadingZeroIsRefused()
    {
        SecretServiceCipher client;
        QVERIFY(client.setPrivateKey(clientPrivate));
        QVERIFY(!client.deriveKey(servicePublicGivingLeadingZero));
        QVERIFY(!(client.decrypt(iv, ciphertext)));
    }

    void invalidServiceKeysAreRefused()
    {
        const QByteArray prime = QByteArray::fromHex(
                "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
                "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
                "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF");
        QByteArray primeMinusOne = prime;
        primeMinusOne[primeMinusOne.size() - 1] = char(0xFE);
        const QList<QByteArray> invalid{QByteArray(), QByteArray("\x01", 1), primeMinusOne, prime,
                                        QByteArray(129, '\x01')};
        for (const QByteArray &key : invalid) {
            SecretServiceCipher client;
            QVERIFY(client.setPrivateKey(clientPrivate));
            QVERIFY2(!client.deriveKey(key), key.toHex().constData());
        }
    }

    void loneUnlockedBase64ItemIsChosen()
    {
        QString whyNot;
        QCOMPARE(SecretServiceReading::chooseItem(Search{{item1}, {}}, Search{{item1}, {}}, &whyNot), item1);
        QVERIFY(whyNot.isEmpty());
    }

    // QtKeychain would read a plaintext item first, or another one, or ask
    // to unlock: all are left to it.
    void everyOtherSearchIsLeftToQtKeychain_data()
    {
        QTest::addColumn<Search>("any");
        QTest::addColumn<Search>("base64");
        QTest::addColumn<QString>("why");
        QTest::newRow("none") << Search{} << Search{} << QStringLiteral("no item");
        QTest::newRow("locked") << Search{{}, {item1}} << Search{{}, {item1}} << QStringLiteral("locked");
        QTest::newRow("unlocked and locked") << Search{{item1}, {item2}} << Search{{item1}, {}}
                                             << QStringLiteral("locked");
        QTest::newRow("plaintext only") << Search{{item1}, {}} << Search{} << QStringLiteral("not of type base64");
        QTest::newRow("plaintext and base64") << Search{{item1, item2}, {}} << Search{{item2}, {}}
                                              << QStringLiteral("2 items");
        QTest::newRow("two base64") << Search{{item1, item2}, {}} << Search{{item1, item2}, {}}
                                    << QStringLiteral("2 items");
    }

    void everyOtherSearchIsLeftToQtKeychain()
    {
        QFETCH(Search, any);
        QFETCH(Search, base64);
        QFETCH(QString, why);
        QString whyNot;
        QCOMPARE(SecretServiceReading::chooseItem(any, base64, &whyNot), QString());
        QVERIFY2(whyNot.contains(why), qPrintable(whyNot));
    }

    void base64TextIsDecodedAsQtKeychainDoes_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::newRow("text/plain") << QStringLiteral("text/plain");
        QTest::newRow("octet-stream") << QStringLiteral("application/octet-stream");
        QTest::newRow("none") << QString();
    }

    void base64TextIsDecodedAsQtKeychainDoes()
    {
        QFETCH(QString, contentType);
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        QString whyNot;
        const std::optional<QByteArray> data =
                SecretServiceReading::itemData(binary.toBase64(), contentType, &whyNot);
        QVERIFY2(data, qPrintable(whyNot));
        QCOMPARE(*data, binary);
        QCOMPARE(SecretServiceReading::itemData(QByteArray(), contentType, &whyNot), std::optional<QByteArray>(QByteArray()));
    }

    void otherSecretsAreLeftToQtKeychain_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("other content type") << QByteArray("AAAA") << QStringLiteral("image/png");
        QTest::newRow("not base64") << QByteArray("{\"version\":1}") << QStringLiteral("text/plain");
        QTest::newRow("NUL") << QByteArray("AAAA\0AAAA", 9) << QStringLiteral("text/plain");
        QTest::newRow("noise") << QByteArray("\x8f\x01\xfe\x7f", 4) << QString();
        QTest::newRow("bad padding") << QByteArray("AA=A") << QStringLiteral("text/plain");
    }

    void otherSecretsAreLeftToQtKeychain()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, contentType);
        QString whyNot;
        QVERIFY(!(SecretServiceReading::itemData(secret, contentType, &whyNot)));
        QVERIFY(!whyNot.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SecretServiceCipher)

#include "tst_secret_service_cipher.moc"

/* The vector (python3, cryptography 48):

import hashlib
from cryptography.hazmat.primitives.asymmetric import dh
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
p = int("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
        "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
        "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF", 16)
def key(seed):
    x = int.from_bytes(hashlib.sha256(seed).digest(), 'big')
    numbers = dh.DHParameterNumbers(p, 2)
    return x, dh.DHPrivateNumbers(x, dh.DHPublicNumbers(pow(2, x, p), numbers)).private_key()
a, client = key(b"qtsignin client")    # clientPrivate; clientPublic = pow(2, a, p)
b, service = key(b"qtsignin service")  # servicePublic = pow(2, b, p)
shared = client.exchange(service.public_key())  # 128 bytes, first not zero
aes = HKDF(algorithm=hashes.SHA256(), length=16, salt=None, info=b"").derive(shared)
padder = padding.PKCS7(128).padder()
padded = padder.update(b"eyJ2ZXJzaW9uIjoxfQ==") + padder.finalize()
encryptor = Cipher(algorithms.AES(aes), modes.CBC(bytes(range(16)))).encryptor()
ciphertext = encryptor.update(padded) + encryptor.finalize()
# servicePublicGivingLeadingZero: key(b"zero 77"), the first seed "zero N"
# whose exchange with the client starts with a zero byte.
*/
