// The multi-tenant entry point /common/v2.0, as Microsoft Entra ID has it:
// its discovery document names the issuer as a template with {tenantid}; it
// sends each person to their own tenant's sign-in (by username), so the ID
// token comes from, and names, that tenant; its token endpoint hands each
// code or refresh token to the tenant that issued it; its JWKS holds every
// tenant's keys.

import { Readable } from 'node:stream';

import { readBody, sendJson as json } from '../lib/http.mjs';

export function createCommonEndpoint({ origin, tenantMounts, directory, renderAccountPicker }) {
    const base = `${origin}/common/v2.0`;
    const discovery = {
        issuer: `${origin}/{tenantid}/v2.0`,
        authorization_endpoint: `${base}/auth`,
        token_endpoint: `${base}/token`,
        jwks_uri: `${base}/jwks`,
        response_types_supported: ['code'],
        response_modes_supported: ['query'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
        scopes_supported: ['openid', 'offline_access', 'profile', 'email', 'api.read', 'api.write'],
        claims_supported: ['sub', 'tid', 'iss', 'aud', 'name', 'preferred_username', 'email'],
        authorization_response_iss_parameter_supported: true,
    };

    return async function common(req, res, path) {
        const url = new URL(req.url, origin);
        if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
            return json(res, 200, discovery);
        }
        if (req.method === 'GET' && path === '/jwks') {
            return json(res, 200, { keys: Object.values(tenantMounts).map((mount) => mount.publicJwk) });
        }
        if (req.method === 'GET' && path === '/auth') {
            const params = Object.fromEntries(url.searchParams);
            const tenantId = params.login_hint ? directory.tenantOf(params.login_hint) : undefined;
            if (!tenantId) {
                res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
                res.end(renderAccountPicker({ action: `${base}/auth`, params,
                    error: params.login_hint ? 'No organisation knows that account.' : undefined }));
                return;
            }
            res.writeHead(302, { Location: `${origin}/${tenantId}/v2.0/auth${url.search}` });
            res.end();
            return;
        }
        if (req.method === 'POST' && path === '/token') {
            const body = await readBody(req);
            const form = new URLSearchParams(body);
            for (const mount of Object.values(tenantMounts)) {
                const issued = form.get('grant_type') === 'refresh_token'
                    ? await mount.provider.RefreshToken.find(form.get('refresh_token') ?? '')
                    : await mount.provider.AuthorizationCode.find(form.get('code') ?? '');
                if (issued) return forward(mount, req, res, body);
            }
            return json(res, 400, { error: 'invalid_grant', error_description: 'no tenant issued this grant' });
        }
        json(res, 404, { error: 'not_found' });
    };
}

// Replays the request, body and all, to the tenant's own token endpoint.
function forward(mount, req, res, body) {
    const replay = Readable.from([Buffer.from(body)]);
    Object.assign(replay, {
        method: req.method,
        url: '/token',
        originalUrl: `${mount.prefix}/token`,
        headers: { ...req.headers, 'content-length': String(Buffer.byteLength(body)) },
        httpVersion: req.httpVersion,
        httpVersionMajor: req.httpVersionMajor,
        httpVersionMinor: req.httpVersionMinor,
        socket: req.socket,
        connection: req.socket,
    });
    mount.callback(replay, res);
}
