// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TenantIssuer.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

namespace QtSignIn::TenantIssuer {

bool isPlainPathSegment(const QString &segment)
{
    if (segment.isEmpty() || segment.size() > 128)
        return false;
    for (QChar c : segment) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                || c == QLatin1Char('.') || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return segment != QLatin1String(".") && segment != QLatin1String("..");
}

namespace {

QString withoutTrailingSlash(QString text)
{
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

bool isTemplate(const QString &issuer)
{
    return issuer.count(placeholder) == 1;
}

bool templateMatchesAuthority(const QString &issuerTemplate, const QUrl &authority)
{
    if (!isTemplate(issuerTemplate))
        return false;
    static const QStringList multiTenantNames = {QStringLiteral("common"),
                                                 QStringLiteral("organizations"),
                                                 QStringLiteral("consumers")};
    const QString authorityText = withoutTrailingSlash(authority.toString());
    for (const QString &name : multiTenantNames) {
        if (withoutTrailingSlash(QString(issuerTemplate).replace(placeholder, name)) == authorityText)
            return true;
    }
    return false;
}

bool isTenantAliasOf(const QString &issuer, const QUrl &authority)
{
    static const QRegularExpression guid(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QUrl issuerUrl(issuer, QUrl::StrictMode);
    if (!issuerUrl.isValid() || issuerUrl.scheme() != authority.scheme()
        || issuerUrl.host() != authority.host() || issuerUrl.port() != authority.port())
        return false;
    const QStringList issuerPath = withoutTrailingSlash(issuerUrl.path()).split(QLatin1Char('/'));
    const QStringList authorityPath = withoutTrailingSlash(authority.path()).split(QLatin1Char('/'));
    if (issuerPath.size() != authorityPath.size())
        return false;
    int differences = 0;
    for (qsizetype i = 0; i < issuerPath.size(); ++i) {
        if (issuerPath.at(i) == authorityPath.at(i))
            continue;
        const QString &alias = authorityPath.at(i);
        const bool isAlias = alias == QLatin1String("consumers")
                || (alias.contains(QLatin1Char('.')) && isPlainPathSegment(alias));
        if (!isAlias || !guid.match(issuerPath.at(i)).hasMatch())
            return false;
        ++differences;
    }
    return differences == 1;
}

QString resolve(const QString &issuerTemplate, const QString &tenantId)
{
    if (!isTemplate(issuerTemplate) || !isPlainPathSegment(tenantId))
        return QString();
    return QString(issuerTemplate).replace(placeholder, tenantId);
}

QString tenantOf(const QString &issuerTemplate, const QString &issuer)
{
    if (!isTemplate(issuerTemplate))
        return QString();
    const qsizetype at = issuerTemplate.indexOf(placeholder);
    const QString prefix = issuerTemplate.left(at);
    const QString suffix = issuerTemplate.mid(at + placeholder.size());
    if (!issuer.startsWith(prefix) || !issuer.endsWith(suffix)
        || issuer.size() <= prefix.size() + suffix.size())
        return QString();
    const QString tenantId = issuer.mid(prefix.size(), issuer.size() - prefix.size() - suffix.size());
    return isPlainPathSegment(tenantId) ? tenantId : QString();
}

bool belongsTo(const QString &discoveryIssuer, const QString &issuer)
{
    if (issuer.isEmpty())
        return false;
    return isTemplate(discoveryIssuer) ? !tenantOf(discoveryIssuer, issuer).isEmpty() : issuer == discoveryIssuer;
}

} // namespace QtSignIn::TenantIssuer
