// The few HTTP helpers the tests' servers share (the local provider's own
// routes, the demo API).

export function send(res, status, type, body, headers = {}) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
}

export function sendJson(res, status, object, headers = {}) {
    send(res, status, 'application/json', JSON.stringify(object), headers);
}

// readBody() gave up: the body is longer than its limit.
export class BodyTooLarge extends Error {
    constructor(limit) {
        super(`the body is larger than ${limit} bytes`);
        this.name = 'BodyTooLarge';
        this.limit = limit;
    }
}

// The request body as text, bounded: past `limit` bytes it stops reading
// and rejects with BodyTooLarge (nothing legitimate to these servers comes
// near 64 KiB).
export function readBody(req, limit = 64 * 1024) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > limit) {
                req.removeAllListeners('data');
                req.pause();
                reject(new BodyTooLarge(limit));
            } else {
                chunks.push(chunk);
            }
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
