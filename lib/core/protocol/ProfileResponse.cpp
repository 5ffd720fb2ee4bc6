// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProfileResponse.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonValue>

#include <cmath>

namespace QtSignIn {

namespace {

// Control and format characters (terminal escapes, bidirectional overrides)
// would let a profile disguise itself where a name is printed.
bool isInvisible(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

QString readableName(const QString &text)
{
    QString name;
    for (QChar c : text) {
        if (name.size() >= ProfileResponse::maximumNameLength)
            break;
        if (!isInvisible(c))
            name.append(c);
    }
    return name.trimmed();
}

// An id as text: a string, or a whole number (GitHub's user ids are JSON
// numbers) below 2^53, where doubles still hold every integer exactly.
QString idText(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > ProfileResponse::maximumIdLength)
            return QString();
        for (QChar c : text) {
            if (isInvisible(c) || c.isSpace())
                return QString();
        }
        return text;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) >= 9007199254740992.0)
            return QString();
        return QString::number(qint64(number));
    }
    return QString();
}

QString firstName(const QJsonObject &object, const QStringList &members)
{
    for (const QString &member : members) {
        const QJsonValue value = object.value(member);
        if (!value.isString())
            continue;
        const QString name = readableName(value.toString());
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

} // namespace

bool ProfileResponse::parse(const QByteArray &json, const Fields &fields, ProfileResponse *response,
                            Failure *failure, QString *reason)
{
    *response = ProfileResponse();
    *failure = Failure::None;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        *failure = Failure::Malformed;
        *reason = QStringLiteral("the profile is not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();
    for (const QString &member : fields.id) {
        response->id = idText(object.value(member));
        if (!response->id.isEmpty())
            break;
    }
    if (response->id.isEmpty()) {
        *failure = Failure::IdMissing;
        *reason = QStringLiteral("the profile has no usable id (looked for %1)").arg(fields.id.join(QLatin1String(", ")));
        return false;
    }
    response->username = firstName(object, fields.username);
    response->displayName = firstName(object, fields.displayName);
    response->profile = object;
    return true;
}

} // namespace QtSignIn
