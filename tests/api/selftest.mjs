// Proves the demo API accepts the local provider's real access tokens and
// refuses everything else, one check at a time, each shown able to fail:
// the verifier's rules against keys of our own (expiry, nbf, aud, iss, alg,
// typ), then the running API with no token, bad tokens, forged tokens and
// real tokens got by signing in through headless Chromium (real-tokens.mjs),
// one of them bound to a DPoP key (RFC 9449; the proofs' every rule is
// dpop-selftest.mjs's).
//
//   node tests/api/selftest.mjs ISSUER API_URL
//
// Prints one line per check and "N passed, N failed"; exits non-zero when
// anything failed. Never prints a token.

import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';

import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';

import { allowedIssuers, createVerifier, KeysUnavailable, TokenRejected } from './api.mjs';
import { dpopKeyPair, dpopProof, signInForTokens } from './real-tokens.mjs';

const [issuer, apiUrl] = process.argv.slice(2).map((arg) => arg?.replace(/\/+$/, ''));
if (!issuer || !apiUrl) {
    console.error('usage: node tests/api/selftest.mjs ISSUER API_URL');
    process.exit(2);
}
const audience = 'urn:qtsignin:demo-api';
const bareChallenge = 'Bearer realm="qtsignin-demo-api"';

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
    if (ok) ++passed; else ++failed;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` (${detail})` : ''}`);
    return ok;
}

const now = () => Math.floor(Date.now() / 1000);
const part = (jwt, index) => JSON.parse(Buffer.from(jwt.split('.')[index], 'base64url').toString());
const encode = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');

// --- 1. The verifier's rules, against keys of our own -----------------------

async function outcome(verify, token) {
    try {
        await verify(token);
        return 'accepted';
    } catch (error) {
        if (error instanceof TokenRejected) return `rejected: ${error.description}`;
        if (error instanceof KeysUnavailable) return 'keys unavailable';
        return `threw ${error}`;
    }
}

async function checkVerifierRules() {
    const root = 'https://issuer.test';
    const [rootIssuer, contosoIssuer] = allowedIssuers(`${root}/`);
    check(JSON.stringify(allowedIssuers(root)) === JSON.stringify([root, `${root}/contoso/v2.0`, `${root}/fabrikam/v2.0`]),
        'unit: the allow-list is the root issuer and its two tenants');
    const keyPair = async (alg, kid) => ({ alg, kid, ...(await generateKeyPair(alg, { extractable: true })) });
    const rootRsa = await keyPair('RS256', 'root-rs');
    const rootEc = await keyPair('ES256', 'root-es');
    const rootPs = await keyPair('PS256', 'root-ps');
    const rootRs384 = await keyPair('RS384', 'root-rs384');
    const contosoRsa = await keyPair('RS256', 'contoso-rs');
    const jwks = async (...keys) => createLocalJWKSet({ keys: await Promise.all(keys.map(async (k) =>
        ({ ...(await exportJWK(k.publicKey)), kid: k.kid }))) });
    const keySets = { [rootIssuer]: await jwks(rootRsa, rootEc, rootPs, rootRs384), [contosoIssuer]: await jwks(contosoRsa) };
    const askedFor = [];
    const verify = createVerifier({
        issuers: allowedIssuers(root),
        keysFor: (iss) => { askedFor.push(iss); return keySets[iss]; },
    });

    const claims = (extra = {}) => ({ iss: rootIssuer, aud: audience, sub: 'unit-sub', client_id: 'qtsignin-demo',
        jti: 'unit-jti', scope: 'api.read', iat: now(), exp: now() + 300, ...extra });
    const mint = (extra, { key = rootRsa, alg = key.alg, typ = 'at+jwt', omit = [] } = {}) => {
        const payload = claims(extra);
        for (const name of omit) delete payload[name];
        return new SignJWT(payload).setProtectedHeader({ alg, kid: key.kid, ...(typ ? { typ } : {}) }).sign(key.privateKey);
    };
    const expect = async (what, token, accepted, reason = '') => {
        const result = await outcome(verify, await token);
        check(accepted ? result === 'accepted' : result.startsWith('rejected') && result.includes(reason),
            `unit: ${what} is ${accepted ? 'accepted' : 'rejected'}`, result);
    };

    await expect('an RS256 access token from the root issuer', mint(), true);
    await expect('an ES256 access token', mint({}, { key: rootEc }), true);
    await expect('a PS256 access token', mint({}, { key: rootPs }), true);
    await expect('an audience array naming the API', mint({ aud: ['urn:other', audience] }), true);
    await expect('typ application/at+jwt', mint({}, { typ: 'application/at+jwt' }), true);
    await expect('a token from the contoso tenant, signed by its key', mint({ iss: contosoIssuer }, { key: contosoRsa }), true);
    await expect('exp 10 s ago (within the clock tolerance)', mint({ exp: now() - 10 }), true);
    await expect('exp 40 s ago', mint({ exp: now() - 40 }), false, 'expired');
    await expect('exp an hour ago', mint({ iat: now() - 7200, exp: now() - 3600 }), false, 'expired');
    await expect('nbf 10 s ahead (within the clock tolerance)', mint({ nbf: now() + 10 }), true);
    await expect('nbf 2 min ahead', mint({ nbf: now() + 120 }), false, 'nbf');
    await expect('another audience', mint({ aud: 'urn:other-api' }), false, 'aud');
    await expect('the client as audience (an ID token\'s)', mint({ aud: 'qtsignin-demo' }), false, 'aud');
    await expect('a token without exp', mint({}, { omit: ['exp'] }), false, 'exp');
    await expect('a token without aud', mint({}, { omit: ['aud'] }), false, 'aud');
    await expect('a token without sub', mint({}, { omit: ['sub'] }), false, 'sub');
    await expect('a token without client_id', mint({}, { omit: ['client_id'] }), false, 'client_id');
    await expect('typ JWT', mint({}, { typ: 'JWT' }), false, 'typ');
    await expect('no typ (an ID token\'s header)', mint({}, { typ: null }), false, 'typ');
    await expect('RS384, though its key is in the JWKS (not on the list)', mint({}, { key: rootRs384 }), false, 'algorithm');
    const secret = new TextEncoder().encode('a shared secret the API must never accept');
    await expect('HS256', new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).sign(secret), false, 'algorithm');
    await expect('alg none', `${encode({ alg: 'none', typ: 'at+jwt' })}.${encode(claims())}.`, false, 'algorithm');
    await expect('an unsecured JWT from jose', new UnsecuredJWT(claims()).encode(), false);
    await expect('a token naming the contoso issuer but signed by the root key',
        mint({ iss: contosoIssuer }, { key: rootRsa }), false, 'key');
    askedFor.length = 0;
    await expect('an issuer not on the allow-list', mint({ iss: 'https://evil.test' }), false, 'issuer');
    await expect('the root issuer with a trailing slash', mint({ iss: `${root}/` }), false, 'issuer');
    check(askedFor.length === 0, 'unit: no keys are looked up for an untrusted issuer', askedFor.join(', '));
    await expect('garbage', 'garbage', false, 'well-formed');
    await expect('a JWT whose payload is not JSON', `${encode({ alg: 'RS256' })}.bm90IGpzb24.c2ln`, false, 'well-formed');

    const unreachable = createVerifier({ issuers: [rootIssuer], keysFor: () => { throw new Error('no route'); } });
    check(await outcome(unreachable, await mint()) === 'keys unavailable', 'unit: keys that cannot be fetched are not the token\'s fault');
    let tolerance;
    try { createVerifier({ issuers: [], keysFor: () => {}, clockTolerance: 60 }); } catch (error) { tolerance = error; }
    check(tolerance instanceof RangeError, 'unit: a clock tolerance above 30 s is refused');
}

// --- 2. The running API ------------------------------------------------------

async function call(path, { token, scheme = 'Bearer', authorization, method = 'GET', body, contentType, dpop } = {}) {
    const headers = {};
    if (dpop !== undefined) headers.DPoP = dpop;
    if (authorization !== undefined) headers.Authorization = authorization;
    else if (token !== undefined) headers.Authorization = `${scheme} ${token}`;
    if (contentType) headers['Content-Type'] = contentType;
    const response = await fetch(`${apiUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: response.status, challenge: response.headers.get('www-authenticate'),
        allow: response.headers.get('allow'), cacheControl: response.headers.get('cache-control'), json };
}

// fetch() joins repeated headers into one; node:http sends them apart.
function callWithTwoAuthorizationHeaders(path, values) {
    return new Promise((resolve, reject) => {
        const req = httpRequest(`${apiUrl}${path}`, { headers: { Authorization: values } }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode, challenge: res.headers['www-authenticate'] }));
        });
        req.on('error', reject);
        req.end();
    });
}

const invalidToken = (result) => result.status === 401
    && /^Bearer realm="qtsignin-demo-api", error="invalid_token", error_description="[^"\\]+"$/.test(result.challenge ?? '')
    && result.json?.error === 'invalid_token' && typeof result.json.error_description === 'string';
const invalidRequest = (result) => result.status === 400
    && /^Bearer realm="qtsignin-demo-api", error="invalid_request", error_description="[^"\\]+"$/.test(result.challenge ?? '')
    && result.json?.error === 'invalid_request';
const bare = (result) => result.status === 401 && result.challenge === bareChallenge;
const show = (result) => `${result.status} ${result.challenge ?? ''} ${result.json?.error_description ?? ''}`;

async function checkWithoutTokens() {
    const health = await call('/health');
    check(health.status === 200 && health.json?.ok === true && health.challenge === null, 'GET /health: 200 {"ok":true} without a token', show(health));
    check(health.cacheControl === 'no-store', 'responses carry Cache-Control: no-store', health.cacheControl);
    const noToken = await call('/me');
    check(bare(noToken), 'no token: 401 with the bare challenge (RFC 6750 §3.1: no error code)', show(noToken));
    check(noToken.cacheControl === 'no-store', 'a 401 carries Cache-Control: no-store too');
    check(bare(await call('/items', { method: 'POST' })), 'POST /items without a token: 401 bare challenge');
    check(bare(await call('/me', { authorization: 'Basic YWxpY2U6YWxpY2UtcGFzc3dvcmQ=' })), 'a Basic header: 401 bare challenge (not a Bearer token)');
    const garbage = await call('/me', { token: 'garbage' });
    check(invalidToken(garbage), 'a garbage token: 401 invalid_token', show(garbage));
    check(invalidRequest(await call('/me', { authorization: 'Bearer' })), '"Bearer" without a token: 400 invalid_request');
    check(invalidRequest(await call('/me', { authorization: 'Bearer two words' })), '"Bearer two words": 400 invalid_request');
    check(invalidRequest(await call('/me', { authorization: 'Bearer a"b' })), 'a token outside b64token syntax: 400 invalid_request');
    const notFound = await call('/nowhere');
    check(notFound.status === 404 && notFound.json?.error === 'not_found', 'unknown path: 404 JSON', show(notFound));
    const wrongMethod = await call('/items', { method: 'DELETE' });
    check(wrongMethod.status === 405 && wrongMethod.allow === 'GET, POST', 'DELETE /items: 405, Allow: GET, POST', `${wrongMethod.status} ${wrongMethod.allow}`);
    const wrongMethodMe = await call('/me', { method: 'POST' });
    check(wrongMethodMe.status === 405 && wrongMethodMe.allow === 'GET', 'POST /me: 405, Allow: GET', `${wrongMethodMe.status} ${wrongMethodMe.allow}`);
}

async function checkForgeries(real, idToken) {
    const [header, payload, signature] = real.split('.');
    const algNone = `${encode({ ...part(real, 0), alg: 'none' })}.${payload}.`;
    check(invalidToken(await call('/me', { token: algNone })), 'a real token re-headed alg none, no signature: 401 invalid_token');
    const algNoneSigned = `${encode({ ...part(real, 0), alg: 'none' })}.${payload}.${signature}`;
    check(invalidToken(await call('/me', { token: algNoneSigned })), 'alg none keeping the real signature: 401 invalid_token');

    const bytes = Buffer.from(payload, 'base64url');
    const at = bytes.indexOf('api.read');
    bytes[at + 'api.'.length] ^= 0x01; // "read" becomes "sead": one byte
    const tampered = `${header}.${bytes.toString('base64url')}.${signature}`;
    const tamperedResult = await call('/me', { token: tampered });
    check(at >= 0 && invalidToken(tamperedResult), 'a real token with one payload byte altered: 401 invalid_token', show(tamperedResult));

    const stranger = await generateKeyPair('RS256');
    const { kid } = part(real, 0);
    const reSigned = await new SignJWT(part(real, 1)).setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid }).sign(stranger.privateKey);
    check(invalidToken(await call('/me', { token: reSigned })), 'the real claims signed by a key not in the JWKS (same kid): 401 invalid_token');
    const ownKid = await new SignJWT(part(real, 1)).setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'stranger' }).sign(stranger.privateKey);
    const ownKidResult = await call('/me', { token: ownKid });
    check(invalidToken(ownKidResult), 'the real claims signed by a key not in the JWKS (its own kid): 401 invalid_token', show(ownKidResult));

    // Algorithm confusion: the issuer's public key (public) as an HMAC secret.
    const jwks = await (await fetch((await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()).jwks_uri)).json();
    const publicKey = jwks.keys.find((key) => key.kid === kid);
    const hs = await new SignJWT(part(real, 1)).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid })
        .sign(new TextEncoder().encode(JSON.stringify(publicKey)));
    check(invalidToken(await call('/me', { token: hs })), 'HS256 keyed with the issuer\'s public key: 401 invalid_token');

    const idResult = await call('/me', { token: idToken });
    check(invalidToken(idResult), 'an ID token (audience the client, no at+jwt): 401 invalid_token', show(idResult));
}

async function checkReadToken(token) {
    const me = await call('/me', { token });
    check(me.status === 200 && me.json?.sub === 'a1b2c3d4-alice' && me.json.client_id === 'qtsignin-demo'
        && JSON.stringify(me.json.scopes) === '["api.read"]' && me.json.iss === issuer
        && Date.parse(me.json.expires_at) > Date.now(), 'api.read: GET /me 200 names Alice, her scopes, client and expiry', show(me));
    check((await call('/me', { token, scheme: 'bearer' })).status === 200, 'the scheme is case-insensitive: "bearer" works');
    check((await call('/me', { token, scheme: 'BEARER' })).status === 200, 'the scheme is case-insensitive: "BEARER" works');
    const items = await call('/items', { token });
    // Three samples on first use; a second run against the same API finds more.
    check(items.status === 200 && items.json?.items?.length >= 3
        && items.json.items.every((item) => item.id && item.title && !Number.isNaN(Date.parse(item.created))),
    'api.read: GET /items 200, the sample items with id, title, created', show(items));
    const post = await call('/items', { token, method: 'POST', body: '{"title":"nope"}', contentType: 'application/json' });
    check(post.status === 403
        && /^Bearer realm="qtsignin-demo-api", error="insufficient_scope", error_description="[^"\\]+", scope="api.write"$/.test(post.challenge ?? '')
        && post.json?.error === 'insufficient_scope' && post.json.scope === 'api.write',
    'api.read only: POST /items 403 insufficient_scope, scope="api.write"', show(post));
    check((await call('/items', { token })).json?.items?.length === items.json?.items?.length, 'the refused POST added nothing');

    const inQuery = await call(`/me?access_token=${token}`);
    check(bare(inQuery), 'a real token in the query string: 401 bare challenge (not accepted)', show(inQuery));
    const inForm = await call('/items', { method: 'POST', body: `access_token=${token}`, contentType: 'application/x-www-form-urlencoded' });
    check(bare(inForm), 'a real token in a form body: 401 bare challenge (not accepted)', show(inForm));
    check(invalidRequest(await call(`/me?access_token=${token}`, { token })), 'header and query both: 400 invalid_request');
    const twice = await callWithTwoAuthorizationHeaders('/me', [`Bearer ${token}`, `Bearer ${token}`]);
    check(twice.status === 400 && /error="invalid_request"/.test(twice.challenge ?? ''), 'two Authorization headers: 400 invalid_request', `${twice.status}`);
}

async function checkWriteToken(token) {
    const before = (await call('/items', { token })).json?.items?.length;
    const added = await call('/items', { token, method: 'POST', body: '{"title":"From the selftest"}', contentType: 'application/json' });
    check(added.status === 201 && added.json?.title === 'From the selftest' && added.json.id && added.json.created,
        'api.write: POST /items 201 with the item', show(added));
    const untitled = await call('/items', { token, method: 'POST' });
    check(untitled.status === 201 && untitled.json?.title === 'New item', 'POST /items without a body: "New item"', show(untitled));
    const items = await call('/items', { token });
    check(items.json?.items?.length === before + 2 && items.json.items.some((item) => item.id === added.json?.id),
        'GET /items shows the new items (per caller, in memory)', `${before} then ${items.json?.items?.length}`);
    check((await call('/items', { token, method: 'POST', body: 'not json', contentType: 'application/json' })).status === 400,
        'POST /items with a body that is not JSON: 400');
    check((await call('/items', { token, method: 'POST', body: '{"title":42}', contentType: 'application/json' })).status === 400,
        'POST /items with a title that is not a string: 400');
    const large = await call('/items', { token, method: 'POST', body: JSON.stringify({ title: 'x'.repeat(5000) }), contentType: 'application/json' });
    check(large.status === 413, 'POST /items with a body over 4 KiB: 413', `${large.status}`);
    return added.json?.id;
}

async function checkTenantToken(token, rootItemId) {
    const me = await call('/me', { token });
    check(me.status === 200 && me.json?.iss === `${issuer}/contoso/v2.0` && me.json.sub === 'a1b2c3d4-alice',
        'a token from the contoso tenant issuer is accepted (its own keys)', show(me));
    const items = await call('/items', { token });
    check(items.status === 200 && rootItemId && !items.json?.items?.some((item) => item.id === rootItemId),
        'items are kept per issuer and sub: the tenant\'s Alice does not see the root\'s', show(items));
}

// A real DPoP-bound token: the provider's cnf.jkt is the thumbprint this API
// computes of the proof's key, and the token is good only with a proof.
async function checkDpopBoundToken(tokens, key) {
    const token = tokens.access_token;
    check(tokens.token_type === 'DPoP' && part(token, 1).cnf?.jkt === key.jkt,
        'with a DPoP proof on the token request, the provider issues token_type DPoP bound to the key (cnf.jkt)',
        `${tokens.token_type} ${JSON.stringify(part(token, 1).cnf)}`);
    const proofFor = (method, path, options = {}) => dpopProof(key, { method, url: `${apiUrl}${path}`, accessToken: token, ...options });
    const me = await call('/me', { token, scheme: 'DPoP', dpop: await proofFor('GET', '/me') });
    check(me.status === 200 && me.json?.token_type === 'DPoP' && me.json.jkt === key.jkt && me.json.sub === 'a1b2c3d4-alice',
        'a real DPoP-bound token with a proof: GET /me 200, token_type DPoP', show(me));
    const asBearer = await call('/me', { token });
    check(asBearer.status === 401 && /^DPoP realm="qtsignin-demo-api", error="invalid_token", .*algs="ES256"$/.test(asBearer.challenge ?? ''),
        'the real DPoP-bound token sent as Bearer: 401 invalid_token (RFC 9449 §7.2)', show(asBearer));
    const wrongMethod = await call('/me', { token, scheme: 'DPoP', dpop: await proofFor('POST', '/me') });
    check(wrongMethod.status === 401 && /error="invalid_dpop_proof"/.test(wrongMethod.challenge ?? ''),
        'the real DPoP-bound token with a proof for POST on a GET: 401 invalid_dpop_proof', show(wrongMethod));
}

// --- 3. A second API of our own: its log, its start-up, unreachable keys ----

function startOwnApi(env) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [fileURLToPath(new URL('./api.mjs', import.meta.url))],
            { env: { ...process.env, API_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        child.log = '';
        child.stderr.on('data', (chunk) => { child.log += chunk; });
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            if (stdout.includes('\n')) resolve(Object.assign(child, { url: stdout.split('\n')[0] }));
        });
        child.on('exit', (code) => reject(new Error(`api.mjs exited ${code}: ${child.log}`)));
    });
}

async function stopOwnApi(child) {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill();
    await exited;
}

async function checkOwnApi(readToken) {
    const api = await startOwnApi({ API_ISSUER: issuer, API_LOG: '1' });
    check(/^http:\/\/127\.0\.0\.1:\d+$/.test(api.url), 'api.mjs prints http://127.0.0.1:PORT', api.url);
    const get = (path, token) => fetch(`${api.url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    await get('/me', readToken);
    await get(`/me?access_token=${readToken}`);
    await fetch(`${api.url}/items`, { method: 'POST', headers: { Authorization: `Bearer ${readToken}` } });
    // A line is written once its response has left: the client may be faster.
    for (let i = 0; i < 50 && api.log.trim().split('\n').length < 3; ++i) await new Promise((resolve) => setTimeout(resolve, 20));
    await stopOwnApi(api);
    check(api.log.includes('GET /me 200 a1b2c3d4-alice') && api.log.includes('POST /items 403 a1b2c3d4-alice')
        && api.log.includes('GET /me 401'), 'API_LOG=1 logs method, path, status and sub', api.log.trim().split('\n').join(' | '));
    const [, payload, signature] = readToken.split('.');
    check(!api.log.includes(payload) && !api.log.includes(signature) && !api.log.includes('access_token'),
        'the log holds no token, not even one sent in the query string');

    // An issuer whose discovery cannot be fetched: 503, not 401.
    const dead = 'http://127.0.0.1:9';
    const lonely = await startOwnApi({ API_ISSUER: dead });
    const key = await generateKeyPair('RS256');
    const token = await new SignJWT({ iss: dead, aud: audience, sub: 's', client_id: 'c', jti: 'j', iat: now(), exp: now() + 60, scope: 'api.read' })
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt' }).sign(key.privateKey);
    const response = await fetch(`${lonely.url}/me`, { headers: { Authorization: `Bearer ${token}` } });
    await stopOwnApi(lonely);
    check(response.status === 503 && !response.headers.get('www-authenticate'), 'the issuer\'s keys unreachable: 503, no challenge', `${response.status}`);
}

async function main() {
    await checkVerifierRules();
    await checkWithoutTokens();

    const read = await signInForTokens(issuer, { scope: 'openid api.read' });
    check(part(read.access_token, 0).typ === 'at+jwt', 'the provider issues typ at+jwt access tokens (RFC 9068)');
    await checkForgeries(read.access_token, read.id_token);
    await checkReadToken(read.access_token);
    // Incremental consent: api.write asked for only when it is needed.
    const write = await signInForTokens(issuer, { scope: 'openid api.read api.write' });
    const rootItemId = await checkWriteToken(write.access_token);
    const tenant = await signInForTokens(`${issuer}/contoso/v2.0`, { scope: 'openid api.read' });
    await checkTenantToken(tenant.access_token, rootItemId);
    const dpopKey = await dpopKeyPair();
    await checkDpopBoundToken(await signInForTokens(issuer, { scope: 'openid api.read', dpopKey }), dpopKey);
    await checkOwnApi(read.access_token);

    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
}

main().catch((error) => {
    console.error(`selftest: ${error.stack ?? error}`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
});
