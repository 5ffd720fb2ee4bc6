// Proves the local provider and the headless browser driver work together,
// without QtSignIn: a tiny loopback receiver plays the app, signin.mjs plays
// the person, and this script redeems the code itself.
//
//   node tests/browser/selftest.mjs ISSUER       (e.g. "$(tests/provider/start.sh)")
//
// Prints one line per check and "N passed, N failed" at the end; exits
// non-zero when anything failed. Never prints a code or token.

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const issuer = process.argv[2]?.replace(/\/$/, '');
if (!issuer) {
    console.error('usage: node tests/browser/selftest.mjs ISSUER');
    process.exit(2);
}
const signin = fileURLToPath(new URL('./signin.mjs', import.meta.url));
const clientId = 'qtsignin-demo';

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
    if (ok) ++passed; else ++failed;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` (${detail})` : ''}`);
    return ok;
}

const b64url = (buffer) => buffer.toString('base64url');
const decodeJwtPart = (jwt, index) => JSON.parse(Buffer.from(jwt.split('.')[index], 'base64url').toString());

// The app's loopback listener: resolves with the first request to the
// redirect path that carries this sign-in's state; answers everything else
// with 400 or 404 and keeps waiting, as a careful app does.
function startReceiver(path) {
    let resolveRedirect;
    const redirected = new Promise((resolve) => { resolveRedirect = resolve; });
    const receiver = { redirected, stray: [] };
    receiver.server = createServer((req, res) => {
        const url = new URL(req.url, 'http://127.0.0.1');
        if (url.pathname === path && url.searchParams.get('state') === receiver.state) {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            res.end('<!DOCTYPE html><title>Done</title><h1>Selftest receiver: you can close this window.</h1>');
            resolveRedirect(url.searchParams);
        } else {
            receiver.stray.push(`${url.pathname}${url.searchParams.has('state') ? ' (wrong state)' : ''}`);
            res.writeHead(url.pathname === path ? 400 : 404, { 'Content-Type': 'text/plain' });
            res.end(url.pathname === path ? 'not this sign-in' : 'not here');
        }
    });
    return new Promise((resolve) => receiver.server.listen(0, '127.0.0.1', () =>
        resolve(Object.assign(receiver, { port: receiver.server.address().port }))));
}

function runBrowser(args, url) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [signin, ...args, url], { stdio: ['ignore', 'inherit', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => { stderr += chunk; process.stderr.write(chunk); });
        child.on('exit', (code) => resolve({ code, stderr }));
    });
}

function authorizationRequest(discovery, redirectUri, scope, extra = {}) {
    const verifier = b64url(randomBytes(32));
    const request = {
        verifier,
        state: b64url(randomBytes(16)),
        nonce: b64url(randomBytes(16)),
        redirectUri,
    };
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
        response_type: 'code',
        client_id: clientId,
        redirect_uri: redirectUri,
        scope,
        state: request.state,
        nonce: request.nonce,
        code_challenge: b64url(createHash('sha256').update(verifier).digest()),
        code_challenge_method: 'S256',
        ...extra,
    }).toString();
    request.url = url.toString();
    return request;
}

async function tokenRequest(discovery, form) {
    const response = await fetch(discovery.token_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
    });
    return { status: response.status, body: await response.json() };
}

// One sign-in: receiver up, browser run, redirect checked; returns the
// redirect's parameters (or undefined when the browser failed).
async function signIn(discovery, { host = '127.0.0.1', args = [], scope, extra }) {
    const receiver = await startReceiver('/callback');
    const redirectUri = `http://${host}:${receiver.port}/callback`;
    const request = authorizationRequest(discovery, redirectUri, scope, extra);
    receiver.state = request.state;
    try {
        const browser = await runBrowser(args, request.url);
        if (!check(browser.code === 0, `browser ${args.join(' ') || '(allow)'} via ${host} exits 0`, `exit ${browser.code}`)) {
            return undefined;
        }
        const params = await Promise.race([receiver.redirected, new Promise((r) => setTimeout(r, 5000))]);
        if (!check(params !== undefined, 'the loopback receiver got the redirect')) return undefined;
        check(params.get('state') === request.state, 'state comes back unchanged');
        check(params.get('iss') === discovery.issuer, 'RFC 9207: iss is the issuer', params.get('iss'));
        check(!browser.stderr.includes(params.get('code') ?? '\0'), 'the browser did not print the code');
        return { params, request, stray: receiver.stray, stderr: browser.stderr };
    } finally {
        receiver.server.close();
        receiver.server.closeAllConnections();
    }
}

async function main() {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    const discovery = await response.json();
    check(response.ok && discovery.issuer === issuer, 'discovery answers with this issuer');
    check(discovery.authorization_response_iss_parameter_supported === true,
        'discovery: authorization_response_iss_parameter_supported');
    check(JSON.stringify(discovery.code_challenge_methods_supported) === '["S256"]', 'discovery: PKCE S256 only');

    // 1. Sign in, consent, redeem.
    const scope = 'openid profile email offline_access api.read';
    const first = await signIn(discovery, { scope });
    if (first?.params.has('code')) {
        const { request, params } = first;
        const tokens = await tokenRequest(discovery, {
            grant_type: 'authorization_code', client_id: clientId, code: params.get('code'),
            code_verifier: request.verifier, redirect_uri: request.redirectUri,
        });
        const body = tokens.body;
        check(tokens.status === 200, 'the token endpoint redeems the code', `${tokens.status} ${body.error ?? ''}`);
        check(typeof body.id_token === 'string', 'an id_token');
        check(typeof body.refresh_token === 'string', 'a refresh_token (offline_access without prompt=consent)');
        check(body.access_token?.split('.').length === 3, 'the access token is a JWT');
        if (body.id_token) {
            const claims = decodeJwtPart(body.id_token, 1);
            check(decodeJwtPart(body.id_token, 0).alg === 'RS256', 'ID token signed RS256');
            check(claims.iss === issuer && claims.aud === clientId && claims.nonce === request.nonce,
                'ID token iss, aud, nonce');
            check(claims.name === 'Alice Example' && claims.email === 'alice@contoso.example', 'ID token names Alice');
        }
        if (body.access_token?.split('.').length === 3) {
            const at = decodeJwtPart(body.access_token, 1);
            check(at.aud === 'urn:qtsignin:demo-api' && String(at.scope).split(' ').includes('api.read'),
                'access token: audience urn:qtsignin:demo-api, scope api.read', `${at.aud} / ${at.scope}`);
        }
        let refreshed;
        if (body.refresh_token) {
            refreshed = await tokenRequest(discovery, {
                grant_type: 'refresh_token', client_id: clientId, refresh_token: body.refresh_token,
            });
            check(refreshed.status === 200 && refreshed.body.access_token?.split('.').length === 3,
                'the refresh token gets a new JWT access token', `${refreshed.status} ${refreshed.body.error ?? ''} ${refreshed.body.error_description ?? ''}`);
            check(refreshed.body.refresh_token && refreshed.body.refresh_token !== body.refresh_token,
                'the refresh token is rotated');
        }
        // The code works once; a second try revokes what it gave (RFC 6749 §4.1.2).
        const again = await tokenRequest(discovery, {
            grant_type: 'authorization_code', client_id: clientId, code: params.get('code'),
            code_verifier: request.verifier, redirect_uri: request.redirectUri,
        });
        check(again.status === 400 && again.body.error === 'invalid_grant', 'a code is redeemed only once');
        if (refreshed?.body.refresh_token) {
            const revoked = await tokenRequest(discovery, {
                grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshed.body.refresh_token,
            });
            check(revoked.status === 400 && revoked.body.error === 'invalid_grant',
                'after the code was replayed, its refresh token is revoked');
        }
    } else if (first) {
        check(false, 'the redirect carries a code', first.params.get('error') ?? '');
    }

    // 2. The person says no.
    const denied = await signIn(discovery, { scope: 'openid profile', args: ['--consent', 'deny'] });
    if (denied) {
        check(denied.params.get('error') === 'access_denied', 'deny: error=access_denied', denied.params.get('error'));
        check(!denied.params.has('code'), 'deny: no code');
        check(Boolean(denied.params.get('error_description')), 'deny: an error_description');
    }

    // 3. localhost on any port (RFC 8252 §7.3), another user.
    const viaLocalhost = await signIn(discovery, { host: 'localhost', scope: 'openid profile', args: ['--user', 'bob'] });
    if (viaLocalhost && check(viaLocalhost.params.has('code'), 'http://localhost:<port>/callback is accepted')) {
        const { request, params } = viaLocalhost;
        const tokens = await tokenRequest(discovery, {
            grant_type: 'authorization_code', client_id: clientId, code: params.get('code'),
            code_verifier: request.verifier, redirect_uri: request.redirectUri,
        });
        check(tokens.status === 200 && !tokens.body.refresh_token, 'without offline_access: tokens, no refresh token');
        check(tokens.body.access_token?.split('.').length !== 3, 'without an API scope: an opaque access token');
        const userinfo = await fetch(discovery.userinfo_endpoint,
            { headers: { Authorization: `Bearer ${tokens.body.access_token}` } });
        const me = userinfo.ok ? await userinfo.json() : {};
        check(me.preferred_username === 'bob@contoso.example' && me.email === undefined,
            'userinfo: Bob, profile claims only', `${userinfo.status}`);
    }

    // 4. The browser's misbehaviours: a forged redirect first, stray requests.
    const forged = await signIn(discovery, { scope: 'openid', args: ['--wrong-state-first'] });
    if (forged) {
        check(forged.params.has('code') && forged.stray.includes('/callback (wrong state)'),
            '--wrong-state-first: a forged redirect, then the real one', forged.stray.join(', '));
        check(forged.stderr.includes('wrong-state-value -> HTTP 400'), '--wrong-state-first reports the status it got');
    }
    const junk = await signIn(discovery, { scope: 'openid', args: ['--junk'] });
    if (junk) {
        check(junk.params.has('code') && ['/favicon.ico', '/other/path', '/callback'].every((p) => junk.stray.includes(p)),
            '--junk: stray requests, then the real redirect', junk.stray.join(', '));
    }

    // 5. offline_access with prompt=login, at a tenant's issuer: still a refresh token.
    const tenantIssuer = `${issuer}/contoso/v2.0`;
    const tenantDiscovery = await (await fetch(`${tenantIssuer}/.well-known/openid-configuration`)).json();
    check(tenantDiscovery.issuer === tenantIssuer, 'the contoso tenant has its own issuer');
    const tenant = await signIn(tenantDiscovery, { scope: 'openid offline_access', extra: { prompt: 'login' } });
    if (tenant && check(tenant.params.has('code'), 'tenant sign-in with prompt=login gives a code')) {
        const tokens = await tokenRequest(tenantDiscovery, {
            grant_type: 'authorization_code', client_id: clientId, code: tenant.params.get('code'),
            code_verifier: tenant.request.verifier, redirect_uri: tenant.request.redirectUri,
        });
        check(typeof tokens.body.refresh_token === 'string', 'prompt=login + offline_access: a refresh token');
        check(tokens.body.id_token && decodeJwtPart(tokens.body.id_token, 1).iss === tenantIssuer,
            'the ID token names the tenant as issuer');
    }

    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
}

main().catch((error) => {
    console.error(`selftest: ${error.stack ?? error}`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
});
