#!/usr/bin/env bash
# e2e.cli_completion.*: qtsignin's shell completion and man page as people
# meet them. Each check runs the real shell (or man) on the files the build
# generated (app/cli/GenerateReference.cmake, installed by the packages) and
# compares with what the live program takes: `qtsignin CMD --help` is the
# parser's own list of options.
#
# Usage: cli_completion.sh CHECK QTSIGNIN REFERENCE_DIR
#   CHECK: usage, bash, zsh, fish or man
set -euo pipefail

check=$1
qtsignin=$2
reference=$3
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C QT_QPA_PLATFORM=offscreen HOME=$work/home XDG_CONFIG_HOME=$work/config
mkdir -p "$HOME"

fail() { echo "FAIL: $*" >&2; exit 1; }
# A missing tool fails the check and names its Debian package (scripts/setup.sh installs it).
need() { command -v "$1" >/dev/null || fail "$1 not found: install the Debian package $2"; }
# Sorted, one a line, without empty lines.
lines() { printf '%s\n' "$@" | sed '/^$/d' | sort; }
same() { # WHAT EXPECTED ACTUAL
    [[ $2 == "$3" ]] || fail "$1:"$'\n'"expected:"$'\n'"$2"$'\n'"got:"$'\n'"$3"
}

# The commands `qtsignin --help` lists, and the long options of each.
commands() { "$qtsignin" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'; }
options_of() { "$qtsignin" "$1" --help | sed -n 's/^  \(-[^ ,]*, \)*\(--[a-z0-9-]*\).*/\2/p' | sort -u; }
# The loops below check each command and each option: a sed that stopped
# matching must not let them pass having checked none. Six commands today,
# and every command has at least --help.
command_list=$(commands)
(( $(wc -w <<<"$command_list") >= 6 )) || fail "qtsignin --help lists only these commands: $command_list"
# options_of COMMAND into $options, failing when it finds none.
read_options_of() {
    options=$(options_of "$1")
    [[ -n $options ]] || fail "no options found in 'qtsignin $1 --help'"
}

# A file for the file-name completions to find.
touch "$work/secret-file"

case $check in
usage)
    # As someone meets `completion` for the first time.
    set +e
    out=$("$qtsignin" completion 2>"$work/err"); code=$?
    set -e
    [[ $code == 64 ]] || fail "qtsignin completion: exit $code, not 64"
    [[ -z $out ]] || fail "qtsignin completion printed to stdout: $out"
    grep -q "bash, zsh or fish" "$work/err" || fail "qtsignin completion: $(cat "$work/err")"
    echo "qtsignin completion -> 64: $(cat "$work/err")"
    set +e
    "$qtsignin" completion tcsh >/dev/null 2>"$work/err"; code=$?
    set -e
    [[ $code == 64 ]] || fail "qtsignin completion tcsh: exit $code, not 64"
    grep -q '"tcsh".*bash, zsh or fish' "$work/err" || fail "qtsignin completion tcsh: $(cat "$work/err")"
    echo "qtsignin completion tcsh -> 64: $(cat "$work/err")"
    set +e
    "$qtsignin" completion bash zsh >/dev/null 2>"$work/err"; code=$?
    set -e
    [[ $code == 64 ]] || fail "qtsignin completion bash zsh: exit $code, not 64"
    "$qtsignin" completion --help | grep -q 'source <(qtsignin completion bash)' \
        || fail "qtsignin completion --help does not say how to use it"
    "$qtsignin" --help | grep -q '^  completion ' || fail "qtsignin --help does not list completion"
    # The installed files are what the program prints now (the build is not stale).
    for shell in bash zsh fish; do
        file=$reference/$shell/$(case $shell in bash) echo qtsignin ;; zsh) echo _qtsignin ;; fish) echo qtsignin.fish ;; esac)
        cmp -s <("$qtsignin" completion "$shell") "$file" || fail "$file differs from 'qtsignin completion $shell'"
    done
    cmp -s <(SOURCE_DATE_EPOCH=0 "$qtsignin" --man | grep -v '^\.TH') <(gzip -dc "$reference/man/qtsignin.1.gz" | grep -v '^\.TH') \
        || fail "qtsignin.1.gz differs from 'qtsignin --man'"
    ;;

bash)
    script=$reference/bash/qtsignin
    bash -n "$script" || fail "bash -n $script"
    # complete WORD...: what _qtsignin offers for the last word, as bash
    # would call it (COMP_WORDS, COMP_CWORD; COMP_LINE unset).
    complete() {
        bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
                 _qtsignin; printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$@" | sed '/^$/d' | sort
    }
    # complete_line LINE: as bash calls it for the line typed up to the
    # cursor, with its own word splitting at COMP_WORDBREAKS (':', '=').
    complete_line() {
        bash -c 'source "$1"; COMP_LINE=$2; COMP_POINT=${#2}
                 # bash: read -a and split at the word breaks, as readline does
                 words=() word=
                 for ((i = 0; i < ${#2}; i++)); do
                     c=${2:i:1}
                     if [[ $c == [[:space:]] ]]; then [[ -n $word ]] && words+=("$word"); word=
                     elif [[ $c == [=:] ]]; then [[ -n $word ]] && words+=("$word"); words+=("$c"); word=
                     else word+=$c; fi
                 done
                 words+=("$word")
                 # "=" or ":" with nothing after it is the word being completed
                 [[ ${words[-1]} == "" && ${words[-2]} == [=:] ]] && unset "words[-1]"
                 COMP_WORDS=("${words[@]}"); COMP_CWORD=$((${#words[@]} - 1))
                 _qtsignin; printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$1" | sed '/^$/d' | sort
    }
    bash -c 'source "$1"; complete -p qtsignin' _ "$script" | grep -q -- '-F _qtsignin qtsignin' \
        || fail "the script does not register _qtsignin for qtsignin"
    same "qtsignin lo<TAB>" "$(lines login logout)" "$(complete qtsignin lo)"
    same "qtsignin login --ca<TAB>" "--cache" "$(complete qtsignin login --ca)"
    same "qtsignin token --format <TAB>" "$(lines header json token)" "$(complete qtsignin token --format '')"
    same "qtsignin completion <TAB>" "$(lines bash fish zsh)" "$(complete qtsignin completion '')"
    same "qtsignin <TAB>" "$(lines $command_list --help --version)" "$(complete qtsignin '')"
    same "qtsignin login --client-secret-file .../secret-f<TAB>" "$work/secret-file" \
        "$(complete qtsignin login --client-secret-file "$work/secret-f")"
    same "qtsignin login --authority <TAB> (a URL: nothing to offer)" "" "$(complete qtsignin login --authority '')"
    same "qtsignin login -mode e<TAB> (one dash)" "embedded" "$(complete qtsignin login -mode e)"
    # As bash really splits: --format=<TAB> and --cache file:PATH replace only
    # what follows '=' or ':'.
    same "qtsignin token --format=<TAB>" "$(lines header json token)" "$(complete_line 'qtsignin token --format=')"
    same "qtsignin token --format=he<TAB>" "header" "$(complete_line 'qtsignin token --format=he')"
    same "qtsignin login --cache fi<TAB>" "file:" "$(complete_line 'qtsignin login --cache fi')"
    same "qtsignin login --cache file:.../secret-f<TAB>" "$work/secret-file" \
        "$(complete_line "qtsignin login --cache file:$work/secret-f")"
    same "qtsignin login --cache=file:.../secret-f<TAB>" "$work/secret-file" \
        "$(complete_line "qtsignin login --cache=file:$work/secret-f")"
    same "qtsignin login --json --v<TAB>" "--verbose" "$(complete_line 'qtsignin login --json --v')"
    # Every option the parser takes, for each command, and nothing else.
    for command in $command_list; do
        read_options_of "$command"
        same "qtsignin $command --<TAB>" "$options" "$(complete qtsignin "$command" --)"
    done
    ;;

zsh)
    need zsh zsh
    script=$reference/zsh/_qtsignin
    zsh -n "$script" || fail "zsh -n $script"
    head -1 "$script" | grep -qx '#compdef qtsignin' || fail "$script does not start with #compdef qtsignin"
    # What zsh really offers: an interactive zsh in a pseudo-terminal
    # (zpty) with compinit and the script on its fpath, compadd wrapped to
    # print each match, and the line completed by a widget bound to ^T.
    mkdir -p "$work/zsh-functions"
    cp "$script" "$work/zsh-functions/"
    cat >"$work/capture.zsh" <<'CAPTURE'
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT= RPROMPT=; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D"
# The markers are written in two pieces: the terminal echoes these lines.
zpty -w z 'compadd() { local -a hits; builtin compadd -A hits "$@"; local h; for h in $hits; do print -r -- "<HI""T>$h"; done; builtin compadd "$@" }'
zpty -w z 'capture() { zle complete-word; print -r -- "<DO""NE>" }; zle -N capture; bindkey "^T" capture'
zpty -w z "$2"$'\x14'
out=
while zpty -r z line; do
    out+=$line
    [[ $line == *"<DONE>"* ]] && break
done
zpty -d z
print -r -- $out | tr -d '\r' | grep -ao '<HIT>[^<]*' | sed 's/<HIT>//'
CAPTURE
    # complete LINE: the matches, without compadd's own option words (-J -default-).
    complete() {
        timeout 60 zsh -f "$work/capture.zsh" "$work/zsh-functions" "$1" | grep -v -- '^-[^-]' | sed '/^$/d' | sort -u
    }
    same "zsh: qtsignin lo<TAB>" "$(lines login logout)" "$(complete 'qtsignin lo')"
    same "zsh: qtsignin login --ca<TAB>" "--cache" "$(complete 'qtsignin login --ca')"
    same "zsh: qtsignin token --format <TAB>" "$(lines header json token)" "$(complete 'qtsignin token --format ')"
    same "zsh: qtsignin token --format=h<TAB>" "header" "$(complete 'qtsignin token --format=h')"
    same "zsh: qtsignin completion <TAB>" "$(lines bash fish zsh)" "$(complete 'qtsignin completion ')"
    same "zsh: qtsignin login --cache <TAB>" "$(lines file: keychain memory)" "$(complete 'qtsignin login --cache ')"
    same "zsh: qtsignin login --cache file:.../secret-f<TAB>" "secret-file" \
        "$(complete "qtsignin login --cache file:$work/secret-f" | grep -x secret-file)"
    for command in $command_list; do
        read_options_of "$command"
        same "zsh: qtsignin $command --<TAB>" "$options" "$(complete "qtsignin $command --")"
    done
    ;;

fish)
    need fish fish
    script=$reference/fish/qtsignin.fish
    fish --no-config -n "$script" || fail "fish -n $script"
    # What fish offers for the line (complete -C), names only.
    complete() {
        fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$script" "$1" | cut -f1 | sed '/^$/d' | sort
    }
    same "fish: qtsignin lo<TAB>" "$(lines login logout)" "$(complete 'qtsignin lo')"
    same "fish: qtsignin login --ca<TAB>" "--cache" "$(complete 'qtsignin login --ca')"
    same "fish: qtsignin token --format <TAB>" "$(lines header json token)" "$(complete 'qtsignin token --format ')"
    same "fish: qtsignin completion <TAB>" "$(lines bash fish zsh)" "$(complete 'qtsignin completion ')"
    same "fish: qtsignin login --cache <TAB>" "$(lines file: keychain memory)" "$(complete 'qtsignin login --cache ')"
    same "fish: qtsignin login --cache file:.../secret-f<TAB>" "file:$work/secret-file" \
        "$(complete "qtsignin login --cache file:$work/secret-f")"
    same "fish: qtsignin login --client-secret-file .../secret-f<TAB>" "$work/secret-file" \
        "$(complete "qtsignin login --client-secret-file $work/secret-f")"
    for command in $command_list; do
        read_options_of "$command"
        same "fish: qtsignin $command --<TAB>" "$options" "$(complete "qtsignin $command --")"
    done
    ;;

man)
    page=$reference/man/qtsignin.1.gz
    gzip -t "$page" || fail "$page is not gzip"
    # groff's every warning (-ww), on the page as man(1) formats it.
    gzip -dc "$page" | groff -ww -man -Tutf8 -z 2>"$work/groff" || fail "groff: $(cat "$work/groff")"
    [[ ! -s $work/groff ]] || fail "groff -ww warns:"$'\n'"$(cat "$work/groff")"
    need mandoc mandoc
    gzip -dc "$page" | mandoc -Tlint -Wwarning >"$work/mandoc" 2>&1 || true
    [[ ! -s $work/mandoc ]] || fail "mandoc -Tlint warns:"$'\n'"$(cat "$work/mandoc")"
    MANWIDTH=100 man --warnings -l "$page" >"$work/page.txt" 2>"$work/man" || fail "man -l: $(cat "$work/man")"
    [[ ! -s $work/man ]] || fail "man -l warns:"$'\n'"$(cat "$work/man")"
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS ENVIRONMENT FILES "EXIT STATUS" EXAMPLES; do
        grep -qx "$section" "$work/page.txt" || fail "the man page has no $section section"
    done
    for text in QTSIGNIN_CLIENT_SECRET BROWSER '$XDG_CONFIG_HOME/qtsignin/profiles/NAME.json'; do
        grep -qF -- "$text" "$work/page.txt" || fail "the man page does not mention $text"
    done
    # Every exit code ExitCode.h names, read from it: a new code fails here
    # until the page documents it.
    exit_codes=$(sed -n 's/^ *Exit[A-Za-z]* *= *\([0-9][0-9]*\),.*/\1/p' "$source_dir/app/cli/ExitCode.h")
    # Ten today: a pattern that stopped matching must not pass with none.
    (( $(wc -w <<<"$exit_codes") >= 10 )) || fail "found only these exit codes in ExitCode.h: $exit_codes"
    for code in $exit_codes; do
        grep -qE "^ {7}$code( |\$)" "$work/page.txt" || fail "EXIT STATUS does not list $code"
    done
    for command in $command_list; do
        read_options_of "$command"
        grep -qE "^ {7}$command( |\$)" "$work/page.txt" || fail "COMMANDS does not list $command"
        # Every option, as it can be copied from the page (ASCII hyphens).
        for option in $options; do
            grep -qE -- "(^|[ ,])$option( |,|$)" "$work/page.txt" || fail "the man page lacks $option of $command"
        done
    done
    ;;

*)
    fail "unknown check $check"
    ;;
esac
echo "e2e.cli_completion.$check: passed"
