// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include "protocol/ProviderMetadata.h"
#include "protocol/TokenRequest.h"
#include "protocol/TokenResponse.h"

#include <QtCore/QPointer>

#include <functional>

#include <QtNetwork/QNetworkReply>

namespace QtSignIn {

class HttpExchange;
struct HttpResponse;

// One exchange with the token endpoint, whatever the grant: the request goes
// out, and the answer comes back parsed or as the one error every grant maps
// it to. Grants differ only where the protocol makes them differ (a refused
// refresh token asks for the person, a refused code does not).
class TokenEndpoint
{
public:
    struct Result
    {
        TokenResponse tokens;
        SignInError error;
        // The request's DPoP key when the tokens are bound to it (token_type
        // DPoP); null for Bearer tokens.
        DPoPKey boundKey;
        // The key that made the request's proof, whatever the answer's
        // token_type: a public client's refresh token is bound to it even
        // when the access token is Bearer (RFC 9449 §5). Null without a proof.
        DPoPKey proofKey;
    };
    using Callback = std::function<void(const Result &)>;

    // Posts `request` to its token endpoint; `done` runs on `context`, not at
    // all once `context` is gone. Returns the request under way; when a
    // DPoP nonce makes it send the request again (once), `*pending`, if
    // given, follows to the new one.
    static QNetworkReply *redeem(const HttpExchange &http, const TokenRequest &request, QObject *context,
                                 const Callback &done, QPointer<QNetworkReply> *pending = nullptr);

    // What a proof-carrying request's answer means (RFC 9449 §5): a DPoP
    // token is bound to `key`; a Bearer one was not bound, which
    // DPoPRequired refuses; a DPoP token without a proof cannot be used.
    static void checkBinding(const TokenRequest &request, Result *result);

    // How this client authenticates at the token endpoint of `metadata`'s
    // provider; InvalidConfiguration when no method fits, before anything
    // is sent.
    static SignInError chooseClientAuthentication(const ClientConfiguration &configuration,
                                                  const ProviderMetadata &metadata, ClientAuthentication *chosen);

    // What `response` means for a request of `grant`.
    static Result classify(TokenRequest::GrantType grant, const HttpResponse &response);

    // The stage named in errors and logs ("token request", "refresh").
    static QString stageName(TokenRequest::GrantType grant);

private:
    enum class NonceRetry { Allowed, Done };
    static QNetworkReply *redeemWithProof(const HttpExchange &http, const TokenRequest &request, QObject *context,
                                          const Callback &done, QPointer<QNetworkReply> *pending, NonceRetry retry);
    static Result providerError(const TokenErrorResponse &errorResponse, bool silent);

public:
    // Provider text reaches people, terminals and logs: an error code is
    // short, a description may be a sentence or two.
    static constexpr qsizetype maximumErrorLength = 128;
    static constexpr qsizetype maximumDescriptionLength = 512;
};

} // namespace QtSignIn
