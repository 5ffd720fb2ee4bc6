// A person at a browser on LemonLDAP::NG's portal (tests/lemonldap), for
// `qtsignin --browser-command`: it opens the URL it is given in Debian's
// Chromium (headless, through playwright-core) and
//  - for an authorization request (the URL has a redirect_uri): signs in on
//    the portal's login form if the portal asks, and follows the redirect
//    back to the app's loopback listener;
//  - for anything else (the end_session_endpoint): opens it and reports
//    where it ended up.
// Unlike tests/browser/signin.mjs, the browser's cookies can outlive the
// run (--state FILE: Playwright's storage state, read at the start and
// written at the end), so a second run is the same person in the same
// browser, and a test can tell whether the portal still knew them.
// Every line goes to stderr as "[browser] ..." and, with --log FILE, to FILE;
// the portal asking for the password is "[browser] the portal asks for the
// password", the last line "done: exit N". Never prints a code or token.
//
//   node lemonldap-signin.mjs [--user NAME] [--password PW] [--state FILE]
//                             [--log FILE] URL
//
//   --user NAME      who signs in (default dwho, one of the portal's Demo users)
//   --password PW    default NAME (the Demo backend's passwords)
//
// Environment fallbacks: QTSIGNIN_TEST_USER, QTSIGNIN_TEST_PASSWORD,
// QTSIGNIN_TEST_BROWSER_STATE, QTSIGNIN_TEST_BROWSER_LOG; CHROMIUM overrides
// /usr/bin/chromium.

import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

const deadlineMs = 60_000;

const options = {
    user: process.env.QTSIGNIN_TEST_USER ?? 'dwho',
    password: process.env.QTSIGNIN_TEST_PASSWORD,
    state: process.env.QTSIGNIN_TEST_BROWSER_STATE || undefined,
    log: process.env.QTSIGNIN_TEST_BROWSER_LOG || undefined,
};
{
    const args = process.argv.slice(2);
    options.url = args.pop();
    for (let i = 0; i < args.length; ++i) {
        switch (args[i]) {
        case '--user': options.user = args[++i]; break;
        case '--password': options.password = args[++i]; break;
        case '--state': options.state = args[++i]; break;
        case '--log': options.log = args[++i]; break;
        default: throw new Error(`unknown option ${args[i]}`);
        }
    }
    options.password ??= options.user;
    if (!options.url?.startsWith('http')) throw new Error('the last argument must be a URL');
}

// Whoever started us may be gone, and the read end of our stderr with it.
process.stderr.on('error', () => {});
function say(message) {
    const line = `[browser] ${message}`;
    console.error(line);
    if (options.log) {
        try { appendFileSync(options.log, `${line}\n`); } catch { options.log = undefined; }
    }
}

// Never print a code or token, even in a test log.
function redact(url) {
    const parsed = new URL(url);
    for (const name of ['code', 'access_token', 'id_token', 'id_token_hint']) {
        if (parsed.searchParams.has(name)) parsed.searchParams.set(name, 'REDACTED');
    }
    return parsed.toString();
}

const oneLine = (text, max = 400) => {
    const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

// Chromium's profile and temporary files in one directory of our own.
const scratch = mkdtempSync(join(tmpdir(), `qtsignin-browser-${process.pid}-`));
process.env.TMPDIR = scratch;
let browser;

async function finish(exitCode) {
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
    rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    say(`done: exit ${exitCode}`);
    process.exit(exitCode);
}

async function signIn(page, redirect) {
    const isRedirect = (url) => {
        const parsed = new URL(url);
        return parsed.origin === redirect.origin && parsed.pathname === redirect.pathname;
    };
    let landed = null;
    page.on('response', (response) => {
        if (response.request().isNavigationRequest() && isRedirect(response.url())) landed = response;
    });
    await page.goto(options.url);
    for (let step = 0; step < 4 && !landed; ++step) {
        await page.waitForLoadState('load');
        if (landed) break;
        if (await page.locator('#passwordfield').count()) {
            if (step > 0) {
                const error = await page.locator('.alert-danger, .message-negative').allInnerTexts();
                throw new Error(`sign-in refused: ${oneLine(error.join(' '))}`);
            }
            say('the portal asks for the password');
            say(`signing in as ${options.user}`);
            await page.fill('#userfield', options.user);
            await page.fill('#passwordfield', options.password);
            await Promise.all([page.waitForNavigation(), page.click('#lform button[type=submit]')]);
        } else {
            throw new Error(`stuck on ${redact(page.url())}: ${oneLine(await page.innerText('body').catch(() => ''), 300)}`);
        }
    }
    if (!landed) throw new Error(`never reached the redirect URI; at ${redact(page.url())}`);
    await page.waitForLoadState('load');
    say(`landed on ${redact(landed.url())} -> HTTP ${landed.status()}`);
}

async function main() {
    const timer = setTimeout(() => { say(`failed: gave up after ${deadlineMs / 1000} s`); finish(1); }, deadlineMs);
    browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const restored = options.state && existsSync(options.state);
    const context = await browser.newContext(restored ? { storageState: options.state } : {});
    say(restored ? 'the same browser as before (its cookies kept)' : 'a new browser');
    const page = await context.newPage();
    say(`opening ${redact(options.url)}`);
    const redirectParam = new URL(options.url).searchParams.get('redirect_uri');
    if (redirectParam) {
        await signIn(page, new URL(redirectParam));
    } else {
        const response = await page.goto(options.url);
        await page.waitForLoadState('load');
        say(`ended on ${redact(page.url())} -> HTTP ${response?.status()}: ${oneLine(await page.innerText('body').catch(() => ''), 200)}`);
    }
    if (options.state) await context.storageState({ path: options.state });
    clearTimeout(timer);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { say(`failed: stopped by ${signal}`); finish(1); });

main().then(() => finish(0), (error) => { say(`failed: ${error.message}`); finish(1); });
