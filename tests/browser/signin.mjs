// A person at a browser, for tests and headless demos: `qtsignin --browser-command`
// runs this with the authorization URL as the last argument. It opens the URL
// in Debian's Chromium (headless, through playwright-core), signs in on the
// local provider's pages, answers the consent page, and follows the redirect
// back to the app's loopback listener (the URL's redirect_uri), whose HTTP
// status and page text it prints to stderr ("[browser] ..."). Exit 0 once
// there; non-zero on any failure or after 60 s. Never prints a code or token.
//
//   node signin.mjs [--user NAME] [--password PW] [--consent allow|deny]
//                   [--screenshot FILE] [--wrong-state-first] [--junk] [--abuse]
//                   [--never-return] [--log FILE] [--record-urls FILE]
//                   [--device [--delay S]] URL
//
//   --user NAME          who signs in (default alice)
//   --password PW        default NAME-password; a refused sign-in is a failure
//   --consent allow|deny the consent page's button (default allow)
//   --screenshot FILE    a PNG of the page the redirect landed on
//   --wrong-state-first  once the login page is up, a second tab opens the
//                        redirect URI with ?code=bogus&state=wrong-state-value,
//                        then posts the same as a form (form_post), and
//                        reports the statuses; then the real flow goes on
//   --junk               first: GET /favicon.ico, /other/path and the bare
//                        redirect path, and a connection that sends nothing
//                        for 1 s, all to the redirect URI's origin
//   --abuse              hundreds of connections, garbage, a slow-loris request,
//                        an oversized header, a forged state while the person
//                        signs in; afterwards checks the listener has closed
//   --never-return       load the login page, then exit 0 without signing in
//   --log FILE           append every "[browser]" line to FILE as well; the
//                        last is "done: exit N" (env QTSIGNIN_TEST_BROWSER_LOG)
//   --record-urls FILE   write every request any page of the browser made,
//                        navigations included, one "METHOD URL" a line, to
//                        FILE (env QTSIGNIN_TEST_BROWSER_URLS): what the
//                        browser's history and network log saw. Parameter
//                        values of code and tokens are written as REDACTED,
//                        their names kept, so a test can tell whether a code
//                        was ever in a URL
//   --device             "the other device" of a device sign-in (RFC 8628): URL
//                        is the complete verification URI; confirm the code,
//                        sign in, answer the consent page, and exit 0 on the
//                        page that follows (the app learns the outcome by
//                        polling, not from this browser)
//   --delay S            wait S seconds before opening the URL
//
// Environment fallbacks: QTSIGNIN_TEST_USER, QTSIGNIN_TEST_PASSWORD,
// QTSIGNIN_TEST_CONSENT, QTSIGNIN_TEST_SCREENSHOT; CHROMIUM overrides
// /usr/bin/chromium. Chromium's profile and temporary files live in one
// scratch directory, removed at the end (also after a failure or SIGTERM).

import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { redirectUriOf } from './authorization-url.mjs';

const deadlineMs = 60_000;

function parseArguments(argv) {
    const options = {
        user: process.env.QTSIGNIN_TEST_USER ?? 'alice',
        password: process.env.QTSIGNIN_TEST_PASSWORD,
        consent: process.env.QTSIGNIN_TEST_CONSENT ?? 'allow',
        screenshot: process.env.QTSIGNIN_TEST_SCREENSHOT,
        wrongStateFirst: false,
        junk: false,
        abuse: false,
        neverReturn: false,
        device: false,
        delay: 0,
        recordUrls: process.env.QTSIGNIN_TEST_BROWSER_URLS || undefined,
    };
    const args = argv.slice(2);
    options.url = args.pop();
    for (let i = 0; i < args.length; ++i) {
        switch (args[i]) {
        case '--user': options.user = args[++i]; break;
        case '--password': options.password = args[++i]; break;
        case '--consent': options.consent = args[++i]; break;
        case '--screenshot': options.screenshot = args[++i]; break;
        case '--wrong-state-first': options.wrongStateFirst = true; break;
        case '--junk': options.junk = true; break;
        case '--abuse': options.abuse = true; break;
        case '--never-return': options.neverReturn = true; break;
        case '--log': logFile = args[++i]; break;
        case '--record-urls': options.recordUrls = args[++i]; break;
        case '--device': options.device = true; break;
        case '--delay': options.delay = Number(args[++i]); break;
        default: throw new Error(`unknown option ${args[i]}`);
        }
    }
    options.password ??= `${options.user}-password`;
    if (!['allow', 'deny'].includes(options.consent)) throw new Error(`--consent must be allow or deny, not ${options.consent}`);
    if (!options.url?.startsWith('http')) throw new Error('the last argument must be the authorization URL');
    if (!(options.delay >= 0 && options.delay <= 30)) throw new Error('--delay must be 0 to 30 seconds');
    return options;
}

// Every line goes to stderr and, with --log FILE (or QTSIGNIN_TEST_BROWSER_LOG),
// to FILE too: a test whose app exits before the browser does (its stderr
// pipe is gone by then) reads the rest there. The last line is "done: exit N".
let logFile = process.env.QTSIGNIN_TEST_BROWSER_LOG || undefined;
// Whoever started us may be gone, and the read end of our stderr with it.
process.stderr.on('error', () => {});
function say(message) {
    const line = `[browser] ${message}`;
    console.error(line);
    if (logFile) {
        try { appendFileSync(logFile, `${line}\n`); } catch { logFile = undefined; }
    }
}

// Never print a code or token, even in a test log.
function redact(url) {
    const parsed = new URL(url);
    for (const name of ['code', 'access_token', 'id_token', 'refresh_token']) {
        if (parsed.searchParams.has(name)) parsed.searchParams.set(name, 'REDACTED');
    }
    if (parsed.hash.length > 1) {
        // A fragment response (response_mode=fragment) carries them there.
        const fragment = new URLSearchParams(parsed.hash.slice(1));
        for (const name of ['code', 'access_token', 'id_token']) {
            if (fragment.has(name)) fragment.set(name, 'REDACTED');
        }
        parsed.hash = fragment.toString();
    }
    return parsed.toString();
}

// --record-urls: every request of every page in `context`, and every URL a
// frame navigated to (what history keeps), redacted, appended as they happen.
function recordUrls(context, file) {
    appendFileSync(file, '');
    const record = (method, url) => {
        if (!url.startsWith('http')) return;
        try { appendFileSync(file, `${method} ${redact(url)}\n`); } catch { /* the test reads what is there */ }
    };
    const watch = (page) => page.on('framenavigated', (frame) => record('NAVIGATED', frame.url()));
    context.on('request', (request) => record(request.method(), request.url()));
    context.on('page', watch);
}

// Requests a real browser and the rest of the machine may send to a loopback
// port: a favicon, a silent preconnect, another path, the bare redirect path.
async function sendJunk(redirect) {
    const origin = redirect.origin;
    for (const path of ['/favicon.ico', '/other/path', redirect.pathname]) {
        const response = await fetch(origin + path, { signal: AbortSignal.timeout(5000) }).catch((error) => ({ status: error.message }));
        say(`junk GET ${path} -> ${response.status}`);
    }
    await new Promise((resolve) => {
        const socket = connect(Number(redirect.port), redirect.hostname === 'localhost' ? '127.0.0.1' : redirect.hostname.replace(/^\[|\]$/g, ''));
        socket.on('error', () => resolve());
        socket.on('connect', () => setTimeout(() => { socket.destroy(); resolve(); }, 1000));
    });
    say('junk: an idle connection came and went');
}

function loopbackHost(redirect) {
    return redirect.hostname === 'localhost' ? '127.0.0.1' : redirect.hostname.replace(/^\[|\]$/g, '');
}

// Everything a hostile local process can throw at the loopback port while a
// real sign-in goes on: hundreds of connections, some silent and some
// sending garbage, a slow-loris request that never finishes its request line,
// an oversized header, wrong paths and a forged state. Returns a function that
// closes whatever is still open.
async function abuse(redirect) {
    const host = loopbackHost(redirect);
    const port = Number(redirect.port);
    const sockets = [];
    const open = (onConnect) => new Promise((resolve) => {
        const socket = connect(port, host);
        sockets.push(socket);
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.on('connect', () => { onConnect?.(socket); resolve(); });
    });
    const garbage = ['\x16\x03\x01\x00', 'GET', 'PRI * HTTP/2.0\r\n\r\n', 'POST / HTTP/1.1\r\n\r\n', '\0\0\0'];
    await Promise.all(Array.from({ length: 300 }, (_, i) =>
        open(i % 3 === 0 ? undefined : (socket) => socket.write(garbage[i % garbage.length]))));
    let slowLoris;
    await open((socket) => {
        const request = 'GET /?state=slow HTTP/1.1\r\nHost: 127.0.0.1\r\n';
        let sent = 0;
        slowLoris = setInterval(() => { if (sent < request.length) socket.write(request[sent++]); }, 300);
    });
    const statusOf = (response) => response.status ?? response;
    const oversized = await fetch(`${redirect.origin}${redirect.pathname}`, { headers: { 'X-Padding': 'a'.repeat(64 * 1024) } })
        .then(statusOf, (error) => `connection closed (${error.cause?.code ?? error.message})`);
    say(`abuse: an oversized header -> ${oversized}`);
    for (const target of ['/favicon.ico', '/other', `${redirect.pathname}?code=forged&state=forged`]) {
        const status = await fetch(`${redirect.origin}${target}`).then(statusOf, (error) => error.message);
        say(`abuse: GET ${target.replace(/code=[^&]*/, 'code=REDACTED')} -> ${status}`);
    }
    say(`abuse: ${sockets.length} connections opened, a slow-loris request under way`);
    return () => {
        clearInterval(slowLoris);
        for (const socket of sockets) socket.destroy();
    };
}

// After the sign-in the app must have stopped listening.
async function listenerClosed(redirect) {
    for (let attempt = 0; attempt < 20; ++attempt) {
        const refused = await new Promise((resolve) => {
            const socket = connect(Number(redirect.port), loopbackHost(redirect));
            socket.on('connect', () => { socket.destroy(); resolve(false); });
            socket.on('error', () => resolve(true));
        });
        if (refused) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
}

// Puts everything Chromium and playwright leave in the temporary directory
// (the profile, Chromium's singleton socket directory) in one directory of
// our own, removed at the end, even after a failure.
// A run that was killed outright leaves its directory behind: the next run
// removes those whose process is gone.
const realTmp = tmpdir();
for (const name of readdirSync(realTmp)) {
    const pid = Number(name.match(/^qtsignin-browser-(\d+)-/)?.[1]);
    if (!pid) continue;
    try {
        process.kill(pid, 0);
    } catch (error) {
        if (error.code === 'ESRCH') rmSync(join(realTmp, name), { recursive: true, force: true, maxRetries: 3 });
    }
}
const scratch = mkdtempSync(join(realTmp, `qtsignin-browser-${process.pid}-`));
process.env.TMPDIR = scratch;
let browser;

let cleaning;
function cleanUp() {
    cleaning ??= (async () => {
        if (browser) {
            await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
        }
        try {
            rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
        } catch (error) {
            say(`could not remove ${scratch}: ${error.message}`);
        }
    })();
    return cleaning;
}

// The first failure is the one reported; what follows from the cleanup is noise.
let failing = false;
async function fail(message) {
    if (!failing) {
        failing = true;
        say(`failed: ${message}`);
    }
    await cleanUp();
    say('done: exit 1');
    process.exit(1);
}

const oneLine = (text, max = 400) => {
    const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

// A forged response in a second tab: the real redirect's shape, a wrong
// state, sent both ways a response can come (a query, and a posted form as
// with response_mode=form_post, which a pushed request may not show in the URL).
async function sendWrongState(context, redirect) {
    const forged = new URL(redirect);
    forged.searchParams.set('code', 'bogus');
    forged.searchParams.set('state', 'wrong-state-value');
    const tab = await context.newPage();
    try {
        const response = await tab.goto(forged.toString(), { timeout: 10_000 });
        say(`wrong state first: ${forged} -> HTTP ${response?.status()}: ${oneLine(await tab.innerText('body').catch(() => ''), 200)}`);
        // From a blank page: the listener's own page allows no form to leave it.
        await tab.goto('about:blank');
        await tab.setContent(`<form method="post" action="${redirect}">`
            + '<input type="hidden" name="code" value="bogus">'
            + '<input type="hidden" name="state" value="wrong-state-value"></form>');
        const [posted] = await Promise.all([tab.waitForNavigation({ timeout: 10_000 }),
            tab.evaluate(() => document.forms[0].submit())]);
        say(`wrong state first, posted: ${redirect} state=wrong-state-value -> HTTP ${posted?.status()}`);
    } catch (error) {
        say(`wrong state first: ${forged} -> no page (${oneLine(error.message, 120)})`);
    } finally {
        await tab.close();
    }
}

// The device flow's pages at the local provider: oidc-provider's code
// confirmation page ("Continue"), then the provider's login and consent
// pages, then oidc-provider's success or error page, where this ends.
async function approveDevice(options) {
    const timer = setTimeout(() => fail(`gave up after ${deadlineMs / 1000} s`), deadlineMs);
    try {
        if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay * 1000));
        browser = await chromium.launch({
            executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
            headless: true,
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        const page = await (await browser.newContext()).newPage();
        // The user code is in the URL; it is no secret once it has been used,
        // but the log needs only the page.
        say(`opening the verification page ${new URL(options.url).origin}${new URL(options.url).pathname}`);
        await page.goto(options.url);
        const confirm = 'button[form="op.deviceConfirmForm"][autofocus]';
        for (let step = 0; step < 8; ++step) {
            await page.waitForLoadState('load');
            if (await page.locator(confirm).count()) {
                say('confirming the code');
                await Promise.all([page.waitForNavigation(), page.click(confirm)]);
            } else if (await page.locator('#password').count()) {
                if (step > 1 && await page.locator('.error').count()) {
                    throw new Error(`sign-in refused: ${oneLine(await page.locator('.error').textContent())}`);
                }
                say(`signing in as ${options.user}`);
                await page.fill('#username', options.user);
                await page.fill('#password', options.password);
                await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
            } else if (await page.locator('#allow').count()) {
                say(`consent: ${options.consent}`);
                await Promise.all([page.waitForNavigation(), page.click(options.consent === 'deny' ? '#deny' : '#allow')]);
            } else {
                say(`finished on: ${oneLine(await page.innerText('body').catch(() => ''), 200)}`);
                return;
            }
        }
        throw new Error(`never finished; at ${page.url()}`);
    } finally {
        clearTimeout(timer);
    }
}

// The redirect URI the sign-in will land on: the URL's redirect_uri, or for a
// pushed authorization request (RFC 9126: client_id and request_uri only) the
// one the local provider says was pushed (its GET /test/pushed-redirect).
async function main() {
    const options = parseArguments(process.argv);
    if (options.device) return approveDevice(options);
    const redirect = new URL(await redirectUriOf(options.url));
    const timer = setTimeout(() => fail(`gave up after ${deadlineMs / 1000} s`), deadlineMs);
    browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        // Our own handlers below close the browser and remove the scratch directory.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
        if (options.junk) await sendJunk(redirect);
        // --abuse: the noise goes on while the person signs in.
        const stopAbuse = options.abuse ? await abuse(redirect) : undefined;
        const context = await browser.newContext();
        if (options.recordUrls) recordUrls(context, options.recordUrls);
        const page = await context.newPage();
        const isRedirect = (url) => {
            const parsed = new URL(url);
            return parsed.origin === redirect.origin && parsed.pathname === redirect.pathname;
        };
        let landed = null;
        page.on('response', (response) => {
            if (response.request().isNavigationRequest() && isRedirect(response.url())) landed = response;
        });
        say(`opening ${redact(options.url)}`);
        await page.goto(options.url);
        if (options.neverReturn) {
            say(`walking away without signing in (page: ${oneLine(await page.title())})`);
            return;
        }
        let wrongStateSent = !options.wrongStateFirst;
        for (let step = 0; step < 8 && !landed; ++step) {
            if (!wrongStateSent) {
                await sendWrongState(context, redirect);
                wrongStateSent = true;
            }
            if (await page.locator('#password').count()) {
                const error = page.locator('.error');
                if (step > 0 && await error.count()) throw new Error(`sign-in refused: ${oneLine(await error.textContent())}`);
                say(`signing in as ${options.user}`);
                await page.fill('#username', options.user);
                await page.fill('#password', options.password);
                await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
            } else if (await page.locator('#next').count()) {
                say(`choosing the account ${options.user}`);
                await page.fill('#username', options.user);
                await Promise.all([page.waitForNavigation(), page.click('#next')]);
            } else if (await page.locator('#allow').count()) {
                const notice = page.locator('#service-principal-notice');
                if (await notice.count()) say(`consent page: ${oneLine(await notice.textContent())}`);
                const asked = await page.locator('main li').allInnerTexts();
                say(`consent page asks: ${asked.map((item) => oneLine(item)).join('; ')}`);
                say(`consent: ${options.consent}`);
                const button = options.consent === 'deny' ? '#deny' : '#allow';
                await Promise.all([page.waitForNavigation(), page.click(button)]);
            } else if (!isRedirect(page.url())) {
                await page.waitForLoadState('load');
                if (!landed && !(await page.locator('#password, #allow, #next').count())) {
                    throw new Error(`stuck on ${redact(page.url())}: ${oneLine(await page.innerText('body').catch(() => ''), 300)}`);
                }
            }
            await page.waitForLoadState('load');
        }
        if (!landed) throw new Error(`never reached the redirect URI; at ${redact(page.url())}`);
        await page.waitForLoadState('load');
        const code = new URL(landed.url()).searchParams.get('code');
        let text = oneLine(await page.innerText('body').catch(() => ''), 600);
        if (code) text = text.split(code).join('REDACTED');
        say(`landed on ${redact(landed.url())} -> HTTP ${landed.status()} (${landed.request().method()})`);
        say(`page says: ${text}`);
        if (options.screenshot) {
            await page.screenshot({ path: options.screenshot });
            say(`screenshot saved to ${options.screenshot}`);
        }
        if (stopAbuse) {
            stopAbuse();
            say(`listener closed after sign-in: ${(await listenerClosed(redirect)) ? 'yes' : 'no'}`);
        }
    } finally {
        clearTimeout(timer);
    }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => fail(`stopped by ${signal}`));

main().then(async () => {
    await cleanUp();
    say('done: exit 0');
    process.exit(0);
}, (error) => fail(error.message));
