// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include "protocol/ProviderMetadata.h"
#include "protocol/TokenRequest.h"
#include "protocol/TokenResponse.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QObject;
QT_END_NAMESPACE

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
    };
    using Callback = std::function<void(const Result &)>;

    // Posts `request` to its token endpoint; `done` runs on `context`, not at
    // all once `context` is gone. Returns the request under way.
    static QNetworkReply *redeem(const HttpExchange &http, const TokenRequest &request, QObject *context,
                                 const Callback &done);

    // How this client authenticates at the token endpoint of `metadata`'s
    // provider; InvalidConfiguration when no method fits, before anything
    // is sent.
    static SignInError chooseClientAuthentication(const ClientConfiguration &configuration,
                                                  const ProviderMetadata &metadata, ClientAuthentication *chosen);

    // What `response` means for a request of `grant`.
    static Result classify(TokenRequest::GrantType grant, const HttpResponse &response);

    // The stage named in errors and logs ("token request", "refresh").
    static QString stageName(TokenRequest::GrantType grant);

    // Provider text reaches people, terminals and logs: an error code is
    // short, a description may be a sentence or two.
    static constexpr qsizetype maximumErrorLength = 128;
    static constexpr qsizetype maximumDescriptionLength = 512;
};

} // namespace QtSignIn
