// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DecodedJwt.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QList>

namespace {

QJsonObject decodePart(const QByteArray &part, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(
            part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument document = decoded ? QJsonDocument::fromJson(*decoded) : QJsonDocument();
    *ok = *ok && document.isObject();
    return document.object();
}

} // namespace

DecodedJwt DecodedJwt::decode(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    DecodedJwt jwt;
    bool ok = true;
    jwt.header = decodePart(parts.at(0), &ok);
    jwt.claims = decodePart(parts.at(1), &ok);
    jwt.valid = ok;
    return ok ? jwt : DecodedJwt{};
}
