// The demo's protected API: a small resource server beside the local OpenID
// provider (tests/provider). It accepts the provider's JWT access tokens for
// urn:qtsignin:demo-api (verifier.mjs) in the Authorization header only, and
// answers as RFC 6750 says, so the demo app and the tests see what a real API
// does: 401 without or with a bad token, 403 with the scope it needs, and
// 401 insufficient_claims with a claims challenge where a token lacks the
// acr value an endpoint demands (Microsoft Entra ID's Conditional Access).
// DPoP-bound access tokens (RFC 9449) come as `Authorization: DPoP` with a
// DPoP proof, checked by dpop.mjs; a bound token sent as Bearer is refused.
// It listens on 127.0.0.1 only.
//
//   API_ISSUER=http://127.0.0.1:PORT [API_PORT=0] [API_LOG=1] [API_DPOP_NONCE=1] node api.mjs
//
// Prints its base URL (http://127.0.0.1:PORT) once listening. API_LOG=1 logs
// method, path, status and the caller's sub to stderr; never a token.

import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { BodyTooLarge, readBody, sendJson } from '../lib/http.mjs';
import { createDpopChecker, dpopAlgorithms, DpopRejected, ReplayCacheFull } from './dpop.mjs';
import { allowedIssuers, createVerifier, discoveryKeys, KeysUnavailable, TokenRejected } from './verifier.mjs';

export { allowedIssuers, createVerifier, TokenRejected, KeysUnavailable } from './verifier.mjs';
export { createDpopChecker } from './dpop.mjs';

export const realm = 'qtsignin-demo-api';
const maxBodyBytes = 4 * 1024;
const maxItemsPerCaller = 100;
const maxTitleLength = 200;

const routes = {
    '/health': { GET: { handler: health } },
    '/me': { GET: { scope: 'api.read', handler: me } },
    '/items': { GET: { scope: 'api.read', handler: listItems }, POST: { scope: 'api.write', handler: addItem } },
    // The same items, behind a second factor or a compliant device (the acr
    // values the local provider puts in a token whose claims request asks).
    '/secure-items': { GET: { scope: 'api.read', acr: 'urn:qtsignin:mfa', handler: listItems } },
    '/device-items': { GET: { scope: 'api.read', acr: 'urn:qtsignin:compliant-device', handler: listItems } },
};

// Returns the server's request listener. `verify` is a verifier from
// createVerifier, `dpop` a checker from createDpopChecker (by default one
// without nonces); each caller's items live in memory, keyed by iss and sub.
export function createApi({ verify, dpop = createDpopChecker(), log = false }) {
    const items = new Map();
    return (req, res) => {
        if (log) {
            res.on('finish', () => console.error(`${req.method} ${pathOf(req)} ${res.statusCode}`
                + `${res.caller ? ` ${res.caller}` : ''}${res.dpopJkt ? ' (DPoP)' : ''}`));
        }
        handle(req, res, { verify, dpop, items }).catch((error) => {
            console.error(`api: ${error.stack ?? error}`);
            if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: 'The API failed.' });
            else res.destroy();
        });
    };
}

// The path alone: a query string may carry a token, so it is never logged.
const pathOf = (req) => String(req.url).split('?')[0];

async function handle(req, res, context) {
    let url;
    try {
        url = new URL(req.url, 'http://127.0.0.1');
    } catch {
        return sendJson(res, 400, { error: 'bad_request', error_description: 'The request target is not a valid path.' });
    }
    const route = routes[url.pathname];
    if (!route) return sendJson(res, 404, { error: 'not_found', error_description: `There is no ${url.pathname} here.` });
    const operation = route[req.method];
    if (!operation) {
        return sendJson(res, 405, { error: 'method_not_allowed', error_description: `${url.pathname} answers ${Object.keys(route).join(', ')}.` },
            { Allow: Object.keys(route).join(', ') });
    }
    let body = '';
    if (req.method === 'POST') {
        try {
            body = await readBody(req, maxBodyBytes);
        } catch (error) {
            if (!(error instanceof BodyTooLarge)) throw error;
            // The answer closes the connection rather than read the rest.
            return sendJson(res, 413, { error: 'payload_too_large', error_description: `The body is larger than ${maxBodyBytes} bytes.` },
                { Connection: 'close' });
        }
    }
    let caller;
    if (operation.scope) {
        caller = await authorize(req, res, url, body, operation.scope, context);
        if (!caller) return undefined;
        res.caller = caller.sub;
        if (operation.acr && caller.acr !== operation.acr) return challengeForClaims(res, operation.acr);
    }
    return operation.handler({ req, res, body, caller, items: context.items });
}

// The values of every header `name` carries: Node keeps only the first of
// repeated Authorization headers and joins repeated others, so the raw ones
// are counted.
function headerValues(req, name) {
    const values = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
        if (req.rawHeaders[i].toLowerCase() === name) values.push(req.rawHeaders[i + 1]);
    }
    return values;
}

// RFC 6750: the token comes in the Authorization header and nowhere else
// (§2.1; the query and form-body methods of §2.2 and §2.3 are not offered).
// RFC 9449 §7.1: a DPoP-bound token comes with the scheme DPoP and a proof.
// Answers the request itself and returns undefined when it may not go on.
async function authorize(req, res, url, body, scope, { verify, dpop }) {
    const headers = headerValues(req, 'authorization');
    const inQuery = url.searchParams.has('access_token');
    const inBody = /^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')
        && new URLSearchParams(body).has('access_token');
    if (headers.length > 1) return refuse(res, 400, 'invalid_request', 'The request has more than one Authorization header.');
    if (headers.length === 1 && (inQuery || inBody)) {
        return refuse(res, 400, 'invalid_request', 'The request sends an access token in more than one way (RFC 6750 section 3.1).');
    }
    if (headers.length === 0) {
        // §3.1: a request without credentials (or with them where this API
        // does not look) gets the challenge alone, no error code.
        return refuse(res, 401, undefined, inQuery || inBody
            ? 'This API takes the access token in the Authorization header only, not in the query or body.'
            : 'This API needs an access token: Authorization: Bearer <token>.');
    }
    const [, name, credentials] = /^(\S+)(.*)$/s.exec(headers[0]) ?? [];
    const scheme = { bearer: 'Bearer', dpop: 'DPoP' }[name?.toLowerCase()];
    if (!scheme) return refuse(res, 401, undefined, 'This API needs a Bearer or a DPoP access token.');
    // RFC 6750 §2.1: "Bearer" 1*SP b64token; RFC 9449 §7.1: "DPoP" 1*SP token68 (the same characters).
    const token = /^ +([A-Za-z0-9\-._~+/]+=*)$/.exec(credentials)?.[1];
    if (!token) return refuse(res, 400, 'invalid_request', `The Authorization header is not "${scheme} <token>".`, { scheme });

    let claims;
    try {
        ({ claims } = await verify(token));
    } catch (error) {
        if (error instanceof TokenRejected) return refuse(res, 401, 'invalid_token', error.description, { scheme });
        if (error instanceof KeysUnavailable) {
            console.error(`api: ${error.message}`);
            return sendJson(res, 503, { error: 'temporarily_unavailable', error_description: 'The token issuer\'s keys cannot be fetched right now.' },
                { 'Retry-After': '5' });
        }
        throw error;
    }
    let dpopJkt;
    if (scheme === 'Bearer' && claims.cnf !== undefined) {
        // RFC 9449 §7.2: a token bound to a key is worth nothing without it.
        return refuse(res, 401, 'invalid_token', 'The access token is DPoP-bound: send it as Authorization: DPoP with a DPoP proof.',
            { scheme: 'DPoP' });
    }
    if (scheme === 'DPoP') {
        try {
            ({ jkt: dpopJkt } = await dpop.check({ proofs: headerValues(req, 'dpop'), method: req.method,
                url: `${ownOrigin(req)}${url.pathname}`, accessToken: token, tokenClaims: claims }));
        } catch (error) {
            if (error instanceof DpopRejected) {
                return refuse(res, 401, error.error, error.description, { scheme, headers: error.nonce ? { 'DPoP-Nonce': error.nonce } : {} });
            }
            if (error instanceof ReplayCacheFull) {
                return sendJson(res, 503, { error: 'temporarily_unavailable', error_description: 'The API has too many DPoP proofs to remember; try again shortly.' },
                    { 'Retry-After': '5' });
            }
            throw error;
        }
        res.dpopJkt = dpopJkt;
    }
    const granted = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
    if (!granted.includes(scope)) {
        res.caller = claims.sub;
        return refuse(res, 403, 'insufficient_scope', `This needs the ${scope} scope, which the access token does not have.`, { scope, scheme });
    }
    return { ...claims, scopes: granted, ...(dpopJkt ? { dpopJkt } : {}) };
}

// The origin this request reached, from the socket (never the Host header,
// which the client writes): a DPoP proof's htu must name this API (RFC 9449
// §4.3 check 9), not whatever host a replayed proof was made for.
function ownOrigin(req) {
    const { localAddress: address, localPort: port } = req.socket;
    return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

// An RFC 6750 §3 answer: the challenge in WWW-Authenticate and the same in a
// JSON body. The DPoP scheme's challenge (RFC 9449 §7.1) has the same
// parameters and names the proof algorithms this API accepts (algs).
function refuse(res, status, error, description, { scope, scheme = 'Bearer', headers = {} } = {}) {
    const params = [['realm', realm]];
    if (error) params.push(['error', error], ['error_description', description]);
    if (scope) params.push(['scope', scope]);
    if (scheme === 'DPoP') params.push(['algs', dpopAlgorithms.join(' ')]);
    const challenge = `${scheme} ${params.map(([name, value]) => `${name}="${quoted(value)}"`).join(', ')}`;
    sendJson(res, status, { error: error ?? 'missing_token', error_description: description, ...(scope ? { scope } : {}) },
        { ...headers, 'WWW-Authenticate': challenge });
    return undefined;
}

// A claims challenge as Microsoft Entra ID documents it: 401, error
// insufficient_claims, and the claims request to get (OpenID Connect Core
// §5.5) in base64 (the standard alphabet, padded, as Entra sends it).
function challengeForClaims(res, acr) {
    const claims = JSON.stringify({ access_token: { acr: { essential: true, value: acr } } });
    const encoded = Buffer.from(claims).toString('base64');
    const description = `This needs an access token with acr ${acr}.`;
    const challenge = `Bearer realm="${realm}", error="insufficient_claims", error_description="${quoted(description)}", claims="${encoded}"`;
    sendJson(res, 401, { error: 'insufficient_claims', error_description: description, claims: encoded },
        { 'WWW-Authenticate': challenge });
    return undefined;
}

// RFC 6750 §3: error_description holds %x20-21 / %x23-5B / %x5D-7E only, so
// quotes and backslashes are replaced and anything else unprintable dropped;
// what is left is still escaped as an RFC 9110 quoted-string would be.
function quoted(value) {
    return String(value).replace(/"/g, '\'').replace(/\\/g, '/').replace(/[^\x20-\x7e]/g, '')
        .replace(/["\\]/g, '\\$&');
}

function health({ res }) {
    sendJson(res, 200, { ok: true });
}

function me({ res, caller }) {
    sendJson(res, 200, {
        sub: caller.sub,
        ...(caller.tid !== undefined ? { tid: caller.tid } : {}),
        iss: caller.iss,
        scopes: caller.scopes,
        client_id: caller.client_id,
        expires_at: new Date(caller.exp * 1000).toISOString(),
        // How the token came: DPoP with the thumbprint of the proof's key, or Bearer.
        token_type: caller.dpopJkt ? 'DPoP' : 'Bearer',
        ...(caller.dpopJkt ? { jkt: caller.dpopJkt } : {}),
    });
}

function itemsOf(items, caller) {
    const key = `${caller.iss} ${caller.sub}`;
    if (!items.has(key)) {
        const created = new Date().toISOString();
        items.set(key, ['Read the QtSignIn README', 'Sign in from the demo', 'Ask for api.write only when it is needed']
            .map((title) => ({ id: randomUUID(), title, created })));
    }
    return items.get(key);
}

function listItems({ res, caller, items }) {
    sendJson(res, 200, { items: itemsOf(items, caller) });
}

function addItem({ res, body, caller, items }) {
    let title = 'New item';
    if (body.trim()) {
        let parsed;
        try {
            parsed = JSON.parse(body);
        } catch {
            return sendJson(res, 400, { error: 'invalid_body', error_description: 'The body is not JSON.' });
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
            return sendJson(res, 400, { error: 'invalid_body', error_description: 'The body is not a JSON object.' });
        }
        if (parsed.title !== undefined) {
            if (typeof parsed.title !== 'string' || !parsed.title.trim() || parsed.title.length > maxTitleLength) {
                return sendJson(res, 400, { error: 'invalid_body', error_description: `title is a non-empty string of at most ${maxTitleLength} characters.` });
            }
            title = parsed.title.trim();
        }
    }
    const list = itemsOf(items, caller);
    if (list.length >= maxItemsPerCaller) {
        return sendJson(res, 409, { error: 'too_many_items', error_description: `A caller has at most ${maxItemsPerCaller} items.` });
    }
    const item = { id: randomUUID(), title, created: new Date().toISOString() };
    list.push(item);
    return sendJson(res, 201, item);
}

function main() {
    const issuer = process.env.API_ISSUER?.replace(/\/+$/, '');
    if (!issuer || !/^https?:\/\/[^/]/.test(issuer)) {
        console.error('usage: API_ISSUER=http://127.0.0.1:PORT [API_PORT=0] [API_LOG=1] [API_DPOP_NONCE=1] node tests/api/api.mjs');
        process.exit(2);
    }
    const port = Number(process.env.API_PORT ?? 0);
    const verify = createVerifier({ issuers: allowedIssuers(issuer), keysFor: discoveryKeys() });
    // API_DPOP_NONCE=1: every DPoP proof must carry a nonce of this API's (RFC 9449 §9).
    const dpop = createDpopChecker({ requireNonce: process.env.API_DPOP_NONCE === '1' });
    const server = createServer(createApi({ verify, dpop, log: process.env.API_LOG === '1' }));
    // Like the provider: an API left behind by an interrupted run does not
    // live on for days.
    setTimeout(() => process.exit(0), 12 * 3600 * 1000).unref();
    server.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
