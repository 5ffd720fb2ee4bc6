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

import Provider, { errors } from 'oidc-provider';

import { directory, tenants } from './accounts.mjs';
import { renderLogin, renderConsent, renderError, renderAccountPicker } from './pages.mjs';
import { createCommonEndpoint } from './common.mjs';
import { readBody, send } from '../lib/http.mjs';

const port = Number(process.env.PROVIDER_PORT ?? 0);
const log = process.env.PROVIDER_LOG === '1';
// The app registration shows what the demo's branding file says (name,
// logo), as a real identity platform shows what was registered for the app.
const brandingDirectory = new URL('../../resources/branding/', import.meta.url);
const branding = JSON.parse(readFileSync(new URL('default.json', brandingDirectory)));
const logo = readFileSync(new URL(branding.logo, brandingDirectory));

export const apiResource = 'urn:qtsignin:demo-api';
const apiScopes = ['api.read', 'api.write'];
const clientId = 'qtsignin-demo';
// A second app of the same publisher at the same provider: tests let it share
// a token store with the first, whose tokens it must never get.
const secondClientId = 'qtsignin-demo-second';
// Installed apps registered as confidential clients, as Google registers
// "Desktop app" clients: a secret that ships with the app, sent to the token
// endpoint (RFC 6749 §2.3.1). The secrets have ':' '+' '/' and a space,
// which client_secret_basic must form-urlencode before base64 (oidc-provider
// decodes them so); only printable ASCII, as Appendix A's VSCHAR allows.
export const confidentialClients = {
    'qtsignin-confidential': { secret: 'conf:s3cret+basic/ 1', method: 'client_secret_basic' },
    'qtsignin-confidential-post': { secret: 'conf:s3cret+post/ 1', method: 'client_secret_post' },
};

// Clients for the device authorization grant's tests (RFC 8628): the first
// one's device codes expire after a few seconds, before the first poll could
// come (5 s, oidc-provider sends no interval); the second one's first
// authorization_pending is answered with slow_down instead, which
// oidc-provider itself never sends.
export const deviceClients = {
    shortLived: 'qtsignin-device-short',
    slowDown: 'qtsignin-device-slow',
};
const shortDeviceCodeTtl = 4;

// DPoP (RFC 9449, enabled by default in oidc-provider): this client's token
// requests must carry a server nonce (§8), so its first one is answered
// use_dpop_nonce with a DPoP-Nonce header, and the client sends it again.
export const dpopNonceClientId = 'qtsignin-dpop-nonce';

// Claims challenges (issue 17): the demo API wants an acr value in its access
// token that only a claims request gets there (OpenID Connect Core §5.5,
// "access_token" member, as Microsoft Entra ID reads it). A second factor
// needs the person: asked for in an authorization request, the person signs
// in again and the token gets it; asked for at a refresh whose authorization
// lacked it, the answer is interaction_required. A compliant device needs no
// one: a refresh that asks for it gets it.
export const acrValues = {
    secondFactor: 'urn:qtsignin:mfa',
    compliantDevice: 'urn:qtsignin:compliant-device',
};

const deviceCodeGrant = 'urn:ietf:params:oauth:grant-type:device_code';

// The device code polls of the slow-down client, per device code: when each
// came and what it was answered (GET /test/device-polls shows the latest).
const devicePolls = new Map();
let latestSlowDeviceCode;

// Requests per path since the last reset: tests use them to prove what the
// client did (e.g. a second run fetches no discovery document).
let requestCounts = {};
let lastTokenRequestClaims = null;

// POST /test/token-delay?ms=N holds every token request that long before
// answering it (for 60 s at most), so tests can interrupt a client while its
// refresh is under way; ms=0 ends it.
let tokenDelay = { ms: 0, until: 0 };

// Where the app has a service principal (application model: the app object
// lives in its home tenant, Contoso; another tenant gets a service principal
// when its first person consents). Shown at GET /test/tenants; POST
// /test/tenants/reset takes Fabrikam back to before its first consent.
const initialServicePrincipals = () => ({
    contoso: [{ appId: clientId, displayName: branding.name, createdBy: 'app registration (home tenant)' }],
    fabrikam: [],
});
const servicePrincipals = initialServicePrincipals();

const server = createServer();
// A provider left behind by an interrupted test run (its stop.sh never ran)
// does not live on for days: start.sh replaces it anyway, and nothing needs one
// for longer than a working day.
setTimeout(() => process.exit(0), 12 * 3600 * 1000).unref();
server.listen(port, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    // The root issuer (single tenant) and, Entra-style, one issuer per
    // tenant plus the multi-tenant entry point /common/v2.0.
    const mounts = [
        { prefix: '', ...createProvider(origin, { directory: directory() }) },
        ...Object.keys(tenants).map((tenantId) => ({
            prefix: `/${tenantId}/v2.0`,
            tenantId,
            ...createProvider(`${origin}/${tenantId}/v2.0`, { directory: directory(tenantId), tenantId }),
        })),
    ];
    const tenantMounts = Object.fromEntries(mounts.filter((m) => m.tenantId).map((m) => [m.tenantId, m]));
    const common = createCommonEndpoint({ origin, tenantMounts, directory: directory(), renderAccountPicker });

    server.on('request', (req, res) => {
        const path = req.url.split('?')[0];
        // HEAD apart: a client's reachability check of the authorization
        // endpoint is not the browser's GET of it.
        const key = req.method === 'HEAD' ? `HEAD ${path}` : path;
        requestCounts[key] = (requestCounts[key] ?? 0) + 1;
        if (log) res.on('finish', () => console.error(`${req.method} ${path} ${res.statusCode}`));
        handle(req, res, path, mounts, common).catch((error) => {
            console.error(error);
            if (!res.headersSent) send(res, 500, 'text/html; charset=utf-8', renderError(String(error.message)));
        });
    });
    console.log(origin);
});

async function handle(req, res, path, mounts, common) {
    if (await routeTestHooks(req, res, path)) return;
    // Authorization requests with a claims parameter (OpenID Connect Core
    // §5.5), counted: tests check that a sign-in sent the claims it was given.
    if (req.method === 'GET' && path.endsWith('/auth') && new URL(req.url, 'http://127.0.0.1').searchParams.has('claims')) {
        requestCounts[`claims:${path}`] = (requestCounts[`claims:${path}`] ?? 0) + 1;
    }
    if (req.method === 'POST' && path.endsWith('/token') && tokenDelay.ms > 0 && Date.now() < tokenDelay.until) {
        await new Promise((resolve) => setTimeout(resolve, tokenDelay.ms));
    }
    if (path.startsWith('/common/v2.0/')) {
        await common(req, res, path.slice('/common/v2.0'.length));
        return;
    }
    // The longest matching prefix: a tenant before the root.
    const mount = mounts.filter((m) => path === m.prefix || path.startsWith(`${m.prefix}/`))
        .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (mount.prefix) {
        // Mounted like Express does it: oidc-provider reads its mount path
        // from originalUrl minus url.
        req.originalUrl = req.url;
        req.url = req.url.slice(mount.prefix.length) || '/';
    }
    askConsentForOfflineAccess(req);
    acceptAccessTokenClaims(req);
    if (!(await routeInteraction(mount, req, res))) mount.callback(req, res);
}

// OpenID Connect Core §11: offline access needs consent. oidc-provider 9
// reads that as "the request must carry prompt=consent" and otherwise drops
// the offline_access scope (lib/actions/authorization/scopes.js, not
// configurable; issueRefreshToken cannot help, as the scope is gone from the
// code by then). This provider asks for consent itself instead: a request for
// offline_access gets "consent" added to its prompt (unless prompt=none), so
// it shows the consent page, which lists "Stay signed in", and then a refresh
// token. For this native client nothing changes for the person: oidc-provider
// asks native clients for consent on every authorization anyway. Clients
// need not know.
function askConsentForOfflineAccess(req) {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/auth'
        || !String(url.searchParams.get('scope') ?? '').split(' ').includes('offline_access')) {
        return;
    }
    const prompt = url.searchParams.get('prompt');
    const prompts = String(prompt ?? '').split(' ').filter(Boolean);
    if (prompts.includes('consent') || prompts.includes('none')) return;
    const mountPrefix = req.originalUrl ? req.originalUrl.slice(0, req.originalUrl.length - req.url.length) : undefined;
    if (prompt === null) {
        req.url += `${url.search ? '&' : '?'}prompt=consent`;
    } else {
        url.searchParams.set('prompt', [...prompts, 'consent'].join(' '));
        req.url = `${url.pathname}${url.search}`;
    }
    if (mountPrefix !== undefined) req.originalUrl = mountPrefix + req.url;
}

// Microsoft Entra ID takes a claims request with only an "access_token"
// member (a claims challenge, client capabilities); oidc-provider refuses one
// without "id_token" or "userinfo" (lib/actions/authorization/claims.js, not
// configurable), so such a request gets an empty "id_token" member, which asks
// for nothing more. A request for the second factor also gets prompt=login:
// the person proves it by signing in again.
function acceptAccessTokenClaims(req) {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/auth' || !url.searchParams.has('claims')) return;
    const claims = parseClaims(url.searchParams.get('claims'));
    if (!claims) return;
    if (claims.id_token === undefined && claims.userinfo === undefined && claims.access_token !== undefined) {
        url.searchParams.set('claims', JSON.stringify({ ...claims, id_token: {} }));
    }
    if (requestedAcr(claims).includes(acrValues.secondFactor)) {
        const prompts = String(url.searchParams.get('prompt') ?? '').split(' ').filter(Boolean);
        if (!prompts.includes('login') && !prompts.includes('none')) url.searchParams.set('prompt', [...prompts, 'login'].join(' '));
    }
    const mountPrefix = req.originalUrl ? req.originalUrl.slice(0, req.originalUrl.length - req.url.length) : undefined;
    req.url = `${url.pathname}${url.search}`;
    if (mountPrefix !== undefined) req.originalUrl = mountPrefix + req.url;
}

function parseClaims(value) {
    try {
        const claims = JSON.parse(String(value));
        return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? claims : undefined;
    } catch {
        return undefined;
    }
}

// The acr values a claims request asks for in the access token.
function requestedAcr(claims) {
    const acr = claims?.access_token?.acr;
    if (acr === null || typeof acr !== 'object') return [];
    return [...(acr.value !== undefined ? [acr.value] : []), ...(Array.isArray(acr.values) ? acr.values : [])].map(String);
}

// What the authorization behind a token request asked for (the code's or
// the refresh token's claims request), and what this refresh asks for.
function acrAskedAtAuthorization(ctx) {
    const { AuthorizationCode: code, RefreshToken: refreshToken, DeviceCode: deviceCode } = ctx.oidc.entities;
    return requestedAcr((code ?? refreshToken ?? deviceCode)?.claims);
}
const acrAskedAtRefresh = (ctx) => (ctx.oidc.params?.grant_type === 'refresh_token' ? requestedAcr(parseClaims(ctx.oidc.body?.claims)) : []);
const refreshNeedsSecondFactor = (ctx) => acrAskedAtRefresh(ctx).includes(acrValues.secondFactor)
    && !acrAskedAtAuthorization(ctx).includes(acrValues.secondFactor);

// The acr claim of an API access token (a JWT), from the claims requests.
function accessTokenAcr(ctx, token) {
    if (!token.resourceServer) return undefined;
    if (refreshNeedsSecondFactor(ctx)) {
        throw new errors.InteractionRequired('a second factor is needed: sign in again with these claims');
    }
    // One acr per token: a refresh's own claims request decides over what
    // the authorization asked for (a second factor from the sign-in stays
    // for refreshes that ask for nothing else).
    const askedAtRefresh = acrAskedAtRefresh(ctx);
    const asked = askedAtRefresh.length ? askedAtRefresh : acrAskedAtAuthorization(ctx);
    const acr = [acrValues.secondFactor, acrValues.compliantDevice].find((value) => asked.includes(value));
    return acr ? { acr } : undefined;
}

async function routeTestHooks(req, res, path) {
    if (req.method === 'GET' && path === '/static/logo.svg') {
        send(res, 200, 'image/svg+xml', logo);
    } else if (path === '/test/stats') {
        send(res, 200, 'application/json', JSON.stringify({ requests: requestCounts, last_token_request_claims: lastTokenRequestClaims }));
    } else if (req.method === 'POST' && path === '/test/stats/reset') {
        requestCounts = {};
        lastTokenRequestClaims = null;
        send(res, 204, 'text/plain', '');
    } else if (req.method === 'POST' && path === '/test/token-delay') {
        const ms = Math.min(Math.max(Number(new URL(req.url, 'http://127.0.0.1').searchParams.get('ms')) || 0, 0), 30000);
        tokenDelay = { ms, until: Date.now() + 60000 };
        send(res, 204, 'text/plain', '');
    } else if (req.method === 'GET' && path === '/test/device-polls') {
        send(res, 200, 'application/json', JSON.stringify({ polls: devicePolls.get(latestSlowDeviceCode) ?? [] }));
    } else if (req.method === 'POST' && path === '/test/tenants/reset') {
        Object.assign(servicePrincipals, initialServicePrincipals());
        send(res, 204, 'text/plain', '');
    } else if (req.method === 'GET' && path === '/test/tenants') {
        send(res, 200, 'application/json', JSON.stringify(Object.fromEntries(Object.entries(tenants).map(
            ([id, tenant]) => [id, { display_name: tenant.displayName, service_principals: servicePrincipals[id] }]))));
    } else {
        return false;
    }
    return true;
}

function createProvider(issuer, { directory: people, tenantId }) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = `${tenantId ?? 'root'}-${randomBytes(4).toString('hex')}`;
    const signingKey = { ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
    const publicJwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
    const cookiePrefix = tenantId ? `_${tenantId}` : '';

    const provider = new Provider(issuer, {
        clients: [clientId, secondClientId, ...Object.keys(confidentialClients), ...Object.values(deviceClients),
            dpopNonceClientId].map((id) => ({
            client_id: id,
            client_name: id === clientId ? branding.name
                : id === secondClientId ? `${branding.name} (second app)` : `${branding.name} (${id})`,
            logo_uri: `${new URL(issuer).origin}/static/logo.svg`,
            application_type: 'native',
            ...(confidentialClients[id]
                ? { client_secret: confidentialClients[id].secret, token_endpoint_auth_method: confidentialClients[id].method }
                : { token_endpoint_auth_method: 'none' }),
            grant_types: ['authorization_code', 'refresh_token', deviceCodeGrant],
            response_types: ['code'],
            // RFC 8252 §7.3: for a native client oidc-provider accepts these
            // loopback redirects on any port.
            redirect_uris: ['127.0.0.1', '[::1]', 'localhost'].flatMap((host) =>
                [`http://${host}/`, `http://${host}/callback`]),
        })),
        jwks: { keys: [signingKey] },
        cookies: {
            keys: [randomBytes(32).toString('hex')],
            // Several issuers share one host: each keeps its own cookies.
            names: { session: `${cookiePrefix}_session`, interaction: `${cookiePrefix}_interaction`, resume: `${cookiePrefix}_interaction_resume` },
        },
        scopes: ['openid', 'offline_access', 'profile', 'email', ...apiScopes],
        claims: {
            openid: ['sub', 'tid'],
            profile: ['name', 'given_name', 'family_name', 'preferred_username'],
            email: ['email', 'email_verified'],
        },
        // Profile claims in the ID token too, as Microsoft Entra ID does, so
        // an app knows who signed in without a userinfo call.
        conformIdTokenClaims: false,
        findAccount: people.findAccount,
        pkce: { required: () => true },
        features: {
            devInteractions: { enabled: false },
            // The claims request parameter (OpenID Connect Core §5.5): a
            // claim asked for this way comes in the ID token or userinfo
            // even without its scope, once the person consented to it.
            claimsParameter: { enabled: true },
            userinfo: { enabled: true },
            revocation: { enabled: true },
            rpInitiatedLogout: { enabled: true },
            // RFC 8628, with oidc-provider's own code entry and confirmation
            // pages at /device; login and consent are this provider's pages.
            deviceFlow: { enabled: true },
            dPoP: {
                enabled: true,
                nonceSecret: randomBytes(32),
                requireNonce: (ctx) => ctx.oidc?.client?.clientId === dpopNonceClientId,
            },
            resourceIndicators: {
                enabled: true,
                // A request for an API scope without a `resource` parameter is
                // for the demo API; its access token is a JWT the API validates.
                defaultResource: (ctx) => {
                    const scopes = String(ctx.oidc.params?.scope ?? ctx.oidc.body?.scope ?? '').split(' ');
                    return scopes.some((scope) => apiScopes.includes(scope)) ? apiResource : undefined;
                },
                // A refresh that names scopes decides like an authorization
                // request: API scopes, the API's token; only OpenID scopes
                // ("openid profile email"), the provider's own, which its
                // userinfo accepts (as Microsoft Entra ID answers such a
                // refresh with a token for Graph, whose /me is userinfo).
                useGrantedResource: (ctx) => {
                    const scope = ctx.oidc.params?.scope;
                    return scope === undefined || String(scope).split(' ').some((s) => apiScopes.includes(s));
                },
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
            DeviceCode: (ctx, token, client) => (client?.clientId === deviceClients.shortLived ? shortDeviceCodeTtl : 600),
        },
        // Always, but for a refresh refused for want of a second factor
        // (accessTokenAcr throws after the rotation): the refresh token
        // stays good for the sign-in that follows.
        rotateRefreshToken: (ctx) => !refreshNeedsSecondFactor(ctx),
        extraTokenClaims: accessTokenAcr,
        interactions: { url: (ctx, interaction) => `${new URL(issuer).pathname.replace(/\/$/, '')}/interaction/${interaction.uid}` },
        renderError: (ctx, out) => {
            ctx.type = 'html';
            ctx.body = renderError(`${out.error}: ${out.error_description ?? ''}`);
        },
    });

    // Refresh grants, counted apart from code grants: tests check that
    // concurrent silent calls redeem a refresh token once.
    provider.on('grant.success', (ctx) => {
        const key = `grant:${ctx.oidc.params.grant_type}`;
        requestCounts[key] = (requestCounts[key] ?? 0) + 1;
        // Token requests that carried a claims parameter (Microsoft Entra ID
        // reads client capabilities and claims challenges there; this
        // provider does not, but tests check that the client sent them),
        // and the last one's value.
        if (ctx.oidc.body?.claims !== undefined) {
            const claimsKey = `claims:grant:${ctx.oidc.params.grant_type}`;
            requestCounts[claimsKey] = (requestCounts[claimsKey] ?? 0) + 1;
            lastTokenRequestClaims = String(ctx.oidc.body.claims);
        }
        // How a confidential client authenticated: oidc-provider takes
        // client_secret_basic and client_secret_post alike whichever was
        // registered, so tests check from here that the client sent what
        // it was told to.
        if (confidentialClients[ctx.oidc.client?.clientId]) {
            const method = /^basic /i.test(ctx.headers.authorization ?? '') ? 'client_secret_basic'
                : ctx.oidc.params.client_secret ? 'client_secret_post' : 'none';
            const authKey = `client_auth:${ctx.oidc.client.clientId}:${method}`;
            requestCounts[authKey] = (requestCounts[authKey] ?? 0) + 1;
        }
    });
    // The slow-down client's device code polls: the first that would be
    // authorization_pending is slow_down (RFC 8628 §3.5); each is recorded.
    provider.use(async (ctx, next) => {
        await next();
        if (ctx.oidc?.route !== 'token' || ctx.oidc.params?.grant_type !== deviceCodeGrant
            || ctx.oidc.client?.clientId !== deviceClients.slowDown) {
            return;
        }
        const deviceCode = String(ctx.oidc.params.device_code);
        const polls = devicePolls.get(deviceCode) ?? [];
        devicePolls.set(deviceCode, polls);
        latestSlowDeviceCode = deviceCode;
        let answer = ctx.status === 200 ? 'tokens' : String(ctx.body?.error);
        if (answer === 'authorization_pending' && !polls.some((poll) => poll.answer === 'slow_down')) {
            answer = 'slow_down';
            ctx.body = { error: 'slow_down', error_description: 'you are polling too quickly' };
        }
        polls.push({ at: Date.now(), answer });
    });
    // Why a request failed is in error_detail, which clients never see.
    provider.on('server_error', (ctx, error) => console.error(`server_error: ${error.stack ?? error}`));
    if (log) {
        for (const event of ['grant.error', 'authorization.error', 'userinfo.error', 'revocation.error']) {
            provider.on(event, (ctx, error) =>
                console.error(`${event}: ${error.error} (${error.error_detail ?? error.error_description ?? error.message})`));
        }
    }
    return { provider, callback: provider.callback(), people, publicJwk };
}

async function routeInteraction({ provider, people, prefix, tenantId }, req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const match = url.pathname.match(/^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/);
    if (!match) return false;
    const [, uid, action] = match;
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const client = await provider.Client.find(details.params.client_id);
    const base = `${prefix}/interaction/${uid}`;
    const tenant = tenantId ? { id: tenantId, displayName: tenants[tenantId].displayName,
        hasServicePrincipal: servicePrincipals[tenantId].some((sp) => sp.appId === client.clientId) } : undefined;

    if (req.method === 'GET' && !action) {
        if (details.prompt.name === 'login') {
            send(res, 200, 'text/html; charset=utf-8', renderLogin({ base, client, tenant, loginHint: details.params.login_hint }));
        } else {
            send(res, 200, 'text/html; charset=utf-8', renderConsent({ base, client, tenant, details, account: people.accounts[details.session.accountId] }));
        }
        return true;
    }
    if (req.method !== 'POST') return false;
    const form = new URLSearchParams(await readBody(req));
    if (action === 'login') {
        const accountId = people.checkPassword(form.get('username'), form.get('password'));
        if (!accountId) {
            send(res, 200, 'text/html; charset=utf-8', renderLogin({ base, client, tenant, loginHint: form.get('username'), error: 'The username or password is not right.' }));
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
        if (tenant && !tenant.hasServicePrincipal) {
            servicePrincipals[tenantId].push({ appId: client.clientId, displayName: client.clientName,
                createdBy: `consent of ${people.accounts[accountId].claims.preferred_username}`, createdAt: new Date().toISOString() });
        }
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
