// The few HTTP helpers the provider's own routes share.

export function send(res, status, type, body) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
}

export function sendJson(res, status, object) {
    send(res, status, 'application/json', JSON.stringify(object));
}

// A form or token request body, bounded: nothing legitimate comes near 64 KiB.
export function readBody(req) {
    return new Promise((resolve, reject) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk) => {
            body += chunk;
            if (body.length > 64 * 1024) reject(new Error('body too large'));
        });
        req.on('end', () => resolve(body));
        req.on('error', reject);
    });
}
