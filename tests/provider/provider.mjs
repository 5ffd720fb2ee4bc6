// The local OpenID provider QtSignIn's tests and demo sign in to: the npm
// package oidc-provider (a certified OpenID Provider), configured like a small
// identity platform with one public desktop client, two users, an API with
// its own scopes, and login and consent pages that show the client's name and
// logo. It listens on 127.0.0.1 only.
//
//   PROVIDER_PORT=0 node provider.mjs    (0: the OS picks; the issuer is printed)

import { createServer } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import Provider from 'oidc-provider';

import { accounts, findAccount, checkPassword } from './accounts.mjs';
import { renderLogin, renderConsent, renderError } from './pages.mjs';

const port = Number(process.env.PROVIDER_PORT ?? 0);
const log = process.env.PROVIDER_LOG === '1';
const logo = readFileSync(new URL('./logo.svg', import.meta.url));

export const apiResource = 'urn:qtsignin:demo-api';
const apiScopes = ['api.read', 'api.write'];

// Requests per path since the last reset: tests use them to prove what the
// client did (e.g. a second run fetches no discovery document).
let requestCounts = {};

const server = createServer();
server.listen(port, '127.0.0.1', () => {
    const issuer = `http://127.0.0.1:${server.address().port}`;
    const provider = createProvider(issuer);
    const callback = provider.callback();
    server.on('request', (req, res) => {
        const path = req.url.split('?')[0];
        requestCounts[path] = (requestCounts[path] ?? 0) + 1;
        if (log) res.on('finish', () => console.error(`${req.method} ${path} ${res.statusCode}`));
        route(provider, req, res).then((handled) => { if (!handled) callback(req, res); })
            .catch((error) => {
                console.error(error);
                if (!res.headersSent) send(res, 500, 'text/html; charset=utf-8', renderError(String(error.message)));
            });
    });
    console.log(issuer);
});

function createProvider(issuer) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: `rsa-${randomBytes(4).toString('hex')}`, use: 'sig', alg: 'RS256' };

    const provider = new Provider(issuer, {
        clients: [{
            client_id: 'qtsignin-demo',
            client_name: 'QtSignIn Demo',
            logo_uri: `${issuer}/static/logo.svg`,
            application_type: 'native',
            token_endpoint_auth_method: 'none',
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
            // RFC 8252 §7.3: for a native client oidc-provider accepts these
            // loopback redirects on any port.
            redirect_uris: ['127.0.0.1', '[::1]', 'localhost'].flatMap((host) =>
                [`http://${host}/`, `http://${host}/callback`]),
        }],
        jwks: { keys: [signingKey] },
        cookies: { keys: [randomBytes(32).toString('hex')] },
        scopes: ['openid', 'offline_access', 'profile', 'email', ...apiScopes],
        claims: {
            openid: ['sub'],
            profile: ['name', 'given_name', 'family_name', 'preferred_username'],
            email: ['email', 'email_verified'],
        },
        // Profile claims in the ID token too, as Microsoft Entra ID does, so
        // an app knows who signed in without a userinfo call.
        conformIdTokenClaims: false,
        findAccount,
        pkce: { required: () => true },
        features: {
            devInteractions: { enabled: false },
            userinfo: { enabled: true },
            revocation: { enabled: true },
            rpInitiatedLogout: { enabled: true },
            resourceIndicators: {
                enabled: true,
                // A request for an API scope without a `resource` parameter is
                // for the demo API; its access token is a JWT the API validates.
                defaultResource: (ctx) => {
                    const scopes = String(ctx.oidc.params?.scope ?? ctx.oidc.body?.scope ?? '').split(' ');
                    return scopes.some((scope) => apiScopes.includes(scope)) ? apiResource : undefined;
                },
                useGrantedResource: () => true,
                getResourceServerInfo: (ctx, resourceIndicator) => {
                    if (resourceIndicator !== apiResource) throw new Error('unknown resource');
                    return { scope: apiScopes.join(' '), audience: apiResource, accessTokenFormat: 'jwt', accessTokenTTL: 3600 };
                },
            },
        },
        ttl: {
            AccessToken: 3600,
            AuthorizationCode: 60,
            IdToken: 3600,
            Grant: 14 * 24 * 3600,
            Interaction: 3600,
            Session: 14 * 24 * 3600,
            RefreshToken: 14 * 24 * 3600,
        },
        rotateRefreshToken: true,
        interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
        renderError: (ctx, out) => {
            ctx.type = 'html';
            ctx.body = renderError(`${out.error}: ${out.error_description ?? ''}`);
        },
    });

    // OpenID Connect Core §11: offline access needs consent. oidc-provider
    // reads that as "prompt=consent must be sent" and otherwise drops the
    // offline_access scope. Our provider instead asks for consent itself:
    // a request for offline_access always gets the consent page, which lists
    // "stay signed in", and then a refresh token. Clients need not know.
    provider.use(async (ctx, next) => {
        if (ctx.path === '/auth' && ctx.method === 'GET') {
            const query = { ...ctx.query };
            if (String(query.scope ?? '').split(' ').includes('offline_access') && query.prompt === undefined) {
                query.prompt = 'consent';
                ctx.query = query;
            }
        }
        await next();
    });
    return provider;
}

async function route(provider, req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/static/logo.svg') {
        send(res, 200, 'image/svg+xml', logo);
        return true;
    }
    if (url.pathname === '/test/stats') {
        send(res, 200, 'application/json', JSON.stringify({ requests: requestCounts }));
        return true;
    }
    if (req.method === 'POST' && url.pathname === '/test/stats/reset') {
        requestCounts = {};
        send(res, 204, 'text/plain', '');
        return true;
    }
    const match = url.pathname.match(/^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/);
    if (!match) return false;
    const [, uid, action] = match;
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const client = await provider.Client.find(details.params.client_id);

    if (req.method === 'GET' && !action) {
        if (details.prompt.name === 'login') {
            send(res, 200, 'text/html; charset=utf-8', renderLogin({ uid, client, loginHint: details.params.login_hint }));
        } else {
            send(res, 200, 'text/html; charset=utf-8', renderConsent({ uid, client, details, account: accounts[details.session.accountId] }));
        }
        return true;
    }
    if (req.method !== 'POST') return false;
    const form = new URLSearchParams(await readBody(req));
    if (action === 'login') {
        const accountId = checkPassword(form.get('username'), form.get('password'));
        if (!accountId) {
            send(res, 200, 'text/html; charset=utf-8', renderLogin({ uid, client, loginHint: form.get('username'), error: 'The username or password is not right.' }));
            return true;
        }
        await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
        return true;
    }
    if (action === 'confirm') {
        const { prompt: { details: missing }, params, session: { accountId } } = details;
        const grant = details.grantId
            ? await provider.Grant.find(details.grantId)
            : new provider.Grant({ accountId, clientId: params.client_id });
        if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
        if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
        for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
            grant.addResourceScope(indicator, scopes.join(' '));
        }
        const grantId = await grant.save();
        const consent = details.grantId ? {} : { grantId };
        await provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
        return true;
    }
    // The person said no: the client gets error=access_denied.
    await provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'The person declined to grant the requested permissions.',
    }, { mergeWithLastSubmission: false });
    return true;
}

function send(res, status, type, body) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
}

function readBody(req) {
    return new Promise((resolve, reject) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk) => {
            body += chunk;
            if (body.length > 64 * 1024) reject(new Error('form too large'));
        });
        req.on('end', () => resolve(body));
        req.on('error', reject);
    });
}
