// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace QtSignIn {

class BearerChallengeData;

/// A resource server's Bearer challenge (RFC 6750 §3): what an API said was
/// wrong with the access token, in the WWW-Authenticate header of its 401 or
/// 403, e.g.
///
///     Bearer realm="api", error="insufficient_scope", scope="api.write"
///
/// A claims challenge (Microsoft Entra ID's Conditional Access and
/// continuous access evaluation) names the claims the token lacks:
///
///     const auto challenge = QtSignIn::BearerChallenge::parse(reply->rawHeader("WWW-Authenticate"));
///     if (challenge.error() == QtSignIn::BearerChallenge::Error::InsufficientClaims) {
///         QtSignIn::SilentOptions options;
///         options.setClaims(challenge.claims());
///         client->acquireTokenSilent(account, scopes, options);
///     }
///
/// The header comes from a server, so it is read as untrusted input:
/// malformed headers give no challenge (isValid() false), never a guess.
class QTSIGNIN_CORE_EXPORT BearerChallenge
{
public:
    /// The `error` attribute (RFC 6750 §3.1, and Entra's insufficient_claims).
    enum class Error {
        None,               ///< no error attribute: the request had no token
        InvalidRequest,     ///< invalid_request
        InvalidToken,       ///< invalid_token: expired, revoked or malformed; get a new one
        InsufficientScope,  ///< insufficient_scope: scopes() names what is needed
        InsufficientClaims, ///< insufficient_claims: claims() names what is needed
        Other,              ///< another value; errorCode() has it
        UseDpopNonce,       ///< use_dpop_nonce (RFC 9449 §9), in a DPoP challenge: send the request again with a proof carrying the response's DPoP-Nonce header
    };
    /// Which authentication scheme the challenge is of: Bearer (RFC 6750 §3),
    /// or DPoP (RFC 9449 §7.1), which a resource server answers a DPoP-bound
    /// token's request with. A DPoP challenge may name `algs`
    /// (parameter("algs")); with UseDpopNonce the nonce to use is in the
    /// response's DPoP-Nonce header, which SignInClient::dpopProof() takes:
    ///
    ///     const auto challenge = QtSignIn::BearerChallenge::parse(reply->rawHeader("WWW-Authenticate"),
    ///                                                             QtSignIn::BearerChallenge::Scheme::DPoP);
    ///     if (challenge.error() == QtSignIn::BearerChallenge::Error::UseDpopNonce)
    ///         request.setRawHeader("DPoP", client->dpopProof(result, "GET", url, reply->rawHeader("DPoP-Nonce")));
    enum class Scheme { Bearer, DPoP };

    /// Decoded claims larger than this are not taken (claims() is empty).
    static constexpr qsizetype maximumClaimsSize = 16 * 1024;
    /// A header longer than this is not read at all.
    static constexpr qsizetype maximumHeaderSize = 64 * 1024;

    BearerChallenge();
    BearerChallenge(const BearerChallenge &other);
    BearerChallenge(BearerChallenge &&other) noexcept;
    BearerChallenge &operator=(const BearerChallenge &other);
    BearerChallenge &operator=(BearerChallenge &&other) noexcept;
    ~BearerChallenge();

    void swap(BearerChallenge &other) noexcept { d.swap(other.d); }

    /// The first Bearer challenge in one WWW-Authenticate header value.
    /// Several challenges may share a value (RFC 9110 §11.6.1); those of
    /// other schemes (Basic, Negotiate, ...) are skipped.
    static BearerChallenge parse(const QByteArray &header);
    /// Every Bearer challenge in the header value, in order; empty when
    /// there is none or the value is malformed.
    static QList<BearerChallenge> parseAll(const QByteArray &header);
    /// The same for the challenges of `scheme`.
    static BearerChallenge parse(const QByteArray &header, Scheme scheme);
    static QList<BearerChallenge> parseAll(const QByteArray &header, Scheme scheme);
    /// The challenge's scheme (Bearer for a challenge that is not valid).
    Scheme scheme() const;

    /// True when a Bearer challenge was found.
    bool isValid() const;

    QString realm() const;
    Error error() const;
    /// The `error` attribute as sent, e.g. "insufficient_claims".
    QString errorCode() const;
    QString errorDescription() const;
    /// The `scope` attribute, split at spaces: what the API needs.
    QStringList scopes() const;
    /// With Error::InsufficientClaims, the `claims` attribute decoded from
    /// base64 (Entra sends it padded; base64url is accepted too) into the
    /// claims request (OpenID Connect Core §5.5) to pass to
    /// SignInOptions::setClaims() or SilentOptions::setClaims(). Empty
    /// without that error, or when the value is not base64 of a JSON object
    /// of at most maximumClaimsSize bytes.
    QJsonObject claims() const;
    /// Any attribute by its name (lowercase), as sent: e.g. Entra's
    /// "authorization_uri" or "client_id". Empty when absent.
    QString parameter(const QString &name) const;

    bool isInvalidToken() const { return error() == Error::InvalidToken; }
    bool isInsufficientScope() const { return error() == Error::InsufficientScope; }
    bool isInsufficientClaims() const { return error() == Error::InsufficientClaims; }

private:
    friend class BearerChallengeData;
    QSharedDataPointer<BearerChallengeData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::BearerChallenge)
