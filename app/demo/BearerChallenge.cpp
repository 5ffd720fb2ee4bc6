// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "BearerChallenge.h"

#include <QtCore/QList>
#include <QtCore/QPair>

namespace {

// RFC 9110 §5.6.2 token characters.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
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

} // namespace

BearerChallenge BearerChallenge::parse(const QByteArray &header)
{
    Reader reader(header);
    while (!reader.atEnd()) {
        const QByteArray scheme = reader.token();
        if (scheme.isEmpty())
            return {};
        const bool bearer = scheme.compare("Bearer", Qt::CaseInsensitive) == 0;
        QList<QPair<QByteArray, QByteArray>> params;
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
                value = reader.token();
                if (value.isEmpty())
                    return {};
            }
            params.append({name.toLower(), value});
            if (!reader.take(',') && !reader.atEnd()) {
                // Two params without a comma: malformed.
                return {};
            }
        }
        if (!bearer)
            continue;
        BearerChallenge challenge;
        challenge.present = true;
        for (const auto &[name, value] : std::as_const(params)) {
            const QString text = QString::fromUtf8(value);
            if (name == "realm")
                challenge.realm = text;
            else if (name == "error")
                challenge.error = text;
            else if (name == "error_description")
                challenge.errorDescription = text;
            else if (name == "scope")
                challenge.scopes = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return challenge;
    }
    return {};
}
