// Turns the measurements scripts/bench.sh collected (one JSON object a line)
// into BENCHMARKS.md: the machine, then tables of medians with the ratios to
// the alternatives and the targets, then how each number was taken.
//
//   node report.mjs RESULTS.jsonl

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const version = (name) => {
    try {
        return require(`${name}/package.json`).version;
    } catch {
        return 'unknown';
    }
};

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const pick = (predicate) => lines.filter(predicate);
const median = (values) => {
    const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
    if (!sorted.length) return undefined;
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medianOf = (entries, field) => median(entries.map((entry) => entry[field]));

const fixed = (value, digits) => value.toFixed(digits);
const ms = (value) => (value === undefined ? '–'
    : value < 1 ? `${fixed(value, 2)} ms` : value < 100 ? `${fixed(value, 1)} ms` : `${fixed(value, 0)} ms`);
const us = (value) => (value === undefined ? '–' : `${fixed(value, value < 10 ? 2 : 0)} µs`);
const mb = (kb) => (kb === undefined ? '–' : `${fixed(kb / 1024, 0)} MB`);
const times = (ratio) => (ratio === undefined || !Number.isFinite(ratio) ? '–' : `${fixed(ratio, ratio < 10 ? 1 : 0)}×`);
const ratio = (slow, fast) => (slow === undefined || fast === undefined || !fast ? undefined : slow / fast);
const verdict = (met) => (met === undefined ? 'not measured' : met ? '**met**' : '**missed**');
const count = (entries) => entries.length;

const machine = pick((entry) => entry.kind === 'machine').at(-1) ?? {};
const process_ = (name) => pick((entry) => entry.kind === 'process' && entry.name === name);
const launches = (name) => pick((entry) => entry.kind === 'launch' && entry.name === name);
const windows = (name) => pick((entry) => entry.kind === 'window' && entry.name === name);
const signIns = (client, metadata) => pick((entry) => entry.kind === 'signin' && entry.client === client
    && (!metadata || entry.metadata === metadata));
const one = (kind, client) => pick((entry) => entry.kind === kind && entry.client === client).at(-1);

// Silent rows.
const qtHit = one('cache_hit', 'qtsignin');
const msalHit = one('cache_hit', 'msal-node');
const msalHitPlugin = one('cache_hit_plugin', 'msal-node');
const qtHitGbench = one('cache_hit_gbench', 'qtsignin');
const qtRefresh = one('refresh', 'qtsignin');
const msalRefresh = one('refresh', 'msal-node');
const front = pick((entry) => entry.kind === 'front').at(-1);
const tokenMs = medianOf(process_('qtsignin_token'), 'wall_ms');
const msalProcessMs = medianOf(process_('msal_silent_process'), 'wall_ms');
const versionMs = medianOf(process_('qtsignin_version'), 'wall_ms');
const nodeMs = medianOf(process_('node_empty'), 'wall_ms');
const firstSilent = pick((entry) => entry.kind === 'first_silent');
const refreshProcessMs = medianOf(process_('qtsignin_token_refresh'), 'wall_ms');

// Interactive rows.
const qtCold = signIns('qtsignin', 'cold');
const qtWarm = signIns('qtsignin', 'warm');
const qna = signIns('qtnetworkauth');
const ours = (entries) => median(entries.map((entry) => entry.redirect_to_result_ms - entry.provider_after_redirect_ms));
const requestList = (entries) => {
    const last = entries.at(-1)?.requests;
    if (!last) return '';
    const names = { '/.well-known/openid-configuration': 'discovery', '/jwks': 'JWKS', '/token': 'token',
        'HEAD /auth': 'reachability check (HEAD, beside the browser, not waited for)' };
    return Object.keys(last).map((path) => names[path] ?? path).join(', ');
};
const requestCount = (entries) => median(entries.map((entry) => entry.request_count));
const msalRequests = pick((entry) => entry.kind === 'signin_requests').at(-1)?.requests;

// Programs.
const launchWarmMemory = launches('login_warm_memory');
const launchWarmKeychain = launches('login_warm_keychain');
const launchCold = launches('login_cold_memory');
const cliEmbedded = windows('cli_embedded');
const appEmbedded = windows('app_embedded');
const demoBrowser = process_('demo_browser');
const demoEmbedded = process_('demo_embedded');
const demoMissing = pick((entry) => entry.kind === 'demo_missing').at(-1)?.reason;

const hitLead = ratio(msalHit?.median_us, qtHit?.median_us);
const processLead = ratio(msalProcessMs, tokenMs);
const warmRequests = requestCount(qtWarm);
// The requests a repeat sign-in waits for: all but the reachability check,
// which runs while the person is in the browser (a provider that is down is
// then reported at once, not after the interactive timeout).
const warmWaitedFor = warmRequests === undefined ? undefined
    : warmRequests - median(qtWarm.map((entry) => entry.requests?.['HEAD /auth'] ?? 0));
const demoMs = medianOf(demoBrowser, 'wall_ms');
const demoRss = medianOf(demoBrowser, 'rss_kb');

const out = [];
const row = (...cells) => out.push(`| ${cells.join(' | ')} |`);
const n = (entries) => `n = ${count(entries)}`;

out.push('# QtSignIn benchmarks', '');
out.push(`Generated by \`scripts/bench.sh\`${machine.smoke === 1 ? ' --smoke (one or two runs a row: not numbers to quote)' : ''} on ${machine.date}. `
    + 'Every number is a median; n is the number of runs (or calls) behind it.', '');
out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.kernel}; load average ${machine.load} when the run ended `
    + '(the machine is shared, so medians, and ratios taken in the same run, matter more than any single number). '
    + `Qt ${machine.qt} (Debian 12), Node.js ${machine.node}, Chromium ${machine.chromium}, oidc-provider ${version('oidc-provider')}, `
    + `@azure/msal-node ${version('@azure/msal-node')}, playwright-core ${version('playwright-core')}. `
    + 'QtSignIn built RelWithDebInfo (-O2 -g).', '');

out.push('## Staying signed in: QtSignIn and msal-node', '');
out.push('Microsoft\'s library for desktop apps in JavaScript, `@azure/msal-node` (`PublicClientApplication`, '
    + '`protocolMode: "OIDC"`), against the same local provider in the same run. "Lead" is msal-node\'s time over QtSignIn\'s.', '');
row('What', 'QtSignIn', 'msal-node', 'Lead', 'Target');
row('---', '---', '---', '---', '---');
row('Silent call answered from memory, in process',
    `${us(qtHit?.median_us)} (p99 ${us(qtHit?.p99_us)}; n = ${qtHit?.calls ?? 0})`,
    `${us(msalHit?.median_us)} (p99 ${us(msalHit?.p99_us)}; n = ${msalHit?.calls ?? 0})`,
    times(hitLead), `≤ 10 µs and ≥ 10× ahead: ${verdict(qtHit && msalHit ? qtHit.median_us <= 10 && hitLead >= 10 : undefined)}`);
row('… the same call measured by Google Benchmark (CPU time; median of the repetitions\' means)',
    `${us(qtHitGbench?.median_us)} (${qtHitGbench?.repetitions ?? 0} repetitions of ${qtHitGbench?.iterations ?? 0} calls)`,
    '–', '', '');
row('… msal-node with a file `cachePlugin` (consulted on every call)', '–',
    `${us(msalHitPlugin?.median_us)} (n = ${msalHitPlugin?.calls ?? 0})`, times(ratio(msalHitPlugin?.median_us, qtHit?.median_us)), '');
row('First call in a new process: start, read the token cache, one silent call, exit',
    `\`qtsignin token\`, keychain: ${ms(tokenMs)} (${n(process_('qtsignin_token'))})`,
    `node + msal-node, cache file: ${ms(msalProcessMs)} (${n(process_('msal_silent_process'))})`,
    times(processLead), `≥ 4×: ${verdict(tokenMs && msalProcessMs ? processLead >= 4 : undefined)}`);
row('… of which the library, in process: keychain read, then the silent call',
    `${ms(medianOf(firstSilent, 'total_ms'))} (keychain read ${ms(medianOf(firstSilent, 'keychain_read_ms'))}; ${n(firstSilent)})`, '–', '', '');
row('… `qtsignin accounts` (new process, keychain read, no token)',
    `${ms(medianOf(process_('qtsignin_accounts'), 'wall_ms'))} (${n(process_('qtsignin_accounts'))})`, '–', '', '');
// Issue 15's start-up target: the token call within 2× of a bare start.
const tokenOverVersion = ratio(tokenMs, versionMs);
row('… for scale: the bare runtime starting and exiting',
    `\`qtsignin --version\`: ${ms(versionMs)} (\`qtsignin token\` takes ${tokenOverVersion === undefined ? '–' : fixed(tokenOverVersion, 2)}× that)`,
    `\`node -e 0\`: ${ms(nodeMs)}`, '',
    `token ≤ 2× of it: ${verdict(tokenOverVersion === undefined ? undefined : tokenOverVersion <= 2)}`);
row('Refresh (`forceRefresh`), in process',
    `${ms(qtRefresh?.median_ms)} (provider ${ms(qtRefresh?.provider_median_ms)}; n = ${qtRefresh?.runs ?? 0})`,
    `${ms(msalRefresh?.median_ms)} (provider ${ms(msalRefresh?.provider_median_ms)}, through the TLS front ${ms(msalRefresh?.front_median_ms)}; n = ${msalRefresh?.runs ?? 0})`,
    times(ratio(msalRefresh?.median_ms, qtRefresh?.median_ms)), '');
row('`qtsignin token --force-refresh`: new process, keychain read, refresh, keychain write',
    `${ms(refreshProcessMs)} (${n(process_('qtsignin_token_refresh'))})`, '–', '', '');
out.push('');

out.push('## Interactive sign-in: QtSignIn and QtNetworkAuth', '');
out.push('The same sign-in against the same provider, written the way a Qt developer would without QtSignIn: Qt 6.4\'s '
    + '`QOAuth2AuthorizationCodeFlow` with `QOAuthHttpServerReplyHandler` ([tests/bench/qtnetworkauth_signin.cpp](tests/bench/qtnetworkauth_signin.cpp)). '
    + 'Headless Chromium plays the person for both; the two take turns, one sign-in each, '
    + `${count(qna)} rounds. The provider's own time is in brackets. "Ratio" is QtNetworkAuth's time over QtSignIn's.`, '');
row('What', 'QtSignIn', 'QtNetworkAuth', 'Ratio', 'Target');
row('---', '---', '---', '---', '---');
const withProvider = (total, provider) => `${ms(total)} (${provider ? `provider ${ms(provider)}` : 'no request'})`;
row('Call → browser launch, first run (discovery fetched)',
    withProvider(medianOf(qtCold, 'call_to_launch_ms'), medianOf(qtCold, 'provider_before_launch_ms')),
    `${withProvider(medianOf(qna, 'call_to_launch_ms'), medianOf(qna, 'provider_before_launch_ms'))}, the app fetching discovery`,
    times(ratio(medianOf(qna, 'call_to_launch_ms'), medianOf(qtCold, 'call_to_launch_ms'))), '');
row('Call → browser launch, second run (provider documents cached on disk)',
    withProvider(medianOf(qtWarm, 'call_to_launch_ms'), medianOf(qtWarm, 'provider_before_launch_ms')),
    `no cache: as above; \`grant()\` → launch alone ${ms(medianOf(qna, 'grant_to_launch_ms'))}`,
    times(ratio(medianOf(qna, 'call_to_launch_ms'), medianOf(qtWarm, 'call_to_launch_ms'))), '');
row('Redirect → result (token request; QtSignIn also validates the ID token), first run',
    withProvider(medianOf(qtCold, 'redirect_to_result_ms'), medianOf(qtCold, 'provider_after_redirect_ms')),
    withProvider(medianOf(qna, 'redirect_to_result_ms'), medianOf(qna, 'provider_after_redirect_ms')),
    times(ratio(medianOf(qna, 'redirect_to_result_ms'), medianOf(qtCold, 'redirect_to_result_ms'))), '');
row('Redirect → result, second run',
    withProvider(medianOf(qtWarm, 'redirect_to_result_ms'), medianOf(qtWarm, 'provider_after_redirect_ms')),
    'as above', times(ratio(medianOf(qna, 'redirect_to_result_ms'), medianOf(qtWarm, 'redirect_to_result_ms'))), '');
row('… the client\'s own part of it (redirect → result minus the provider\'s time), second run',
    ms(ours(qtWarm)), ms(ours(qna)), times(ratio(ours(qna), ours(qtWarm))), '');
row('Whole sign-in, call → result (mostly Chromium and the person\'s pages)',
    `${ms(medianOf(qtCold, 'total_ms'))} first, ${ms(medianOf(qtWarm, 'total_ms'))} second`, ms(medianOf(qna, 'total_ms')),
    '–', '');
const kitSignIns = pick((entry) => entry.kind === 'test_kit_signin');
row('Complete sign-in through QtSignIn::Test in process (authorization, token, ID-token validation, cache)',
    kitSignIns.length ? `${ms(medianOf(kitSignIns, 'total_ms'))} (n = ${count(kitSignIns)})` : 'not built (Qt HTTP Server)',
    '–', '', `≤ 20 ms: ${verdict(kitSignIns.length ? medianOf(kitSignIns, 'total_ms') <= 20 : undefined)}`);
row('HTTP requests by the client, first run',
    `${requestCount(qtCold) ?? '–'} (${requestList(qtCold)})`, `${requestCount(qna) ?? '–'} (${requestList(qna)})`, '', '');
row('HTTP requests by the client, second run',
    `${warmRequests ?? '–'} (${requestList(qtWarm)})`, `${requestCount(qna) ?? '–'} (${requestList(qna)})`, '',
    `≤ 1 waited for: ${verdict(warmWaitedFor === undefined ? undefined : warmWaitedFor <= 1)}`);
out.push('');
out.push(`Sample sizes: QtSignIn ${count(qtCold)} first and ${count(qtWarm)} second runs, QtNetworkAuth ${count(qna)} runs. `
    + `For comparison, msal-node's one sign-in in this run sent ${msalRequests ? Object.values(msalRequests).reduce((a, b) => a + b, 0) : '–'} `
    + `request(s) (${msalRequests ? Object.keys(msalRequests).join(', ') : '–'}): its discovery document was given in its configuration.`, '');

out.push('## Programs: start-up and memory', '');
row('Program', 'Time (median)', 'Peak RSS', 'Target');
row('---', '---', '---', '---');
row('`qtsignin --version` (process start, nothing else)', ms(versionMs), mb(medianOf(process_('qtsignin_version'), 'rss_kb')), '');
row('`qtsignin login`, start → browser launch, provider documents cached, `--cache memory`',
    ms(medianOf(launchWarmMemory, 'ms')), mb(medianOf(launchWarmMemory, 'rss_kb')),
    `≤ 50 ms: ${verdict(launchWarmMemory.length ? medianOf(launchWarmMemory, 'ms') <= 50 : undefined)}`);
row('… the same with the keychain (the default; read before the browser opens)',
    ms(medianOf(launchWarmKeychain, 'ms')), mb(medianOf(launchWarmKeychain, 'rss_kb')),
    `≤ 50 ms: ${verdict(launchWarmKeychain.length ? medianOf(launchWarmKeychain, 'ms') <= 50 : undefined)}`);
row('… first run (discovery fetched), `--cache memory`', ms(medianOf(launchCold, 'ms')), mb(medianOf(launchCold, 'rss_kb')), '');
row('`qtsignin login --mode embedded` (QtSignInWebEngine loaded at run time), start → the provider\'s login page parsed',
    ms(medianOf(cliEmbedded, 'ms')), `${mb(medianOf(cliEmbedded, 'rss_kb'))} (main process)`, '');
row('An app linking QtSignIn::WebEngine, start → first page loaded',
    ms(medianOf(appEmbedded, 'ms')),
    `${mb(medianOf(appEmbedded, 'rss_kb'))} (main process); PSS at first page ${mb(medianOf(appEmbedded, 'pss_main_kb'))} + renderer ${mb(medianOf(appEmbedded, 'pss_renderer_kb'))}`, '');
if (demoMissing) {
    row('`qtsignin-demo --exit-after-startup`', `(${demoMissing})`, '', '≤ 300 ms, ≤ 80 MB: not measured');
    row('`qtsignin-demo --exit-after-startup --preload-embedded`', `(${demoMissing})`, '', '');
} else {
    row('`qtsignin-demo --exit-after-startup` (start → main window shown → exit), browser mode, keychain',
        ms(demoMs), mb(demoRss), `≤ 300 ms, ≤ 80 MB: ${verdict(demoBrowser.length ? demoMs <= 300 && demoRss <= 80 * 1024 : undefined)}`);
    row('`qtsignin-demo --exit-after-startup --preload-embedded` (the embedded agent and Qt WebEngine\'s libraries loaded at start-up, no page yet)',
        ms(medianOf(demoEmbedded, 'wall_ms')), `${mb(medianOf(demoEmbedded, 'rss_kb'))} (main process)`, '');
}
out.push('');
out.push(`Sample sizes: ${n(process_('qtsignin_version'))} for \`--version\`, ${n(launchWarmMemory)} for each \`login\` row, `
    + `${n(cliEmbedded)} for the embedded rows, ${n(demoBrowser)} for each demo row.`, '');

// Signing in on another device: each sign-in's wait, in whole intervals
// (the provider's, 5 s unless it says otherwise), against its token polls.
const deviceCode = launches('login_device_code');
const deviceSignIns = pick((entry) => entry.kind === 'device_signin' && entry.polls > 0);
const deviceInterval = 5000;
out.push('## Signing in on another device (RFC 8628)', '');
row('What', 'QtSignIn', 'Target');
row('---', '---', '---');
row('`qtsignin login --mode device`, start → the code on screen (provider documents cached, `--cache memory`)',
    `${ms(medianOf(deviceCode, 'ms'))} (n = ${deviceCode.length})`, '');
const byIntervals = new Map();
for (const entry of deviceSignIns) {
    const intervals = Math.round(entry.wait_ms / deviceInterval);
    byIntervals.set(intervals, [...(byIntervals.get(intervals) ?? []), entry]);
}
for (const [intervals, entries] of [...byIntervals].sort((a, b) => a[0] - b[0])) {
    const most = Math.max(...entries.map((entry) => entry.polls));
    row(`Token polls of a sign-in approved after ${intervals} interval(s) of 5 s (code issued → tokens ${ms(median(entries.map((entry) => entry.wait_ms)))})`,
        `${most} at most (n = ${entries.length})`, `≤ ${intervals + 1}: ${verdict(most <= intervals + 1)}`);
}
out.push('');
out.push('The polls are the provider\'s own count of `POST /token` between its answer to the device authorization request '
    + 'and the answer that carried the tokens (its timing log); "the other device" is headless Chromium '
    + '(`tests/browser/signin.mjs --device --delay S`) confirming the code, signing in and consenting after S seconds.', '');

out.push('## How each number is taken', '');
out.push(
    '- **Clock.** Every instant is CLOCK_MONOTONIC (C++ `std::chrono::steady_clock`, node `process.hrtime`), so instants '
    + 'taken in different processes can be subtracted. Whole processes are run by `bench_run` (fork, exec, `wait4`): wall time '
    + 'from just before the fork to the reaping, peak RSS from `wait4`\'s `ru_maxrss` (the process itself, not its children).',
    '- **Provider\'s own time.** [tests/bench/provider-timing.mjs](tests/bench/provider-timing.mjs) is loaded into the provider '
    + 'with `node --import` (the provider is unchanged) and logs, per request, the instant node had parsed the request head and '
    + 'the instant the last byte of the answer went to the kernel. The provider\'s time in a segment is the sum over the client\'s '
    + 'requests (discovery, JWKS, token) that began in it. What remains is the client plus loopback TCP.',
    '- **Silent call from memory.** On the cache a real sign-in left: QtSignIn `acquireTokenSilent()` until the reply (already '
    + 'finished) has been read and deleted; msal-node `await acquireTokenSilent()` after 50 warm-up calls, in memory only '
    + '(no `cachePlugin`, its fastest set-up). QtSignIn keeps its cache in memory and reads the keychain once per process.',
    '- **First call in a new process.** `qtsignin token --scope api.read` with the token cache in the Secret Service '
    + '(gnome-keyring on a private D-Bus, [tests/keyring](tests/keyring)) against [silent-process.mjs](tests/bench/msal/silent-process.mjs): '
    + 'node starts, imports msal-node, reads the cache file a real sign-in wrote through a `cachePlugin`, answers one silent call. '
    + 'Neither touches the network (checked: both answer from the cache). msal-node\'s file is a plain JSON file; a keychain '
    + '(msal-node-extensions with libsecret) would only add to its time.',
    '- **msal-node set-up.** msal-node accepts only https authorities, so it talks to the provider through '
    + '[tls-front.mjs](tests/bench/msal/tls-front.mjs), a node https proxy on 127.0.0.1 with a throw-away CA made by openssl at '
    + 'run time (`NODE_EXTRA_CA_CERTS`). The discovery document, with its URLs moved to the front, is given as '
    + '`auth.authorityMetadata` and the front is a `knownAuthorities` entry. Its one real sign-in is `acquireTokenInteractive()` '
    + 'with [browser-standin.mjs](tests/bench/msal/browser-standin.mjs) as the browser (it signs in with fetch and posts the '
    + '`response_mode=form_post` form to msal-node\'s listener). The front adds the path `/` to msal-node\'s redirect URI '
    + '`http://localhost:PORT` in the authorization and token requests, because the local provider registers '
    + '`http://localhost/` and compares loopback redirect URIs as strings (port aside). '
    + `The front costs msal-node's refresh about ${ms(front?.overhead_ms)} a request on a kept-alive connection `
    + `(fetch through it ${ms(front?.fronted_ms)}, directly ${ms(front?.direct_ms)}); QtSignIn's refresh goes straight to the `
    + 'provider over http, so the refresh ratio flatters QtSignIn by about that much.',
    '- **Sign-in through QtSignIn::Test.** [tests/bench/test_kit_signin.cpp](tests/bench/test_kit_signin.cpp): one process '
    + 'holds a `TestProvider`, and for each sign-in a new `SignInClient` (memory token store, `HeadlessUserAgent`) signs in, '
    + 'from `signIn()` to `finished()`: discovery, JWKS, the authorization request and its redirect, the token request, '
    + 'ID-token validation and the cache, all over loopback HTTP; three sign-ins first, not counted. No browser, no Node.js.',
    '- **Interactive segments.** The browser launch is the instant the launcher is called, just before the browser process '
    + 'is started (QtSignIn: a `SystemBrowserUserAgent` launcher; QtNetworkAuth: the `authorizeWithBrowser` slot); the redirect '
    + 'is the instant the loopback listener hands it over (QtSignIn: `UserAgent::redirectReceived`, through a forwarding agent; '
    + 'QtNetworkAuth: `callbackReceived`); the result is `SignInReply::finished` and `QAbstractOAuth::granted`. A first run '
    + 'is a new client with an empty provider cache folder, the second a new client on the folder the first left: what two '
    + 'runs of an app do. Each client has its own `QNetworkAccessManager`, so no connection is reused between runs.',
    '- **What QtNetworkAuth does not do.** The local provider requires PKCE, which Qt 6.4 lacks: the comparator adds '
    + '`code_challenge` (S256) and `code_verifier` through `setModifyParametersFunction()`. It does not validate the ID '
    + 'token (no JWKS, signature, `nonce`, `iss` or `aud` check), does not check RFC 9207 `iss`, caches neither tokens nor '
    + 'provider documents (it fetches discovery at every sign-in), and is bound to 127.0.0.1 only because we asked '
    + '(its default is every interface). Its listener answers the browser with "Callback received" at once; QtSignIn '
    + 'holds its answer until the code is redeemed and the ID token checked, so the page tells the person the real outcome. '
    + 'So QtSignIn does more between redirect and result: the ID-token checks, storing the tokens, and in a first run '
    + 'fetching the JWKS; its own part of that segment is the price of those checks. The whole sign-in is mostly '
    + 'Chromium and the provider\'s pages, hence no ratio there.',
    '- **HTTP requests** are the provider\'s own per-path counters (`POST /test/stats/reset` before, `GET /test/stats` '
    + 'after each sign-in), without the browser\'s requests (`/auth`, the login and consent pages, the logo). '
    + 'QtSignIn\'s `HEAD /auth` is its own: when the provider documents come from a cache, it checks that the provider '
    + 'answers at all while the person is in the browser, so that a provider that is down is reported within seconds '
    + '(issue 13). Nothing waits for it; the target counts the requests a sign-in waits for.',
    '- **`qtsignin login` to the browser launch.** `bench_run` starts qtsignin; its `--browser-command` is `bench_stamp`, '
    + 'which writes the instant it starts running and exits; bench_run then ends qtsignin. So the row counts process '
    + 'start, loading the token cache (memory, or the keychain), the provider documents from disk (or from the provider), '
    + 'the loopback listener and the fork and exec of the browser.',
    '- **Embedded.** Offscreen (`QT_QPA_PLATFORM=offscreen`, `--disable-gpu`). The CLI has no way to load the embedded agent '
    + 'without signing in, so its row is `qtsignin login --mode embedded` from its start until WebEngine asks the provider '
    + 'for the login page\'s logo (the page has been parsed), read from the provider\'s timing log; then it is ended. The app '
    + 'linking QtSignIn::WebEngine is [embedded_first_page.cpp](tests/bench/embedded_first_page.cpp), until `pageLoaded`; '
    + 'its PSS (from `/proc/PID/smaps_rollup`) splits pages shared between processes among them, so it is lower '
    + 'while other Qt WebEngine processes run on the machine.',
    '- **Google Benchmark** measures the cache hit a second time, in the same process on the same cache: it chooses the '
    + 'number of calls itself and reports the median of its repetitions\' means. The other rows need the median of single '
    + 'calls, of whole processes and of sign-ins driven by a browser, which batch means cannot give; the small programs in '
    + '[tests/bench](tests/bench) take those. CI builds them all and runs `scripts/bench.sh --smoke` once '
    + '(`ctest -R bench.smoke`), asserting no time.',
);
out.push('');
console.log(out.join('\n'));
