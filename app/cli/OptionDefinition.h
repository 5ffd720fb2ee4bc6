// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QCommandLineOption>
#include <QtCore/QList>
#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

// One option of a qtsignin command as data: what the parser is given
// (QCommandLineParser cannot list its options), and what shell completion
// and the man page need to know about its value. Each options module
// (ClientOptions, LoginOptions, SessionOptions, ProfileOptions) lists its
// options as these, and its parser is built from that list alone, so an
// option added there reaches --help, completion and the man page at once.
class OptionDefinition
{
public:
    // What completion offers for the value.
    enum class ValueKind {
        None,     // a switch, no value
        Text,     // anything: nothing to offer
        File,     // a file's path
        Url,
        Command,  // a program, and its arguments
        Choice,   // one of choices()
    };

    // As QCommandLineOption takes them, so that a list of these reads like
    // the parser->addOptions({...}) it replaces. The value's kind follows
    // the value name shown in --help: PATH is a file, URL and URI a URL,
    // CMD a command; anything else is text. A description is required (a
    // lone string converting to an option would make {a, b, c} ambiguous).
    OptionDefinition(const QString &name, const QString &description,
                     const QString &valueName = QString(), const QString &defaultValue = QString());

    // The values it takes, for completion. A choice that ends in ':' goes
    // on with a file's path, as --cache file:PATH does. The parser's own
    // check of the value stays where it is; tst_cli_reference holds the two
    // together.
    OptionDefinition &withChoices(const QStringList &choices);
    // Accepted by the parser, never offered nor documented (--client-secret,
    // which is declared only to be refused with its reason).
    OptionDefinition &hidden();

    const QCommandLineOption &option() const { return m_option; }
    QString name() const { return m_option.names().constLast(); }
    QString description() const { return m_option.description(); }
    QString valueName() const { return m_option.valueName(); }
    bool takesValue() const { return !m_option.valueName().isEmpty(); }
    ValueKind valueKind() const;
    QStringList choices() const { return m_choices; }
    bool isHidden() const;

    static void addAll(QCommandLineParser *parser, const QList<OptionDefinition> &definitions);

private:
    QCommandLineOption m_option;
    QStringList m_choices;
};
