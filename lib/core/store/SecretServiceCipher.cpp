// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SecretServiceCipher.h"

#include <QtCore/QRandomGenerator>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>

#include <memory>
#include <utility>

namespace QtSignIn {

namespace {

// RFC 2409 §6.2, the Second Oakley Group: 2^1024 - 2^960 - 1 + 2^64 * ([2^894 pi] + 129093).
const unsigned char modp1024Prime[] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xC9, 0x0F, 0xDA, 0xA2, 0x21, 0x68, 0xC2, 0x34,
    0xC4, 0xC6, 0x62, 0x8B, 0x80, 0xDC, 0x1C, 0xD1, 0x29, 0x02, 0x4E, 0x08, 0x8A, 0x67, 0xCC, 0x74,
    0x02, 0x0B, 0xBE, 0xA6, 0x3B, 0x13, 0x9B, 0x22, 0x51, 0x4A, 0x08, 0x79, 0x8E, 0x34, 0x04, 0xDD,
    0xEF, 0x95, 0x19, 0xB3, 0xCD, 0x3A, 0x43, 0x1B, 0x30, 0x2B, 0x0A, 0x6D, 0xF2, 0x5F, 0x14, 0x37,
    0x4F, 0xE1, 0x35, 0x6D, 0x6D, 0x51, 0xC2, 0x45, 0xE4, 0x85, 0xB5, 0x76, 0x62, 0x5E, 0x7E, 0xC6,
    0xF4, 0x4C, 0x42, 0xE9, 0xA6, 0x37, 0xED, 0x6B, 0x0B, 0xFF, 0x5C, 0xB6, 0xF4, 0x06, 0xB7, 0xED,
    0xEE, 0x38, 0x6B, 0xFB, 0x5A, 0x89, 0x9F, 0xA5, 0xAE, 0x9F, 0x24, 0x11, 0x7C, 0x4B, 0x1F, 0xE6,
    0x49, 0x28, 0x66, 0x51, 0xEC, 0xE6, 0x53, 0x81, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};
constexpr int primeBytes = int(sizeof(modp1024Prime));
constexpr unsigned long generator = 2;
constexpr int privateKeyBytes = 32;
constexpr int aesKeyBytes = 16;
constexpr int aesBlockBytes = 16;

struct BignumDeleter { void operator()(BIGNUM *n) const { BN_clear_free(n); } };
struct PkeyDeleter { void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); } };
struct PkeyContextDeleter { void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); } };
struct ParamBuildDeleter { void operator()(OSSL_PARAM_BLD *build) const { OSSL_PARAM_BLD_free(build); } };
struct ParamDeleter { void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); } };
struct CipherContextDeleter { void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); } };
struct KdfDeleter { void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); } };
struct KdfContextDeleter { void operator()(EVP_KDF_CTX *context) const { EVP_KDF_CTX_free(context); } };

using Bignum = std::unique_ptr<BIGNUM, BignumDeleter>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

Bignum bignumOf(const QByteArray &bigEndian)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()),
                            int(bigEndian.size()), nullptr));
}

Bignum prime()
{
    return Bignum(BN_bin2bn(modp1024Prime, primeBytes, nullptr));
}

// A DH key of the group from its parts: domain parameters alone, a public
// key, or a key pair (`selection` says which).
Pkey dhKey(int selection, const BIGNUM *publicKey, const BIGNUM *privateKey)
{
    const Bignum p = prime();
    const Bignum g(BN_new());
    std::unique_ptr<OSSL_PARAM_BLD, ParamBuildDeleter> build(OSSL_PARAM_BLD_new());
    if (!p || !g || !build || !BN_set_word(g.get(), generator)
        || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_FFC_P, p.get())
        || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_FFC_G, g.get())
        || (publicKey && !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PUB_KEY, publicKey))
        || (privateKey && !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PRIV_KEY, privateKey)))
        return nullptr;
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(build.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyContextDeleter> context(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0
        || EVP_PKEY_fromdata(context.get(), &key, selection, params.get()) <= 0)
        return nullptr;
    return Pkey(key);
}

} // namespace

struct SecretServiceCipher::KeyPair
{
    Pkey key;
};

SecretServiceCipher::SecretServiceCipher() = default;

SecretServiceCipher::~SecretServiceCipher()
{
    wipe();
}

void SecretServiceCipher::wipe()
{
    delete std::exchange(m_keyPair, nullptr); // EVP_PKEY_free clears the private key
    if (!m_aesKey.isEmpty())
        OPENSSL_cleanse(m_aesKey.data(), size_t(m_aesKey.size()));
    m_aesKey.clear();
}

// 256 bits from the OS's CSPRNG (the group offers about 80 bits of security):
// drawing them through QRandomGenerator::system() spares a process that
// reads one token setting up OpenSSL's DRBG, a millisecond of its start-up.
bool SecretServiceCipher::generateKeyPair()
{
    QByteArray privateKey(privateKeyBytes, Qt::Uninitialized);
    do {
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(privateKey.data()),
                                              privateKey.size() / qsizetype(sizeof(quint32)));
    } while (privateKey.count('\0') == privateKey.size());
    const bool generated = setPrivateKey(privateKey);
    OPENSSL_cleanse(privateKey.data(), size_t(privateKey.size()));
    return generated;
}

bool SecretServiceCipher::setPrivateKey(const QByteArray &privateKey)
{
    wipe();
    // OpenSSL 3.0 does not compute a missing public key on import: y = g^x mod p.
    const Bignum x = bignumOf(privateKey);
    const Bignum p = prime();
    const Bignum g(BN_new());
    const Bignum y(BN_new());
    std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> bn(BN_CTX_secure_new(), &BN_CTX_free);
    if (!x || !p || !g || !y || !bn || !BN_set_word(g.get(), generator))
        return false;
    BN_set_flags(x.get(), BN_FLG_CONSTTIME);
    if (!BN_mod_exp_mont_consttime(y.get(), g.get(), x.get(), p.get(), bn.get(), nullptr))
        return false;
    Pkey key = dhKey(EVP_PKEY_KEYPAIR, y.get(), x.get());
    if (!key)
        return false;
    m_keyPair = new KeyPair{std::move(key)};
    return true;
}

QByteArray SecretServiceCipher::publicKey() const
{
    if (!m_keyPair)
        return QByteArray();
    BIGNUM *y = nullptr;
    if (!EVP_PKEY_get_bn_param(m_keyPair->key.get(), OSSL_PKEY_PARAM_PUB_KEY, &y))
        return QByteArray();
    const Bignum owned(y);
    QByteArray bytes(BN_num_bytes(y), Qt::Uninitialized);
    BN_bn2bin(y, reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

bool SecretServiceCipher::deriveKey(const QByteArray &servicePublicKey)
{
    if (!m_keyPair || servicePublicKey.isEmpty() || servicePublicKey.size() > primeBytes)
        return false;
    const Bignum y = bignumOf(servicePublicKey);
    const Pkey peer = y ? dhKey(EVP_PKEY_PUBLIC_KEY, y.get(), nullptr) : nullptr;
    std::unique_ptr<EVP_PKEY_CTX, PkeyContextDeleter> context(
            EVP_PKEY_CTX_new_from_pkey(nullptr, m_keyPair->key.get(), nullptr));
    // Padded to the prime's length, so a leading zero byte shows (see the header).
    // EVP_PKEY_derive_set_peer checks that 1 < y < p - 1.
    QByteArray shared(primeBytes, '\0');
    size_t length = size_t(shared.size());
    const bool derived = peer && context && EVP_PKEY_derive_init(context.get()) > 0
            && EVP_PKEY_CTX_set_dh_pad(context.get(), 1) > 0
            && EVP_PKEY_derive_set_peer(context.get(), peer.get()) > 0
            && EVP_PKEY_derive(context.get(), reinterpret_cast<unsigned char *>(shared.data()), &length) > 0
            && length == size_t(primeBytes) && shared.at(0) != '\0';
    if (derived)
        m_aesKey = aesKeyFrom(shared);
    OPENSSL_cleanse(shared.data(), size_t(shared.size()));
    // The private key has done its work.
    delete std::exchange(m_keyPair, nullptr);
    return m_aesKey.size() == aesKeyBytes;
}

QByteArray SecretServiceCipher::aesKeyFrom(const QByteArray &sharedSecret)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfContextDeleter> context(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!context)
        return QByteArray();
    char digest[] = "SHA256";
    // No salt and no info: as libsecret's and gnome-keyring's egg_hkdf_perform.
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(sharedSecret.constData()),
                                          size_t(sharedSecret.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(aesKeyBytes, '\0');
    if (EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()), params) <= 0) {
        OPENSSL_cleanse(key.data(), size_t(key.size()));
        return QByteArray();
    }
    return key;
}

namespace {

std::optional<QByteArray> aes128Cbc(bool encrypting, const QByteArray &key, const QByteArray &iv,
                                    const QByteArray &input)
{
    if (key.size() != aesKeyBytes || iv.size() != aesBlockBytes)
        return std::nullopt;
    if (!encrypting && (input.isEmpty() || input.size() % aesBlockBytes != 0))
        return std::nullopt;
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter> context(EVP_CIPHER_CTX_new());
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *ivBytes = reinterpret_cast<const unsigned char *>(iv.constData());
    QByteArray output(input.size() + aesBlockBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(output.data());
    int written = 0;
    int last = 0;
    // PKCS#7 padding is EVP's default.
    const bool done = context
            && EVP_CipherInit_ex(context.get(), EVP_aes_128_cbc(), nullptr, keyBytes, ivBytes, encrypting ? 1 : 0) > 0
            && EVP_CipherUpdate(context.get(), out, &written,
                                reinterpret_cast<const unsigned char *>(input.constData()), int(input.size())) > 0
            && EVP_CipherFinal_ex(context.get(), out + written, &last) > 0;
    if (!done) {
        OPENSSL_cleanse(output.data(), size_t(output.size()));
        return std::nullopt;
    }
    output.truncate(written + last);
    return output;
}

} // namespace

std::optional<QByteArray> SecretServiceCipher::decrypt(const QByteArray &iv, const QByteArray &ciphertext) const
{
    return aes128Cbc(false, m_aesKey, iv, ciphertext);
}

std::optional<QByteArray> SecretServiceCipher::encrypt(const QByteArray &iv, const QByteArray &plaintext) const
{
    return aes128Cbc(true, m_aesKey, iv, plaintext);
}

} // namespace QtSignIn
