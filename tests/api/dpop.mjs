// DPoP (RFC 9449) for the demo API: the checks a resource server makes on a
// DPoP proof that comes with a DPoP-bound access token (§4.3, §7.1), a
// bounded replay cache for the proofs' jti (§11.1), and optionally the
// server-provided nonce (§9). Plain data in, a verdict out, so
// dpop-selftest.mjs can prove each rule with proofs of its own.

import { createHash, randomBytes } from 'node:crypto';

import { calculateJwkThumbprint, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

// §4.3 check 5: a registered asymmetric algorithm this API supports; never
// `none` or HS* (the jwk in the proof is all the API has to verify with).
export const dpopAlgorithms = ['ES256'];

// The members of a private JWK (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2; the
// symmetric "k" of §6.4): a proof whose jwk holds any of them is refused
// (§4.3 check 7).
const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

// A proof the API refuses, with the §7.1 error code: invalid_dpop_proof,
// invalid_token (the token is not bound to the proof's key), or
// use_dpop_nonce (then `nonce` is the one to send, §9). `description` is
// plain ASCII, safe for a header.
export class DpopRejected extends Error {
    constructor(error, description, nonce) {
        super(description);
        this.name = 'DpopRejected';
        this.error = error;
        this.description = description;
        if (nonce) this.nonce = nonce;
    }
}

// Too many proofs within the window to remember them all: refusing to
// forget one is what keeps replays out, so the API says "later" (503).
export class ReplayCacheFull extends Error {
    constructor() {
        super('the DPoP replay cache is full');
        this.name = 'ReplayCacheFull';
    }
}

const sha256 = (text) => createHash('sha256').update(text).digest('base64url');

// §4.3 check 9, with the syntax- and scheme-based normalisation of RFC 3986
// §6.2.2 and §6.2.3 that §4.3 asks for: scheme and host in lower case, the
// default port dropped, dot segments removed, an empty path as "/" (all by
// the WHATWG URL parser), percent-encodings in upper case and unreserved
// characters decoded; the query and fragment are not compared. Returns
// undefined for anything that is not an absolute http(s) URL.
export function normalizedHtu(value) {
    let url;
    try {
        url = new URL(value);
    } catch {
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const path = url.pathname.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex) => {
        const character = String.fromCharCode(parseInt(hex, 16));
        return /[A-Za-z0-9\-._~]/.test(character) ? character : `%${hex.toUpperCase()}`;
    });
    return `${url.protocol}//${url.host}${path}`;
}

// Nonces this API hands out (§9): random, rotated every `lifetimeSeconds`;
// the current one and the one before are accepted, so a client that just
// got a nonce is not refused at a rotation.
function createNonces(lifetimeSeconds, now) {
    let current;
    let previous;
    let rotatedAt = -Infinity;
    const rotate = () => {
        if (now() - rotatedAt < lifetimeSeconds) return;
        previous = now() - rotatedAt < 2 * lifetimeSeconds ? current : undefined;
        current = randomBytes(16).toString('base64url');
        rotatedAt = now();
    };
    return {
        current: () => { rotate(); return current; },
        accepts: (nonce) => { rotate(); return typeof nonce === 'string' && (nonce === current || nonce === previous); },
    };
}

// Returns the DPoP checker:
//   checker.check({ proofs, method, url, accessToken, tokenClaims }) -> { jkt }
// throwing DpopRejected or ReplayCacheFull. `proofs` are the request's DPoP
// header values (all of them), `url` the absolute URL the request reached,
// `tokenClaims` the verified access token's claims. A proof's jti is
// remembered only once the whole proof was accepted.
//   checker.nonce() -> the nonce to offer in DPoP-Nonce (undefined when the
//   checker does not require nonces).
// `proofLifetime`: how old a proof's iat may be; `clockSkew`: how far ahead
// of this clock it may be; jtis are kept for both together.
export function createDpopChecker({ requireNonce = false, proofLifetime = 60, clockSkew = 5, nonceLifetime = 300,
    maxRememberedProofs = 10000, now = () => Math.floor(Date.now() / 1000) } = {}) {
    const seen = new Map(); // jti -> when it may be forgotten (insertion order ~ expiry order)
    const nonces = requireNonce ? createNonces(nonceLifetime, now) : undefined;
    const forgetExpired = (all) => {
        for (const [jti, until] of seen) {
            if (until > now()) {
                if (!all) break;
            } else {
                seen.delete(jti);
            }
        }
    };
    const remember = (jti) => {
        forgetExpired(false);
        if (seen.size >= maxRememberedProofs) forgetExpired(true);
        if (seen.size >= maxRememberedProofs) throw new ReplayCacheFull();
        seen.set(jti, now() + proofLifetime + clockSkew);
    };

    async function check({ proofs, method, url, accessToken, tokenClaims }) {
        const refuse = (description) => new DpopRejected('invalid_dpop_proof', description);
        // §4.3 check 1.
        if (proofs.length === 0) throw refuse('The request has no DPoP proof (a DPoP header).');
        if (proofs.length > 1) throw refuse('The request has more than one DPoP header.');
        const [proof] = proofs;
        // Check 2: one JWS in compact serialisation, nothing else.
        if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(proof)) throw refuse('The DPoP proof is not a well-formed JWT.');
        let header;
        try {
            header = decodeProtectedHeader(proof);
        } catch {
            throw refuse('The DPoP proof is not a well-formed JWT.');
        }
        // Checks 4, 5 and 7, before the key in the proof is used at all.
        if (header.typ !== 'dpop+jwt') throw refuse('The DPoP proof\'s typ is not dpop+jwt.');
        if (!dpopAlgorithms.includes(header.alg)) {
            throw refuse(`The DPoP proof is not signed with an algorithm this API accepts (${dpopAlgorithms.join(', ')}).`);
        }
        const { jwk } = header;
        if (jwk === null || typeof jwk !== 'object' || Array.isArray(jwk)) throw refuse('The DPoP proof has no jwk header.');
        if (privateMembers.some((member) => member in jwk)) throw refuse('The DPoP proof\'s jwk holds a private key.');
        // Check 6: the signature, with the proof's own (public) key.
        let payload;
        try {
            const key = await importJWK(jwk, header.alg);
            ({ payload } = await jwtVerify(proof, key, { typ: 'dpop+jwt', algorithms: dpopAlgorithms }));
        } catch {
            throw refuse('The DPoP proof\'s signature does not verify with its jwk.');
        }
        // Check 3: the claims of §4.2, each of its type.
        for (const claim of ['jti', 'htm', 'htu']) {
            if (typeof payload[claim] !== 'string' || !payload[claim]) throw refuse(`The DPoP proof has no ${claim} claim.`);
        }
        if (!Number.isInteger(payload.iat)) throw refuse('The DPoP proof has no iat claim.');
        if (payload.jti.length > 256) throw refuse('The DPoP proof\'s jti is too long.');
        // Checks 8 and 9.
        if (payload.htm !== method) throw refuse('The DPoP proof is for another HTTP method (htm).');
        const htu = normalizedHtu(payload.htu);
        if (!htu || htu !== normalizedHtu(url)) throw refuse('The DPoP proof is for another URL (htu).');
        // Check 11: the proof was made just now.
        if (payload.iat < now() - proofLifetime) throw refuse('The DPoP proof is too old (iat).');
        if (payload.iat > now() + clockSkew) throw refuse('The DPoP proof is from the future (iat).');
        // Check 12: the proof is for this token, and the token for its key.
        if (typeof payload.ath !== 'string') throw refuse('The DPoP proof has no ath claim.');
        if (payload.ath !== sha256(accessToken)) throw refuse('The DPoP proof is for another access token (ath).');
        const jkt = await calculateJwkThumbprint(jwk, 'sha256');
        if (typeof tokenClaims?.cnf?.jkt !== 'string') {
            throw new DpopRejected('invalid_token', 'The access token is not DPoP-bound (it has no cnf.jkt).');
        }
        if (tokenClaims.cnf.jkt !== jkt) throw new DpopRejected('invalid_token', 'The access token is bound to another key than the DPoP proof\'s.');
        // Check 10: the nonce, once everything else holds (a client asked
        // for one learns nothing else from the refusal).
        if (nonces && !nonces.accepts(payload.nonce)) {
            throw new DpopRejected('use_dpop_nonce', 'This API requires a nonce in the DPoP proof.', nonces.current());
        }
        // §11.1: a proof is used once.
        if (seen.has(payload.jti) && seen.get(payload.jti) > now()) throw refuse('The DPoP proof was used before (jti).');
        remember(payload.jti);
        return { jkt };
    }

    return { check, nonce: () => nonces?.current(), remembered: () => seen.size };
}
