// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The command line's reference (app/cli): the option definitions that shell
// completion and the man page are written from are the options the parsers
// take, and the generated texts name every one of them.
// tests/e2e/cli_completion.sh then runs the scripts in the shells.

#include "CliCommand.h"
#include "CommandLineReference.h"
#include "DoctorOptions.h"
#include "LoginOptions.h"
#include "ProfileStore.h"
#include "SessionOptions.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QHash>
#include <QtTest/QTest>

namespace {

// `command` parsed by its own parser, as main() would: true when it took
// the arguments (a usage error fills `error`).
bool parseCommand(const QString &command, const QStringList &arguments, const ProfileStore &profiles,
                  QString *error, bool *help)
{
    if (command == QLatin1String("login")) {
        LoginOptions options;
        return LoginOptions::parse(arguments, &options, error, help, profiles);
    }
    if (command == QLatin1String("doctor")) {
        DoctorOptions options;
        return DoctorOptions::parse(arguments, &options, error, help, profiles);
    }
    using Session = SessionOptions::Command;
    for (Session session : {Session::Token, Session::Accounts, Session::Logout}) {
        if (SessionOptions::commandName(session) == command) {
            SessionOptions options;
            return SessionOptions::parse(session, arguments, &options, error, help, profiles);
        }
    }
    *error = QStringLiteral("the test does not know how to parse \"%1\"").arg(command);
    return false;
}

QString helpText(const QString &command)
{
    if (command == QLatin1String("login"))
        return LoginOptions::helpText();
    if (command == QLatin1String("doctor"))
        return DoctorOptions::helpText();
    using Session = SessionOptions::Command;
    for (Session session : {Session::Token, Session::Accounts, Session::Logout}) {
        if (SessionOptions::commandName(session) == command)
            return SessionOptions::helpText(session);
    }
    return QString();
}

// The commands that have options of their own (`completion` has none).
QList<CliCommand> commandsWithOptions()
{
    QList<CliCommand> commands = CliCommand::all();
    commands.removeIf([](const CliCommand &command) { return command.options.isEmpty(); });
    return commands;
}

// The long options --help lists: "  --name <VALUE>  text" or "  -h, --help ...".
QStringList optionsInHelp(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("^  (?:-\\S+, )*--([a-z0-9-]+)"),
                                           QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = option.globalMatch(help); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

// The man page's lines of `command`: its own section and the shared one.
QString manPageSectionsOf(const QString &page, const QString &command)
{
    QString sections;
    const QRegularExpression shared(QStringLiteral("^\\.SS \"Options of .*\\b%1\\b").arg(command));
    bool inside = false;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SS")) || line.startsWith(QLatin1String(".SH")))
            inside = line == QStringLiteral(".SS \"qtsignin %1\"").arg(command) || line.contains(shared);
        else if (inside)
            sections += line + QLatin1Char('\n');
    }
    return sections;
}

} // namespace

class tst_CliReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheDefinitionsExactly_data();
    void helpListsTheDefinitionsExactly();
    void parserAcceptsEveryChoice_data();
    void parserAcceptsEveryChoice();
    void generatedTextsNameEveryOptionOfEachCommand_data();
    void generatedTextsNameEveryOptionOfEachCommand();
    void hiddenOptionsAreNeitherOfferedNorDocumented();
    void everyCommandIsOfferedAndDocumented();
    void manPageWritesOptionsWithMinusSigns();
    void summaryIsTheFirstSentence_data();
    void summaryIsTheFirstSentence();

private:
    QTemporaryDir m_profiles;
};

void tst_CliReference::initTestCase()
{
    QVERIFY(m_profiles.isValid());
    // --client-auth-method basic and post need a secret.
    qputenv("QTSIGNIN_CLIENT_SECRET", "test-secret");
    qunsetenv("BROWSER");
}

void tst_CliReference::helpListsTheDefinitionsExactly_data()
{
    QTest::addColumn<QString>("command");
    for (const CliCommand &command : commandsWithOptions())
        QTest::newRow(qPrintable(command.name)) << command.name;
}

// --help is the parser's own list, so an option added to the parser
// without a definition (which completion and the man page would miss)
// shows here.
void tst_CliReference::helpListsTheDefinitionsExactly()
{
    QFETCH(QString, command);
    QStringList defined;
    for (const OptionDefinition &option : CommandLineReference::visibleOptions(*CliCommand::find(command)))
        defined.append(option.name());
    QStringList listed = optionsInHelp(helpText(command));
    QVERIFY2(!listed.isEmpty(), qPrintable(helpText(command)));
    defined.sort();
    listed.sort();
    QCOMPARE(listed, defined);
}

void tst_CliReference::parserAcceptsEveryChoice_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    int choices = 0;
    for (const CliCommand &command : commandsWithOptions()) {
        for (const OptionDefinition &option : command.options) {
            for (const QString &choice : option.choices()) {
                // A choice that goes on with a path, with one.
                const QString value = choice.endsWith(QLatin1Char(':'))
                        ? choice + m_profiles.filePath(QStringLiteral("tokens.json"))
                        : choice;
                QTest::addRow("%s --%s %s", qPrintable(command.name), qPrintable(option.name()), qPrintable(value))
                        << command.name << option.name() << value;
                ++choices;
            }
        }
    }
    QVERIFY(choices > 0);
}

// Completion offers each choice; the option's own check must take it.
void tst_CliReference::parserAcceptsEveryChoice()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(QString, value);
    QStringList arguments{QStringLiteral("--authority"), QStringLiteral("https://login.example.com/"),
                          QStringLiteral("--client-id"), QStringLiteral("client-1"),
                          QStringLiteral("--") + option, value};
    // A preset that cannot do without its own option, with it.
    static const QHash<QString, QStringList> presetNeeds{
            {QStringLiteral("keycloak"), {QStringLiteral("--realm-url"), QStringLiteral("https://sso.example.com/realms/acme")}},
            {QStringLiteral("okta"), {QStringLiteral("--domain"), QStringLiteral("dev-123.okta.com")}},
            {QStringLiteral("auth0"), {QStringLiteral("--domain"), QStringLiteral("example.eu.auth0.com")}}};
    if (option == QLatin1String("provider"))
        arguments += presetNeeds.value(value);
    QString error;
    bool help = false;
    QVERIFY2(parseCommand(command, arguments, ProfileStore(m_profiles.path()), &error, &help), qPrintable(error));
    QVERIFY(!help);
}

void tst_CliReference::generatedTextsNameEveryOptionOfEachCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    for (const CliCommand &command : commandsWithOptions()) {
        for (const QString &option : optionsInHelp(helpText(command.name)))
            QTest::addRow("%s --%s", qPrintable(command.name), qPrintable(option)) << command.name << option;
    }
}

// Each option as each text names it for its command. Whether the shells
// offer them is tests/e2e/cli_completion.sh's to check.
void tst_CliReference::generatedTextsNameEveryOptionOfEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const QList<CliCommand> commands = CliCommand::all();

    const QString bash = CommandLineReference::bashCompletion(commands);
    const QRegularExpression bashOptions(
            QStringLiteral("^ +'%1'\\) options='([^']*)'").arg(command), QRegularExpression::MultilineOption);
    const QStringList offered = bashOptions.match(bash).captured(1).split(QLatin1Char(' '));
    QVERIFY2(offered.contains(QStringLiteral("--") + option), qPrintable(offered.join(QLatin1Char(' '))));

    const QString zsh = CommandLineReference::zshCompletion(commands);
    const qsizetype zshCase = zsh.indexOf(QStringLiteral("\n        %1)\n").arg(command));
    QVERIFY(zshCase >= 0);
    const QString zshSpecifications = zsh.mid(zshCase, zsh.indexOf(QLatin1String(";;"), zshCase) - zshCase);
    QVERIFY2(zshSpecifications.contains(QRegularExpression(QStringLiteral("--%1[=\\[]").arg(option))),
             qPrintable(zshSpecifications));

    const QString fish = CommandLineReference::fishCompletion(commands);
    QVERIFY(fish.contains(QRegularExpression(
            QStringLiteral("^complete -c qtsignin -n '__qtsignin_using %1'( -s h)? -l %2 ")
                    .arg(command, QRegularExpression::escape(option)),
            QRegularExpression::MultilineOption)));

    const QString man = CommandLineReference::manPage(commands, QStringLiteral("1.0"), QDate(2026, 1, 1));
    QString roffName = QStringLiteral("--") + option;
    roffName.replace(QLatin1Char('-'), QLatin1String("\\-"));
    QVERIFY2(manPageSectionsOf(man, command).contains(QRegularExpression(
                     QStringLiteral("^\\.B[IR]? (.* )?%1( |$)").arg(QRegularExpression::escape(roffName)),
                     QRegularExpression::MultilineOption)),
             qPrintable(manPageSectionsOf(man, command)));
}

// --client-secret is declared only to be refused with its reason.
void tst_CliReference::hiddenOptionsAreNeitherOfferedNorDocumented()
{
    const QList<CliCommand> commands = CliCommand::all();
    bool found = false;
    for (const CliCommand &command : commands) {
        for (const OptionDefinition &option : command.options)
            found = found || (option.name() == QLatin1String("client-secret") && option.isHidden());
    }
    QVERIFY(found);
    // --client-secret, in roff \-\-client\-secret, but not --client-secret-file
    const QRegularExpression secret(QStringLiteral("-(\\\\)?-client(\\\\)?-secret(?!(\\\\)?-file)"));
    QVERIFY(!CommandLineReference::bashCompletion(commands).contains(secret));
    QVERIFY(!CommandLineReference::zshCompletion(commands).contains(secret));
    QVERIFY(!CommandLineReference::fishCompletion(commands).contains(secret));
    QVERIFY(!CommandLineReference::manPage(commands, QStringLiteral("1.0"), QDate(2026, 1, 1)).contains(secret));
}

void tst_CliReference::everyCommandIsOfferedAndDocumented()
{
    const QList<CliCommand> commands = CliCommand::all();
    const QString bash = CommandLineReference::bashCompletion(commands);
    const QString zsh = CommandLineReference::zshCompletion(commands);
    const QString fish = CommandLineReference::fishCompletion(commands);
    const QString man = CommandLineReference::manPage(commands, QStringLiteral("1.0"), QDate(2026, 1, 1));
    for (const CliCommand &command : commands) {
        QVERIFY2(bash.contains(QRegularExpression(QStringLiteral("compgen -W '[^']*\\b%1\\b").arg(command.name))),
                 qPrintable(command.name));
        QVERIFY2(zsh.contains(QStringLiteral("    '%1:").arg(command.name)), qPrintable(command.name));
        QVERIFY2(fish.contains(QStringLiteral("-n 'not __qtsignin_command' -a %1 ").arg(command.name)),
                 qPrintable(command.name));
        QVERIFY2(man.contains(QStringLiteral(".TP\n.B %1\n").arg(command.name)), qPrintable(command.name));
        QVERIFY2(man.contains(QStringLiteral(".B qtsignin %1\n").arg(command.name)), qPrintable(command.name));
    }
}

// An option set with hyphens would copy as U+2010 from a UTF-8 terminal.
void tst_CliReference::manPageWritesOptionsWithMinusSigns()
{
    const QString man = CommandLineReference::manPage(CliCommand::all(), QStringLiteral("1.0"), QDate(2026, 1, 1));
    QVERIFY(man.contains(QLatin1String(".BI \\-\\-client\\-secret\\-file \" PATH\"")));
    QVERIFY(man.contains(QLatin1String("unless \\-\\-browser\\-command is given")));
    QString text = man; // without the comment at the top
    text.remove(QRegularExpression(QStringLiteral("^\\.\\\\\".*\n"), QRegularExpression::MultilineOption));
    const QRegularExpressionMatch hyphen =
            QRegularExpression(QStringLiteral("^.*(^|[ (])--?[a-z].*$"), QRegularExpression::MultilineOption).match(text);
    QVERIFY2(!hyphen.hasMatch(), qPrintable(hyphen.captured()));
    QVERIFY(man.contains(QLatin1String("sign-in"))); // a hyphen in a word stays one
    QVERIFY(man.startsWith(QLatin1String(".\\\" Generated")));
    QVERIFY(man.contains(QLatin1String("\n.TH QTSIGNIN 1 2026-01-01 \"qtsignin 1.0\" \"User Commands\"\n")));
}

void tst_CliReference::summaryIsTheFirstSentence_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one sentence") << QStringLiteral("Seconds to wait for the keychain (default 30).")
                                  << QStringLiteral("Seconds to wait for the keychain (default 30)");
    QTest::newRow("two") << QStringLiteral("A file with the secret. Or set the variable.")
                         << QStringLiteral("A file with the secret");
    QTest::newRow("abbreviation") << QStringLiteral("The URI, e.g. http://localhost/.")
                                  << QStringLiteral("The URI, e.g. http://localhost/");
    QTest::newRow("no period") << QStringLiteral("Sign in") << QStringLiteral("Sign in");
}

void tst_CliReference::summaryIsTheFirstSentence()
{
    QFETCH(QString, description);
    QFETCH(QString, summary);
    QCOMPARE(CommandLineReference::summaryOf(description), summary);
}

QTEST_GUILESS_MAIN(tst_CliReference)
#include "tst_cli_reference.moc"
