// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// qtsignin's completion for bash: the commands' options and their values as
// case statements, and a few fixed functions that use them.
#include "CommandLineReference.h"

#include <QtCore/QHash>

namespace CommandLineReference {

namespace {

using Kind = OptionDefinition::ValueKind;

// A word in single quotes, for bash.
QString quoted(const QString &word)
{
    QString text = word;
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// What completes the value of `option`; empty for an option without one.
QString valueAction(const OptionDefinition &option)
{
    switch (option.valueKind()) {
    case Kind::None: return QString();
    case Kind::Text:
    case Kind::Url: return QStringLiteral(":");
    case Kind::File: return QStringLiteral("_qtsignin_files \"$value\"");
    case Kind::Command: return QStringLiteral("COMPREPLY=($(compgen -c -- \"$value\"))");
    case Kind::Choice: {
        QStringList words;
        for (const QString &choice : option.choices())
            words.append(quoted(choice));
        return QStringLiteral("_qtsignin_choices \"$value\" ") + words.join(QLatin1Char(' '));
    }
    }
    return QString();
}

const char *const functions = R"(# The value of OPTION (--name) for COMMAND, as far as VALUE is typed, into
# COMPREPLY; fails when the option takes no value.
_qtsignin_value()
{
    local value=$3
    case "$1 $2" in
%1        *) return 1 ;;
    esac
    return 0
}

_qtsignin_files()
{
    compopt -o filenames 2>/dev/null || :
    COMPREPLY=($(compgen -f -- "$1"))
}

# VALUE, then the choices; one that ends in ':' goes on with a file's path
# (file:PATH).
_qtsignin_choices()
{
    local value=$1 choice
    shift
    for choice in "$@"; do
        if [[ $choice == *: && $value == "$choice"* ]]; then
            _qtsignin_files "${value#"$choice"}"
            COMPREPLY=("${COMPREPLY[@]/#/$choice}")
            return
        fi
    done
    COMPREPLY=($(compgen -W "$*" -- "$value"))
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *: ]]; then
        compopt -o nospace 2>/dev/null || :
    fi
}

_qtsignin()
{
    local words cword
    if [[ -n ${COMP_LINE-} ]]; then
        # The words as typed: bash splits "--cache=file:PATH" at '=' and ':'
        # (COMP_WORDBREAKS), qtsignin takes it whole.
        local line=${COMP_LINE:0:COMP_POINT}
        read -ra words <<<"$line"
        [[ ${#words[@]} -eq 0 || $line == *[[:space:]] ]] && words+=("")
    else
        words=("${COMP_WORDS[@]:0:COMP_CWORD+1}")
    fi
    cword=$((${#words[@]} - 1))
    local word=${words[cword]} prev=${words[cword-1]}
    COMPREPLY=()
    if ((cword == 1)); then
        COMPREPLY=($(compgen -W %2 -- "$word"))
    else
        local options arguments
        case ${words[1]} in
%3            *) return 0 ;;
        esac
        # --name VALUE or --name=VALUE; -name is read as --name.
        local option=$prev value=$word lead=
        if [[ $word == -*=* ]]; then
            option=${word%%=*} value=${word#*=} lead=$option=
        fi
        [[ $option == -[!-]* ]] && option=-$option
        if [[ $option == -* ]] && _qtsignin_value "${words[1]}" "$option" "$value"; then
            COMPREPLY=("${COMPREPLY[@]/#/$lead}")
        elif [[ -n $arguments && $word != -* ]]; then
            ((cword == 2)) && COMPREPLY=($(compgen -W "$arguments" -- "$word"))
        else
            COMPREPLY=($(compgen -W "$options" -- "$word"))
        fi
    fi
    # Bash replaces only what follows the last ':' or '=' it splits at.
    if [[ -n ${COMP_LINE-} ]]; then
        local breaks=${COMP_WORDBREAKS//[^=:]/}
        if [[ -n $breaks && $word == *[$breaks]* ]]; then
            local split=${word%"${word##*[$breaks]}"}
            COMPREPLY=("${COMPREPLY[@]#"$split"}")
        fi
    fi
    return 0
}

complete -F _qtsignin qtsignin
)";

} // namespace

QString bashCompletion(const QList<CliCommand> &commands)
{
    // Options that complete alike share a line, in the order they come.
    QStringList actions;
    QHash<QString, QStringList> patterns;
    QString commandCases;
    QStringList topLevel;
    for (const CliCommand &command : commands) {
        topLevel.append(command.name);
        QStringList names;
        for (const OptionDefinition &option : visibleOptions(command)) {
            names.append(QStringLiteral("--") + option.name());
            const QString action = valueAction(option);
            if (action.isEmpty())
                continue;
            if (!patterns.contains(action))
                actions.append(action);
            patterns[action].append(quoted(command.name + QStringLiteral(" --") + option.name()));
        }
        commandCases += QStringLiteral("            %1) options=%2 arguments=%3 ;;\n")
                                .arg(quoted(command.name), quoted(names.join(QLatin1Char(' '))),
                                     quoted(command.arguments.join(QLatin1Char(' '))));
    }
    topLevel << QStringLiteral("--help") << QStringLiteral("--version");
    QString valueCases;
    for (const QString &action : std::as_const(actions)) {
        valueCases += QStringLiteral("        %1)\n            %2 ;;\n")
                              .arg(patterns.value(action).join(QLatin1String("|\\\n        ")), action);
    }
    return QStringLiteral("# bash completion for qtsignin                             -*- shell-script -*-\n"
                          "# Generated by 'qtsignin completion bash' from the options qtsignin parses.\n"
                          "# Packages install it as share/bash-completion/completions/qtsignin; for\n"
                          "# this shell only: source <(qtsignin completion bash)\n\n")
            + QString::fromLatin1(functions).arg(valueCases, quoted(topLevel.join(QLatin1Char(' '))), commandCases);
}

} // namespace CommandLineReference
