// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>

#include <optional>

namespace QtSignIn {

// Our half of the Secret Service's "dh-ietf1024-sha256-aes128-cbc-pkcs7"
// transfer algorithm (Secret Service API 0.2, "Transfer of Secrets"), as
// libsecret and gnome-keyring do it:
//   - Diffie-Hellman in the 1024-bit MODP group 2 of RFC 2409 §6.2 (g = 2),
//     public keys as unsigned big-endian integers;
//   - HKDF-SHA256 (RFC 5869) of the shared secret, no salt, no info, to a
//     16-byte AES-128 key;
//   - each secret AES-128-CBC with PKCS#7 padding, its IV the secret's
//     "parameters".
// OpenSSL 3 (EVP) does the arithmetic. The key material is wiped when the
// object goes, or when deriving fails.
class SecretServiceCipher
{
public:
    static constexpr char algorithm[] = "dh-ietf1024-sha256-aes128-cbc-pkcs7";

    SecretServiceCipher();
    ~SecretServiceCipher();
    SecretServiceCipher(const SecretServiceCipher &) = delete;
    SecretServiceCipher &operator=(const SecretServiceCipher &) = delete;

    // A fresh key pair, its private key 256 bits from the OS's CSPRNG.
    // False when OpenSSL cannot make it.
    bool generateKeyPair();
    // The key pair of a private key (unsigned big-endian): the tests' fixed one.
    bool setPrivateKey(const QByteArray &privateKey);
    // Ours, to send in OpenSession.
    QByteArray publicKey() const;

    // The AES key from the service's public key (OpenSession's output).
    // False for an invalid key, and also when the shared secret starts with
    // a zero byte: libsecret before 0.21 and gnome-keyring drop such bytes
    // while newer libsecret keeps them, so the two sides could disagree on
    // the key (1 time in 256). The caller then does without this session.
    bool deriveKey(const QByteArray &servicePublicKey);

    // The secret, or nothing when it does not decrypt (wrong length or
    // padding). Needs deriveKey() first.
    std::optional<QByteArray> decrypt(const QByteArray &iv, const QByteArray &ciphertext) const;
    // The service's side, for the tests.
    std::optional<QByteArray> encrypt(const QByteArray &iv, const QByteArray &plaintext) const;

    // The HKDF step alone, for the tests.
    static QByteArray aesKeyFrom(const QByteArray &sharedSecret);

private:
    void wipe();

    struct KeyPair;
    KeyPair *m_keyPair = nullptr; // EVP_PKEY, kept out of this header
    QByteArray m_aesKey;
};

} // namespace QtSignIn
