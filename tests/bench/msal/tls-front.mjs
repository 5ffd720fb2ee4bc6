// An https front for the local provider, for the msal-node rows of
// scripts/bench.sh: msal-node accepts only https authorities, and the local
// provider speaks plain http on 127.0.0.1. Listens on 127.0.0.1 (port from
// the OS) with a throw-away certificate made by bench.sh, forwards every
// request to the provider with the provider's own Host header (so the URLs it
// builds point at itself), and prints its origin once listening.
//
//   node tls-front.mjs CERT.pem KEY.pem http://127.0.0.1:PROVIDER_PORT
//
// With BENCH_FRONT_TIMING=FILE it logs "START_NS END_NS METHOD PATH STATUS"
// per request, like provider-timing.mjs, so its own cost can be shown.
//
// One shim: msal-node's redirect URI is http://localhost:PORT, without the
// path, and the local provider registers http://localhost/ (oidc-provider
// compares loopback redirect URIs as strings, the port aside). The front adds
// the "/" to redirect_uri in the authorization and token requests, where the
// two must agree; msal-node's listener answers "/" either way.

import { appendFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';

const [certFile, keyFile, upstreamOrigin] = process.argv.slice(2);
const upstream = new URL(upstreamOrigin);
const agent = new http.Agent({ keepAlive: true });
const timing = process.env.BENCH_FRONT_TIMING;

const bareLocalhost = /^http:\/\/localhost:\d+$/;
const withPath = (params) => {
    const redirect = params.get('redirect_uri');
    if (redirect && bareLocalhost.test(redirect)) params.set('redirect_uri', `${redirect}/`);
    return params;
};

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}

const server = https.createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, async (req, res) => {
    const start = process.hrtime.bigint();
    const url = new URL(req.url, upstream);
    const headers = { ...req.headers, host: upstream.host };
    let body;
    if (req.method === 'GET' && url.pathname.endsWith('/auth')) {
        withPath(url.searchParams);
    } else if (req.method === 'POST' && url.pathname.endsWith('/token')) {
        body = Buffer.from(withPath(new URLSearchParams((await readBody(req)).toString())).toString());
        headers['content-length'] = String(body.length);
    }
    const forwarded = http.request({
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
        agent,
    }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
    });
    forwarded.on('error', (error) => {
        if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end(String(error.message));
    });
    if (body) forwarded.end(body);
    else req.pipe(forwarded);
    if (timing) {
        res.on('finish', () => appendFileSync(timing,
            `${start} ${process.hrtime.bigint()} ${req.method} ${req.url.split('?')[0]} ${res.statusCode}\n`));
    }
});
// Nothing needs it for longer than a benchmark run.
setTimeout(() => process.exit(0), 3600 * 1000).unref();
server.listen(0, '127.0.0.1', () => console.log(`https://127.0.0.1:${server.address().port}`));
