// Real tokens from the local provider for the API's selftest: a plain node
// client (PKCE S256, state, a loopback receiver) signs in through headless
// Chromium (tests/browser/signin.mjs) and redeems the code. A trimmed copy of
// what tests/browser/selftest.mjs does inline (that script exports nothing
// and runs on import); that file stays the place that checks the flow itself.
// With a DPoP key, the token request carries a DPoP proof (RFC 9449 §5) and
// the tokens come bound to that key.

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';

const signin = fileURLToPath(new URL('../browser/signin.mjs', import.meta.url));
const clientId = 'qtsignin-demo';
const b64url = (buffer) => buffer.toString('base64url');

// Resolves with the redirect's parameters once a request carries `state`;
// anything else gets 400 and is ignored.
function startReceiver(state) {
    let resolveRedirect;
    const redirected = new Promise((resolve) => { resolveRedirect = resolve; });
    const server = createServer((req, res) => {
        const url = new URL(req.url, 'http://127.0.0.1');
        const ours = url.pathname === '/callback' && url.searchParams.get('state') === state;
        res.writeHead(ours ? 200 : 400, { 'Content-Type': 'text/plain' });
        res.end(ours ? 'Signed in: you can close this window.' : 'not this sign-in');
        if (ours) resolveRedirect(url.searchParams);
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
        resolve({ server, redirected, port: server.address().port })));
}

function runBrowser(args, url) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [signin, ...args, url], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => { stderr += chunk; });
        child.on('exit', (code) => resolve({ code, stderr }));
    });
}

// An ES256 key pair for DPoP, with its public JWK and RFC 7638 thumbprint.
export async function dpopKeyPair() {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(pair.publicKey);
    return { ...pair, jwk, jkt: await calculateJwkThumbprint(jwk, 'sha256') };
}

// A DPoP proof (RFC 9449 §4.2) for `method` and `url`; with an access token,
// its hash (ath); with a server's nonce, that nonce.
export function dpopProof(key, { method, url, accessToken, nonce }) {
    return new SignJWT({ jti: b64url(randomBytes(16)), htm: method, htu: url, iat: Math.floor(Date.now() / 1000),
        ...(accessToken ? { ath: b64url(createHash('sha256').update(accessToken).digest()) } : {}),
        ...(nonce ? { nonce } : {}) })
        .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk: key.jwk }).sign(key.privateKey);
}

// Signs `user` in at `issuer` for `scope`; resolves with the token
// endpoint's JSON (access_token, id_token, ...), or throws saying why not.
// With `dpopKey` (from dpopKeyPair) the tokens are bound to it.
export async function signInForTokens(issuer, { scope, user = 'alice', dpopKey }) {
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    const verifier = b64url(randomBytes(32));
    const state = b64url(randomBytes(16));
    const receiver = await startReceiver(state);
    const redirectUri = `http://127.0.0.1:${receiver.port}/callback`;
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
        response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope, state,
        nonce: b64url(randomBytes(16)),
        code_challenge: b64url(createHash('sha256').update(verifier).digest()),
        code_challenge_method: 'S256',
    }).toString();
    let params;
    try {
        const browser = await runBrowser(['--user', user], url.toString());
        if (browser.code !== 0) throw new Error(`the browser exited ${browser.code}: ${browser.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        params = await Promise.race([receiver.redirected, new Promise((resolve) => setTimeout(resolve, 5000))]);
    } finally {
        receiver.server.close();
        receiver.server.closeAllConnections();
    }
    if (!params?.has('code')) throw new Error(`no code came back (${params?.get('error') ?? 'no redirect'})`);
    const redeem = async (nonce) => fetch(discovery.token_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded',
            ...(dpopKey ? { DPoP: await dpopProof(dpopKey, { method: 'POST', url: discovery.token_endpoint, nonce }) } : {}) },
        body: new URLSearchParams({
            grant_type: 'authorization_code', client_id: clientId, code: params.get('code'),
            code_verifier: verifier, redirect_uri: redirectUri,
        }).toString(),
    });
    let response = await redeem();
    let body = await response.json();
    // RFC 9449 §8: a provider that wants a nonce says so once.
    if (dpopKey && body.error === 'use_dpop_nonce' && response.headers.get('dpop-nonce')) {
        response = await redeem(response.headers.get('dpop-nonce'));
        body = await response.json();
    }
    if (!response.ok) throw new Error(`the token endpoint said ${response.status} ${body.error ?? ''}`);
    return body;
}
