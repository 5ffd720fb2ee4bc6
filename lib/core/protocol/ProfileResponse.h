// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace QtSignIn {

// A plain OAuth 2.0 provider's profile endpoint answer (GitHub's GET /user):
// who the access token belongs to, by the members the configuration names.
// Nothing here is signed, so everything is untrusted input: the id must be
// a short string or a whole number, names are cut to a length a person can
// read and stripped of control and format characters.
struct ProfileResponse
{
    // The members to read, each list in order of preference.
    struct Fields
    {
        QStringList id;
        QStringList username;
        QStringList displayName;
    };

    QString id;
    QString username;
    QString displayName;
    QJsonObject profile; // the whole object, as SignInResult::userInfo()

    enum class Failure { None, Malformed, IdMissing };

    // False, with `failure` and `reason`, when `json` is not an object or no
    // id member holds a usable id.
    static bool parse(const QByteArray &json, const Fields &fields, ProfileResponse *response, Failure *failure,
                      QString *reason);

    static constexpr qsizetype maximumIdLength = 256;
    static constexpr qsizetype maximumNameLength = 256;
};

} // namespace QtSignIn
