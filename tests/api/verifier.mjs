// Access-token validation for the demo API: JWT access tokens (RFC 9068)
// from the local provider's root issuer or one of its tenants, checked with
// the npm package jose. The verifier is plain data in, claims out, so
// selftest.mjs can prove every rule against keys of its own; where the keys
// come from (discovery, or a test's local JWKS) is the caller's choice.

import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';

export const apiAudience = 'urn:qtsignin:demo-api';

// Asymmetric only: `none` and the HS* family (a shared secret the API would
// have to hold) never verify, whatever a token's header says.
export const acceptedAlgorithms = ['RS256', 'ES256', 'PS256'];

// RFC 9068 §2.2: the claims every JWT access token carries.
const requiredClaims = ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti'];

// A token this API will not accept: the caller answers 401 invalid_token with
// `description` (plain ASCII, no secrets, safe for a header).
export class TokenRejected extends Error {
    constructor(description) {
        super(description);
        this.name = 'TokenRejected';
        this.description = description;
    }
}

// The issuer's keys could not be fetched: not the token's fault (503).
export class KeysUnavailable extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'KeysUnavailable';
    }
}

// The issuers this API trusts, all from one root issuer: the root itself and
// the tenant issuers the local provider mounts beneath it.
export function allowedIssuers(rootIssuer) {
    const root = rootIssuer.replace(/\/+$/, '');
    return [root, `${root}/contoso/v2.0`, `${root}/fabrikam/v2.0`];
}

// Returns `async verify(token) -> { claims, header }`, throwing TokenRejected
// or KeysUnavailable. `keysFor(iss)` (maybe async) gives a jose key resolver
// for one issuer; it is asked only for issuers in `issuers`, so a token can
// never choose the keys it is checked against.
export function createVerifier({ issuers, keysFor, audience = apiAudience, clockTolerance = 30 }) {
    if (clockTolerance > 30) throw new RangeError('clockTolerance is at most 30 s');
    const trusted = new Set(issuers);
    return async function verify(token) {
        let unverified;
        try {
            unverified = decodeJwt(token);
        } catch {
            throw new TokenRejected('The access token is not a well-formed JWT.');
        }
        if (typeof unverified.iss !== 'string' || !trusted.has(unverified.iss)) {
            throw new TokenRejected('The access token is not from an issuer this API trusts.');
        }
        let keys;
        try {
            keys = await keysFor(unverified.iss);
        } catch (error) {
            throw error instanceof KeysUnavailable ? error : new KeysUnavailable(`keys of ${unverified.iss}: ${error.message}`, { cause: error });
        }
        try {
            const { payload, protectedHeader } = await jwtVerify(token, keys, {
                issuer: unverified.iss,
                audience,
                algorithms: acceptedAlgorithms,
                // RFC 9068 §4: a resource server checks typ, so an ID token
                // (or any other JWT of the issuer) is never taken for access.
                typ: 'at+jwt',
                requiredClaims,
                clockTolerance,
            });
            return { claims: payload, header: protectedHeader };
        } catch (error) {
            throw translate(error);
        }
    };
}

// jose's error, as a description a client may read (jose's own messages
// quote claim names, and some name a key; these say the same plainly).
function translate(error) {
    switch (error.code) {
    case 'ERR_JWT_EXPIRED':
        return new TokenRejected('The access token has expired.');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
        return new TokenRejected(claimFailure(error));
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
        return new TokenRejected('The access token is not signed with an algorithm this API accepts (RS256, ES256, PS256).');
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
        return new TokenRejected('The access token signature does not verify.');
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
        return new TokenRejected('The access token was not signed by a key of its issuer.');
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
    case 'ERR_JOSE_NOT_SUPPORTED':
    case 'ERR_JWK_INVALID':
        return new TokenRejected('The access token is not a well-formed JWT.');
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
        return new KeysUnavailable(error.message, { cause: error });
    default:
        // fetch() failing under createRemoteJWKSet is a TypeError.
        return error instanceof TypeError ? new KeysUnavailable(error.message, { cause: error }) : error;
    }
}

function claimFailure({ claim, reason }) {
    if (reason === 'missing') return `The access token has no ${claim} claim.`;
    switch (claim) {
    case 'aud': return 'The access token is not for this API (aud).';
    case 'iss': return 'The access token is not from an issuer this API trusts.';
    case 'nbf': return 'The access token is not valid yet (nbf).';
    case 'typ': return 'The token is not a JWT access token (typ must be at+jwt, RFC 9068).';
    default: return `The access token has an invalid ${claim} claim.`;
    }
}

// Keys by discovery (OpenID Connect Discovery 1.0): each trusted issuer's
// document is fetched once, when a token first names that issuer, and must
// name the same issuer (§4.3); its jwks_uri, on the issuer's own origin, is
// then watched by jose (new keys are fetched when an unknown kid shows up).
// A failed fetch is not remembered: the next request tries again.
export function discoveryKeys({ timeoutMs = 5000 } = {}) {
    const byIssuer = new Map();
    return (issuer) => {
        let keys = byIssuer.get(issuer);
        if (!keys) {
            keys = discoverJwks(issuer, timeoutMs);
            byIssuer.set(issuer, keys);
            keys.catch(() => byIssuer.delete(issuer));
        }
        return keys;
    };
}

async function discoverJwks(issuer, timeoutMs) {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(timeoutMs) })
        .catch((error) => { throw new KeysUnavailable(`discovery of ${issuer}: ${error.message}`, { cause: error }); });
    if (!response.ok) throw new KeysUnavailable(`discovery of ${issuer}: HTTP ${response.status}`);
    const document = await response.json().catch(() => ({}));
    if (document.issuer !== issuer) throw new KeysUnavailable(`discovery of ${issuer} names another issuer`);
    let jwksUri;
    try {
        jwksUri = new URL(document.jwks_uri);
    } catch {
        throw new KeysUnavailable(`discovery of ${issuer} has no valid jwks_uri`);
    }
    if (jwksUri.origin !== new URL(issuer).origin) throw new KeysUnavailable(`the jwks_uri of ${issuer} is on another origin`);
    return createRemoteJWKSet(jwksUri, { timeoutDuration: timeoutMs });
}
