// Proves the demo API's DPoP checks (dpop.mjs, RFC 9449 §4.3, §7 and §9)
// one refusal at a time, each against a proof that differs from a good one
// in that one respect: an API of its own in this process (api.mjs's
// createApi on 127.0.0.1), access tokens from an issuer key of its own, DPoP
// proofs built here with jose. Needs no provider and no browser.
//
//   node tests/api/dpop-selftest.mjs
//
// Prints one line per check and "N passed, N failed"; exits non-zero when
// anything failed.

import { createHash, randomUUID } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';

import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';

import { createApi, createDpopChecker, createVerifier } from './api.mjs';
import { normalizedHtu } from './dpop.mjs';

const issuer = 'https://issuer.test';
const audience = 'urn:qtsignin:demo-api';

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
    if (ok) ++passed; else ++failed;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` (${detail})` : ''}`);
    return ok;
}

const now = () => Math.floor(Date.now() / 1000);
const encode = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
const ath = (token) => createHash('sha256').update(token).digest('base64url');

const issuerKey = await generateKeyPair('RS256', { extractable: true });
const verify = createVerifier({
    issuers: [issuer],
    keysFor: async () => createLocalJWKSet({ keys: [{ ...(await exportJWK(issuerKey.publicKey)), kid: 'issuer' }] }),
});

// The client's DPoP key, as the library would hold it.
async function dpopKey(alg = 'ES256') {
    const pair = await generateKeyPair(alg, { extractable: true });
    const jwk = await exportJWK(pair.publicKey);
    return { alg, ...pair, jwk, jkt: await calculateJwkThumbprint(jwk, 'sha256') };
}

// An access token from our issuer; bound to `jkt` (cnf) when one is given.
function accessToken({ jkt, scope = 'api.read' } = {}) {
    return new SignJWT({ iss: issuer, aud: audience, sub: 'dpop-sub', client_id: 'qtsignin-demo', jti: randomUUID(),
        scope, iat: now(), exp: now() + 300, ...(jkt ? { cnf: { jkt } } : {}) })
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'issuer' }).sign(issuerKey.privateKey);
}

// A DPoP proof (§4.2) for `method` and `url`; `claims` and `header` replace
// or (as undefined) remove what a good proof has.
function proof(key, { method = 'GET', url, token, claims = {}, header = {}, signWith = key.privateKey } = {}) {
    const payload = { jti: randomUUID(), htm: method, htu: url, iat: now(), ...(token ? { ath: ath(token) } : {}), ...claims };
    for (const name of Object.keys(payload)) if (payload[name] === undefined) delete payload[name];
    const protectedHeader = { typ: 'dpop+jwt', alg: key.alg, jwk: key.jwk, ...header };
    for (const name of Object.keys(protectedHeader)) if (protectedHeader[name] === undefined) delete protectedHeader[name];
    return new SignJWT(payload).setProtectedHeader(protectedHeader).sign(signWith);
}

function startApi(options = {}) {
    const server = createServer(createApi({ verify, ...options }));
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
        resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

// node:http, so that repeated headers go out apart (fetch() joins them).
function call(api, path, { method = 'GET', authorization, dpop = [], host } = {}) {
    // An array value goes out as one header line per element.
    const headers = {};
    if (authorization) headers.Authorization = authorization;
    if ([dpop].flat().length) headers.DPoP = dpop;
    if (host) headers.Host = host;
    return new Promise((resolve, reject) => {
        const req = httpRequest(`${api.url}${path}`, { method, headers }, (res) => {
            let text = '';
            res.on('data', (chunk) => { text += chunk; });
            res.on('end', () => {
                let json;
                try { json = JSON.parse(text); } catch { json = undefined; }
                resolve({ status: res.statusCode, challenge: res.headers['www-authenticate'], nonce: res.headers['dpop-nonce'], json });
            });
        });
        req.on('error', reject);
        req.end();
    });
}

const show = (result) => `${result.status} ${result.challenge ?? ''}`;
const dpopChallenge = (error) => new RegExp(`^DPoP realm="qtsignin-demo-api", error="${error}", error_description="[^"\\\\]+", algs="ES256"$`);
const refusedAs = (result, error) => result.status === 401 && dpopChallenge(error).test(result.challenge ?? '') && result.json?.error === error;

async function checkHtuNormalisation() {
    const same = (a, b) => normalizedHtu(a) !== undefined && normalizedHtu(a) === normalizedHtu(b);
    check(same('HTTP://127.0.0.1:80/me', 'http://127.0.0.1/me'), 'unit: htu scheme in capitals and the default port are normalised');
    check(same('http://127.0.0.1:5/a/../me?x=1#f', 'http://127.0.0.1:5/me'), 'unit: htu dot segments, query and fragment are not compared');
    check(same('http://127.0.0.1:5/%6De', 'http://127.0.0.1:5/me'), 'unit: an unreserved character percent-encoded is the character');
    check(same('http://127.0.0.1:5/a%2fb', 'http://127.0.0.1:5/a%2Fb'), 'unit: percent-encodings compare in either case');
    check(!same('http://127.0.0.1:5/me', 'http://127.0.0.1:6/me'), 'unit: another port is another htu');
    check(!same('https://127.0.0.1:5/me', 'http://127.0.0.1:5/me'), 'unit: another scheme is another htu');
    check(normalizedHtu('/me') === undefined && normalizedHtu('ftp://h/me') === undefined, 'unit: a relative or non-http htu is no htu');
}

async function checkRefusals() {
    const api = await startApi();
    const key = await dpopKey();
    const token = await accessToken({ jkt: key.jkt });
    const meUrl = `${api.url}/me`;
    const asDpop = `DPoP ${token}`;
    const good = () => proof(key, { url: meUrl, token });
    // Refused with `error`, for the reason the description names.
    const refused = async (what, options, reason, error = 'invalid_dpop_proof') => {
        const result = await call(api, '/me', { authorization: asDpop, ...options });
        check(refusedAs(result, error) && result.json.error_description.includes(reason), `${what}: 401 ${error}`,
            `${show(result)} ${result.json?.error_description ?? ''}`);
        return result;
    };

    const ok = await call(api, '/me', { authorization: asDpop, dpop: await good() });
    check(ok.status === 200 && ok.json?.token_type === 'DPoP' && ok.json.jkt === key.jkt && ok.json.sub === 'dpop-sub',
        'a DPoP-bound token with a good proof: 200, /me says DPoP and the key\'s thumbprint', show(ok));
    const lower = await call(api, '/me', { authorization: `dpop ${token}`, dpop: await good() });
    check(lower.status === 200, 'the scheme is case-insensitive: "dpop" works', show(lower));
    const withQuery = await call(api, '/me?x=1', { authorization: asDpop, dpop: await proof(key, { url: `${meUrl}?y=2#z`, token }) });
    check(withQuery.status === 200, 'htu compares without query and fragment (§4.3)', show(withQuery));

    await refused('no DPoP header', {}, 'no DPoP proof');
    await refused('two DPoP headers', { dpop: [await good(), await good()] }, 'more than one DPoP header');
    await refused('a proof that is not a JWT', { dpop: 'not-a-jwt' }, 'well-formed');
    await refused('typ JWT instead of dpop+jwt', { dpop: await proof(key, { url: meUrl, token, header: { typ: 'JWT' } }) }, 'typ');
    const none = `${encode({ typ: 'dpop+jwt', alg: 'none', jwk: key.jwk })}.${encode({ jti: randomUUID(), htm: 'GET', htu: meUrl, iat: now(), ath: ath(token) })}.`;
    await refused('alg none, unsigned', { dpop: none }, 'well-formed');
    await refused('alg none, with a signature part', { dpop: `${none}c2lnbmF0dXJl` }, 'algorithm');
    const secret = new TextEncoder().encode('a shared secret');
    const hs = await new SignJWT({ jti: randomUUID(), htm: 'GET', htu: meUrl, iat: now(), ath: ath(token) })
        .setProtectedHeader({ typ: 'dpop+jwt', alg: 'HS256', jwk: { kty: 'oct', k: Buffer.from(secret).toString('base64url') } }).sign(secret);
    await refused('alg HS256 with a symmetric jwk', { dpop: hs }, 'algorithm');
    const privateJwk = await exportJWK(key.privateKey);
    await refused('a jwk with the private key (d)', { dpop: await proof(key, { url: meUrl, token, header: { jwk: privateJwk } }) }, 'private key');
    await refused('no jwk', { dpop: await proof(key, { url: meUrl, token, header: { jwk: undefined } }) }, 'no jwk');
    const stranger = await dpopKey();
    await refused('signed by another key than its jwk', { dpop: await proof(key, { url: meUrl, token, signWith: stranger.privateKey }) }, 'signature');
    await refused('htm POST on a GET', { dpop: await proof(key, { method: 'POST', url: meUrl, token }) }, '(htm)');
    await refused('htm in lower case ("get")', { dpop: await proof(key, { method: 'get', url: meUrl, token }) }, '(htm)');
    await refused('htu another path', { dpop: await proof(key, { url: `${api.url}/items`, token }) }, '(htu)');
    await refused('htu another port', { dpop: await proof(key, { url: `http://127.0.0.1:1/me`, token }) }, '(htu)');
    await refused('htu another host (localhost)', { dpop: await proof(key, { url: meUrl.replace('127.0.0.1', 'localhost'), token }) }, '(htu)');
    await refused('a proof for another server, replayed here with its Host header',
        { dpop: await proof(key, { url: 'http://api.example/me', token }), host: 'api.example' }, '(htu)');
    await refused('no htu', { dpop: await proof(key, { url: undefined, token }) }, 'no htu');
    await refused('no jti', { dpop: await proof(key, { url: meUrl, token, claims: { jti: undefined } }) }, 'no jti');
    await refused('iat 2 min old', { dpop: await proof(key, { url: meUrl, token, claims: { iat: now() - 120 } }) }, 'too old');
    await refused('iat 1 min ahead', { dpop: await proof(key, { url: meUrl, token, claims: { iat: now() + 60 } }) }, 'future');
    await refused('no ath', { dpop: await proof(key, { url: meUrl, claims: { ath: undefined } }) }, 'no ath');
    await refused('ath of another token', { dpop: await proof(key, { url: meUrl, token: `${token}x` }) }, '(ath)');
    const otherKey = await dpopKey();
    await refused('a proof by a key the token is not bound to (jkt)', { dpop: await proof(otherKey, { url: meUrl, token }) },
        'another key', 'invalid_token');
    const unbound = await accessToken();
    const unboundResult = await call(api, '/me', { authorization: `DPoP ${unbound}`, dpop: await proof(key, { url: meUrl, token: unbound }) });
    check(refusedAs(unboundResult, 'invalid_token'), 'a token without cnf sent as DPoP: 401 invalid_token', show(unboundResult));
    const bad = await call(api, '/me', { authorization: 'DPoP garbage', dpop: await good() });
    check(refusedAs(bad, 'invalid_token'), 'a garbage token sent as DPoP: 401 invalid_token with the DPoP challenge', show(bad));
    const noToken = await call(api, '/me', { authorization: 'DPoP', dpop: await good() });
    check(noToken.status === 400 && /^DPoP realm="qtsignin-demo-api", error="invalid_request", .*algs="ES256"$/.test(noToken.challenge ?? ''),
        '"DPoP" without a token: 400 invalid_request', show(noToken));

    const once = await good();
    const first = await call(api, '/me', { authorization: asDpop, dpop: once });
    check(first.status === 200, 'a fresh proof is accepted', show(first));
    await refused('the same proof again (jti replayed)', { dpop: once }, 'used before');

    // RFC 9449 §7.2: a bound token is no bearer token.
    const asBearer = await call(api, '/me', { authorization: `Bearer ${token}` });
    check(refusedAs(asBearer, 'invalid_token'), 'a DPoP-bound token sent as Bearer: 401 invalid_token, DPoP challenge', show(asBearer));
    const asBearerWithProof = await call(api, '/me', { authorization: `Bearer ${token}`, dpop: await good() });
    check(refusedAs(asBearerWithProof, 'invalid_token'), 'a DPoP-bound token sent as Bearer, even with a proof: 401 invalid_token', show(asBearerWithProof));
    const bearer = await accessToken();
    const plain = await call(api, '/me', { authorization: `Bearer ${bearer}` });
    check(plain.status === 200 && plain.json?.token_type === 'Bearer' && plain.json.jkt === undefined,
        'a token without cnf as Bearer: 200 as before, /me says Bearer', show(plain));

    const readOnly = await call(api, '/items', { method: 'POST', authorization: asDpop, dpop: await proof(key, { method: 'POST', url: `${api.url}/items`, token }) });
    check(readOnly.status === 403 && /^DPoP realm="qtsignin-demo-api", error="insufficient_scope", .*scope="api.write", algs="ES256"$/.test(readOnly.challenge ?? ''),
        'a DPoP call without the scope: 403 insufficient_scope with the DPoP challenge', show(readOnly));
    api.server.close();
}

async function checkNonces() {
    const api = await startApi({ dpop: createDpopChecker({ requireNonce: true }) });
    const key = await dpopKey();
    const token = await accessToken({ jkt: key.jkt });
    const meUrl = `${api.url}/me`;
    const asked = await call(api, '/me', { authorization: `DPoP ${token}`, dpop: await proof(key, { url: meUrl, token }) });
    check(refusedAs(asked, 'use_dpop_nonce') && /^[A-Za-z0-9_-]{16,}$/.test(asked.nonce ?? ''),
        'nonce mode, a proof without nonce: 401 use_dpop_nonce with a DPoP-Nonce header (§9)', show(asked));
    const wrong = await call(api, '/me', { authorization: `DPoP ${token}`, dpop: await proof(key, { url: meUrl, token, claims: { nonce: 'made-up' } }) });
    check(refusedAs(wrong, 'use_dpop_nonce'), 'nonce mode, a nonce the API never gave: 401 use_dpop_nonce', show(wrong));
    const retried = await call(api, '/me', { authorization: `DPoP ${token}`, dpop: await proof(key, { url: meUrl, token, claims: { nonce: asked.nonce } }) });
    check(retried.status === 200 && retried.json?.token_type === 'DPoP', 'nonce mode, the retry with the nonce: 200', show(retried));
    api.server.close();

    const plain = await startApi();
    const noNonceNeeded = await call(plain, '/me', { authorization: `DPoP ${token}`, dpop: await proof(key, { url: `${plain.url}/me`, token }) });
    check(noNonceNeeded.status === 200 && noNonceNeeded.nonce === undefined, 'without nonce mode no nonce is asked for', show(noNonceNeeded));
    plain.server.close();
}

async function checkReplayCacheBound() {
    let clock = now();
    const checker = createDpopChecker({ maxRememberedProofs: 2, now: () => clock });
    const api = await startApi({ dpop: checker });
    const key = await dpopKey();
    const token = await accessToken({ jkt: key.jkt });
    const meUrl = `${api.url}/me`;
    const send = async () => (await call(api, '/me', { authorization: `DPoP ${token}`, dpop: await proof(key, { url: meUrl, token, claims: { iat: clock } }) })).status;
    const statuses = [await send(), await send(), await send()];
    check(JSON.stringify(statuses) === '[200,200,503]' && checker.remembered() === 2,
        'the replay cache is bounded: a third proof within the window is refused (503), not a remembered one forgotten', statuses.join(' '));
    clock += 120;
    check(await send() === 200 && checker.remembered() === 1, 'once the window has passed, the cache forgets and takes new proofs');
    api.server.close();
}

try {
    await checkHtuNormalisation();
    await checkRefusals();
    await checkNonces();
    await checkReplayCacheBound();
} catch (error) {
    console.error(`dpop-selftest: ${error.stack ?? error}`);
    ++failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
