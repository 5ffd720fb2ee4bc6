// A person at a browser, for tests and headless demos: `qtsignin --browser-command`
// runs this with the authorization URL as the last argument. It opens the URL
// in Debian's Chromium (headless, through playwright-core), signs in on the
// local provider's pages, answers the consent page, and follows the redirect
// back to the app's loopback listener.
//
//   node signin.mjs [--user NAME] [--password PW] [--consent allow|deny]
//                   [--screenshot FILE] [--wrong-state-first] [--junk] [--never-return] URL
//
// Environment fallbacks: QTSIGNIN_TEST_USER, QTSIGNIN_TEST_PASSWORD,
// QTSIGNIN_TEST_CONSENT, QTSIGNIN_TEST_SCREENSHOT.

import { connect } from 'node:net';

import { chromium } from 'playwright-core';

const deadlineMs = 60_000;

function parseArguments(argv) {
    const options = {
        user: process.env.QTSIGNIN_TEST_USER ?? 'alice',
        password: process.env.QTSIGNIN_TEST_PASSWORD,
        consent: process.env.QTSIGNIN_TEST_CONSENT ?? 'allow',
        screenshot: process.env.QTSIGNIN_TEST_SCREENSHOT,
        wrongStateFirst: false,
        junk: false,
        neverReturn: false,
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
        case '--never-return': options.neverReturn = true; break;
        default: throw new Error(`unknown option ${args[i]}`);
        }
    }
    options.password ??= `${options.user}-password`;
    if (!options.url?.startsWith('http')) throw new Error('the last argument must be the authorization URL');
    return options;
}

const say = (message) => console.error(`[browser] ${message}`);

// Never print a code or token, even in a test log.
function redact(url) {
    const parsed = new URL(url);
    for (const name of ['code', 'access_token', 'id_token']) {
        if (parsed.searchParams.has(name)) parsed.searchParams.set(name, 'REDACTED');
    }
    return parsed.toString();
}

// Requests a real browser and the rest of the machine may send to a loopback
// port: a favicon, a silent preconnect, another path, the bare redirect path.
async function sendJunk(redirect) {
    const origin = redirect.origin;
    for (const path of ['/favicon.ico', '/other/path', redirect.pathname]) {
        const response = await fetch(origin + path).catch((error) => ({ status: error.message }));
        say(`junk GET ${path} -> ${response.status}`);
    }
    await new Promise((resolve) => {
        const socket = connect(Number(redirect.port), redirect.hostname === 'localhost' ? '127.0.0.1' : redirect.hostname.replace(/^\[|\]$/g, ''));
        socket.on('error', () => resolve());
        socket.on('connect', () => setTimeout(() => { socket.destroy(); resolve(); }, 1000));
    });
    say('junk: an idle connection came and went');
}

async function main() {
    const options = parseArguments(process.argv);
    const redirect = new URL(new URL(options.url).searchParams.get('redirect_uri'));
    // playwright gives every launch a fresh, temporary profile of its own.
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const timer = setTimeout(() => { say('gave up: deadline reached'); process.exit(1); }, deadlineMs);
    try {
        if (options.junk) await sendJunk(redirect);
        const page = await browser.newPage();
        if (options.wrongStateFirst) {
            const forged = new URL(redirect);
            forged.searchParams.set('code', 'forged-code');
            forged.searchParams.set('state', 'wrong-state-value');
            const response = await page.goto(forged.toString());
            say(`forged redirect with a wrong state -> HTTP ${response.status()}`);
        }
        await page.goto(options.url);
        if (options.neverReturn) {
            say('walking away without signing in');
            return;
        }
        const isRedirect = (url) => {
            const parsed = new URL(url);
            return parsed.origin === redirect.origin && parsed.pathname === redirect.pathname;
        };
        let landed = null;
        page.on('response', (response) => {
            if (response.request().isNavigationRequest() && isRedirect(response.url())) landed = response;
        });
        for (let step = 0; step < 8 && !landed; ++step) {
            if (await page.locator('#password').count()) {
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
                if (await notice.count()) say(`consent page: ${(await notice.textContent()).replace(/\s+/g, ' ').trim()}`);
                say(`consent: ${options.consent}`);
                const button = options.consent === 'deny' ? '#deny' : '#allow';
                await Promise.all([page.waitForNavigation(), page.click(button)]);
            } else if (!isRedirect(page.url())) {
                await page.waitForLoadState('load');
                if (!landed && !(await page.locator('#password, #allow, #next').count())) {
                    throw new Error(`stuck on ${redact(page.url())}: ${(await page.textContent('body'))?.slice(0, 300)}`);
                }
            }
            await page.waitForLoadState('load');
        }
        if (!landed) throw new Error(`never reached the redirect URI; at ${redact(page.url())}`);
        say(`landed on ${redact(landed.url())} -> HTTP ${landed.status()}`);
        say(`page says: ${(await page.textContent('h1'))?.trim()}`);
        if (options.screenshot) {
            await page.screenshot({ path: options.screenshot });
            say(`screenshot saved to ${options.screenshot}`);
        }
    } finally {
        clearTimeout(timer);
        await browser.close();
    }
}

main().catch((error) => {
    say(`failed: ${error.message}`);
    process.exit(1);
});
