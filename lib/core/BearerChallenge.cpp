// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/BearerChallenge.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QPair>

namespace QtSignIn {

class BearerChallengeData : public QSharedData
{
public:
    bool valid = false;
    BearerChallenge::Scheme scheme = BearerChallenge::Scheme::Bearer;
    QList<QPair<QString, QString>> parameters; // names lowercased, values as sent
    QJsonObject claims;

    QString value(QLatin1String name) const
    {
        for (const auto &[parameterName, parameterValue] : parameters) {
            if (parameterName == name)
                return parameterValue;
        }
        return QString();
    }
};

namespace {

// RFC 9110 §5.6.2 token characters.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// A token, or a token68 (RFC 9110 §11.2): how a base64 value may come unquoted.
bool isBareValueChar(char c)
{
    return isTokenChar(c) || c == '/';
}

class Reader
{
public:
    explicit Reader(const QByteArray &text) : m_text(text) {}

    bool atEnd() { skipSpace(); return m_pos >= m_text.size(); }
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QByteArray token()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isTokenChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // An unquoted value: a token, or a token68 with its '=' padding (an
    // unquoted base64 claims value).
    QByteArray bareValue()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isBareValueChar(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos > start) {
            while (m_pos < m_text.size() && m_text.at(m_pos) == '=')
                ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }
    // A quoted-string with backslash escapes; false when unterminated.
    bool quoted(QByteArray *value)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
            return false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return true;
            if (c == '\\') {
                if (m_pos >= m_text.size())
                    return false;
                value->append(m_text.at(m_pos++));
            } else {
                value->append(c);
            }
        }
        return false;
    }
    qsizetype position() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos) == ' ' || m_text.at(m_pos) == '\t'))
            ++m_pos;
    }
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// Entra documents the claims value as base64 and sends it padded
// ("eyJ...fQ=="); others send base64url. Both alphabets are taken, padding
// or not; anything else, or anything that is not a JSON object within the
// size cap, is no claims at all.
QJsonObject decodeClaims(const QString &value)
{
    if (value.isEmpty() || value.size() > BearerChallenge::maximumClaimsSize * 4 / 3 + 4)
        return QJsonObject();
    QByteArray encoded = value.toLatin1();
    encoded.replace('+', '-').replace('/', '_');
    while (encoded.endsWith('='))
        encoded.chop(1);
    const auto decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                    | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > BearerChallenge::maximumClaimsSize)
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QJsonObject();
    return document.object();
}

} // namespace

BearerChallenge::BearerChallenge() : d(new BearerChallengeData) {}
BearerChallenge::BearerChallenge(const BearerChallenge &other) = default;
BearerChallenge::BearerChallenge(BearerChallenge &&other) noexcept = default;
BearerChallenge &BearerChallenge::operator=(const BearerChallenge &other) = default;
BearerChallenge &BearerChallenge::operator=(BearerChallenge &&other) noexcept = default;
BearerChallenge::~BearerChallenge() = default;

BearerChallenge BearerChallenge::parse(const QByteArray &header)
{
    return parse(header, Scheme::Bearer);
}

QList<BearerChallenge> BearerChallenge::parseAll(const QByteArray &header)
{
    return parseAll(header, Scheme::Bearer);
}

BearerChallenge BearerChallenge::parse(const QByteArray &header, Scheme scheme)
{
    const QList<BearerChallenge> challenges = parseAll(header, scheme);
    return challenges.isEmpty() ? BearerChallenge() : challenges.first();
}

BearerChallenge::Scheme BearerChallenge::scheme() const { return d->scheme; }

QList<BearerChallenge> BearerChallenge::parseAll(const QByteArray &header, Scheme wanted)
{
    if (header.size() > maximumHeaderSize)
        return {};
    QList<BearerChallenge> challenges;
    Reader reader(header);
    while (!reader.atEnd()) {
        const QByteArray scheme = reader.token();
        if (scheme.isEmpty())
            return {};
        const bool bearer = scheme.compare(wanted == Scheme::DPoP ? "DPoP" : "Bearer", Qt::CaseInsensitive) == 0;
        QList<QPair<QString, QString>> parameters;
        // auth-params: name=value pairs separated by commas, until the next
        // scheme (a token not followed by '=') or the end.
        while (!reader.atEnd()) {
            const qsizetype mark = reader.position();
            const QByteArray name = reader.token();
            if (name.isEmpty()) {
                if (reader.take(','))
                    continue;
                return {};
            }
            if (!reader.take('=')) {
                reader.seek(mark); // the next challenge's scheme
                break;
            }
            QByteArray value;
            if (!reader.quoted(&value)) {
                value = reader.bareValue();
                if (value.isEmpty())
                    return {};
            }
            parameters.append({QString::fromLatin1(name.toLower()), QString::fromUtf8(value)});
            if (!reader.take(',') && !reader.atEnd()) {
                // Two params without a comma: malformed.
                return {};
            }
        }
        if (!bearer)
            continue;
        BearerChallenge challenge;
        challenge.d->valid = true;
        challenge.d->scheme = wanted;
        challenge.d->parameters = parameters;
        if (challenge.error() == Error::InsufficientClaims)
            challenge.d->claims = decodeClaims(challenge.d->value(QLatin1String("claims")));
        challenges.append(challenge);
    }
    return challenges;
}

bool BearerChallenge::isValid() const { return d->valid; }
QString BearerChallenge::realm() const { return d->value(QLatin1String("realm")); }
QString BearerChallenge::errorCode() const { return d->value(QLatin1String("error")); }
QString BearerChallenge::errorDescription() const { return d->value(QLatin1String("error_description")); }
QJsonObject BearerChallenge::claims() const { return d->claims; }

BearerChallenge::Error BearerChallenge::error() const
{
    const QString code = errorCode();
    if (code.isEmpty())
        return Error::None;
    if (code == QLatin1String("invalid_request"))
        return Error::InvalidRequest;
    if (code == QLatin1String("invalid_token"))
        return Error::InvalidToken;
    if (code == QLatin1String("insufficient_scope"))
        return Error::InsufficientScope;
    if (code == QLatin1String("insufficient_claims"))
        return Error::InsufficientClaims;
    if (code == QLatin1String("use_dpop_nonce") && d->scheme == Scheme::DPoP)
        return Error::UseDpopNonce;
    return Error::Other;
}

QStringList BearerChallenge::scopes() const
{
    return d->value(QLatin1String("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString BearerChallenge::parameter(const QString &name) const
{
    for (const auto &[parameterName, parameterValue] : d->parameters) {
        if (parameterName == name)
            return parameterValue;
    }
    return QString();
}

} // namespace QtSignIn
