#!/usr/bin/env bash
# package.docs: builds the `docs` target (Doxygen) and checks that every
# entry point got its page. Doxygen's warnings are printed, never fatal.
#
# Usage: docs.sh HTML_DIR, with QTSIGNIN_BUILD_DIR and CMAKE_COMMAND set.
set -euo pipefail

html=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$html"
"$CMAKE_COMMAND" --build "$QTSIGNIN_BUILD_DIR" --target docs || fail "the docs target failed"

pages=(index.html classQtSignIn_1_1SignInClient.html classQtSignIn_1_1SignInReply.html
       classQtSignIn_1_1ClientConfiguration.html classQtSignIn_1_1TokenStore.html
       classQtSignIn_1_1Secret.html)
[[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]] && pages+=(classQtSignIn_1_1EmbeddedUserAgent.html)
[[ $QTSIGNIN_EXPECT_TEST_KIT == ON ]] && pages+=(classQtSignIn_1_1TestProvider.html classQtSignIn_1_1HeadlessUserAgent.html)
for page in "${pages[@]}"; do
    [[ -s $html/$page ]] || fail "no $page in $html"
done
grep -q 'Where to start' "$html/index.html" || fail "index.html is not docs/mainpage.md"
echo "package.docs: $(find "$html" -name 'class*.html' | wc -l) class pages in $html"
