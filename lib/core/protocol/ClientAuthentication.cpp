// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ClientAuthentication.h"

#include "ProviderText.h"

namespace QtSignIn {

namespace {

const QString clientSecretBasic = QStringLiteral("client_secret_basic");
const QString clientSecretPost = QStringLiteral("client_secret_post");

} // namespace

bool ClientAuthentication::choose(const ClientConfiguration &configuration, const QStringList &supportedMethods,
                                  ClientAuthentication *chosen, QString *reason)
{
    *chosen = ClientAuthentication();
    const Secret secret = configuration.clientSecret();
    if (secret.isEmpty())
        return true;
    chosen->clientSecret = secret;
    switch (configuration.clientAuthenticationMethod()) {
    case ClientConfiguration::ClientAuthenticationMethod::ClientSecretBasic:
        chosen->method = Method::ClientSecretBasic;
        return true;
    case ClientConfiguration::ClientAuthenticationMethod::ClientSecretPost:
        chosen->method = Method::ClientSecretPost;
        return true;
    case ClientConfiguration::ClientAuthenticationMethod::Automatic:
        break;
    }
    // Basic first: it is the default every client must support (RFC 6749
    // §2.3.1), and it keeps the secret out of bodies that proxies may log.
    if (supportedMethods.isEmpty() || supportedMethods.contains(clientSecretBasic)) {
        chosen->method = Method::ClientSecretBasic;
        return true;
    }
    if (supportedMethods.contains(clientSecretPost)) {
        chosen->method = Method::ClientSecretPost;
        return true;
    }
    *chosen = ClientAuthentication();
    *reason = QStringLiteral("a client secret is configured, but the provider's token endpoint supports only "
                             "%1; QtSignIn can send it as client_secret_basic or client_secret_post")
                      .arg(providerText(supportedMethods.join(QStringLiteral(", ")), 200));
    return false;
}

QString ClientAuthentication::methodName(Method method)
{
    switch (method) {
    case Method::None:
        return QStringLiteral("none");
    case Method::ClientSecretBasic:
        return clientSecretBasic;
    case Method::ClientSecretPost:
        return clientSecretPost;
    }
    return QString();
}

QByteArray ClientAuthentication::authorizationHeader(const QString &clientId) const
{
    if (method != Method::ClientSecretBasic)
        return QByteArray();
    // RFC 6749 §2.3.1 and Appendix B: id and secret are form-urlencoded
    // before they are joined, so a ':' in either cannot move the split.
    const QByteArray credentials = clientId.toUtf8().toPercentEncoding() + ':' + clientSecret.reveal().toPercentEncoding();
    return QByteArrayLiteral("Basic ") + credentials.toBase64();
}

QList<QPair<QByteArray, QByteArray>> ClientAuthentication::formFields(const QString &clientId) const
{
    QList<QPair<QByteArray, QByteArray>> fields;
    if (method != Method::ClientSecretBasic)
        fields.append({QByteArrayLiteral("client_id"), clientId.toUtf8()});
    if (method == Method::ClientSecretPost)
        fields.append({QByteArrayLiteral("client_secret"), clientSecret.reveal()});
    return fields;
}

} // namespace QtSignIn
