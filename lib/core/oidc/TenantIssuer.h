// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>
#include <QtCore/QUrl>

namespace QtSignIn {

// Multi-tenant authorities (Microsoft Entra ID's `common`, `organizations`
// and `consumers`): their discovery document names an issuer template such
// as "https://login.microsoftonline.com/{tenantid}/v2.0", and each ID token's
// `iss` is that template with the token's own `tid` put in.
namespace TenantIssuer {

inline constexpr QLatin1String placeholder{"{tenantid}"};

bool isTemplate(const QString &issuer);

// One path segment that cannot reach another path: letters, digits, '-',
// '.' and '_', neither "." nor "..", at most 128 characters. What a tenant
// id may be, and what a preset puts into an authority.
bool isPlainPathSegment(const QString &segment);

// True when `issuerTemplate` is the multi-tenant issuer for `authority`:
// the same URL with the authority's tenant segment, which must be one of
// common, organizations or consumers, in place of {tenantid}.
bool templateMatchesAuthority(const QString &issuerTemplate, const QUrl &authority);

// Microsoft Entra ID names a tenant by domain ("contoso.onmicrosoft.com") or
// as "consumers" in the authority, but its discovery document gives the
// tenant's GUID in the issuer. True when `issuer` is `authority` with exactly
// that one path segment changed from such an alias to a GUID.
bool isTenantAliasOf(const QString &issuer, const QUrl &authority);

// The template with `tenantId` put in; empty when the tenant id could smuggle
// in another path (anything beyond letters, digits, '-', '.' and '_').
QString resolve(const QString &issuerTemplate, const QString &tenantId);

// The tenant id a concrete issuer names under the template, or empty.
QString tenantOf(const QString &issuerTemplate, const QString &issuer);

// True when `issuer` is the discovery document's issuer, or, for a
// multi-tenant document, that template with one valid tenant id put in.
bool belongsTo(const QString &discoveryIssuer, const QString &issuer);

} // namespace TenantIssuer
} // namespace QtSignIn
