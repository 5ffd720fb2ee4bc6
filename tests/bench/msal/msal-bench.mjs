// msal-node's side of scripts/bench.sh, against the same local provider as
// QtSignIn, behind tls-front.mjs (msal-node accepts only https). One real
// interactive sign-in (acquireTokenInteractive; browser-standin.mjs plays
// the person and posts the form_post response to msal-node's listener), then:
//
//   cache_hit   acquireTokenSilent() answered from the in-memory cache, the
//               way QtSignIn's is measured (msal-node's fastest set-up: no
//               cachePlugin); and again with a file cachePlugin, which
//               msal-node consults on every call (cache_hit_plugin)
//   refresh     acquireTokenSilent({ forceRefresh: true }), with the
//               provider's and the TLS front's own time
//   front       what the TLS front itself adds to one request (fetch of
//               /test/stats through it and directly, medians)
//
// and leaves METADATA.json and CACHE.json in OUT_DIR for silent-process.mjs.
// Prints one JSON line per measurement, as the C++ bench programs do.
//
//   node msal-bench.mjs --authority https://127.0.0.1:PORT --provider http://127.0.0.1:PORT
//        --timing-log FILE --front-timing FILE --out-dir DIR [--hit-calls N] [--refreshes N]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { signInAsPerson } from './browser-standin.mjs';
import { createClient, fileCachePlugin, silentScopes } from './client.mjs';

const { values: options } = parseArgs({
    options: {
        authority: { type: 'string' },
        provider: { type: 'string' },
        'timing-log': { type: 'string' },
        'front-timing': { type: 'string' },
        'out-dir': { type: 'string' },
        'hit-calls': { type: 'string', default: '2000' },
        refreshes: { type: 'string', default: '20' },
    },
});
const authority = options.authority.replace(/\/?$/, '/');
const providerOrigin = new URL(options.provider).origin;

const now = () => process.hrtime.bigint();
const percentile = (values, fraction) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.round(fraction * (sorted.length - 1))];
};
const print = (object) => console.log(JSON.stringify({ client: 'msal-node', ...object }));

// Lines a timing log gained since the last call, as provider-timing.mjs writes them.
function logReader(file) {
    let offset = 0;
    return () => {
        let text = '';
        try {
            text = readFileSync(file, 'utf8');
        } catch {
            return [];
        }
        const end = text.lastIndexOf('\n') + 1;
        const lines = text.slice(offset, end).split('\n').filter(Boolean);
        offset = end;
        return lines.map((line) => {
            const [start, stop, method, path] = line.split(' ');
            return { start: BigInt(start), end: BigInt(stop), method, path };
        });
    };
}
const providerLog = logReader(options['timing-log']);
const frontLog = logReader(options['front-timing']);
// Requests that began within [from, to] (their logged end can be after the client read the answer).
const millisecondsWithin = (served, from, to) => served
    .filter((request) => request.start >= from && request.start <= to && !request.path.startsWith('/test/'))
    .reduce((sum, request) => sum + Number(request.end - request.start) / 1e6, 0);

// The discovery document, its URLs moved to the https front.
const discovery = await (await fetch(new URL('.well-known/openid-configuration', authority))).text();
const metadata = JSON.parse(discovery.split(providerOrigin).join(new URL(authority).origin));
const metadataFile = join(options['out-dir'], 'metadata.json');
const cacheFile = join(options['out-dir'], 'cache.json');
writeFileSync(metadataFile, JSON.stringify(metadata));

// One real sign-in.
const client = createClient({ authority, metadata });
await fetch(new URL('/test/stats/reset', providerOrigin), { method: 'POST' });
const signedIn = await client.acquireTokenInteractive({
    scopes: silentScopes,
    openBrowser: async (url) => { await signInAsPerson(url); },
    successTemplate: 'Signed in. You can close this window.',
    errorTemplate: 'Sign-in failed.',
});
if (!signedIn?.accessToken || !signedIn.account) throw new Error('msal-node: the sign-in gave no token');
const stats = await (await fetch(new URL('/test/stats', providerOrigin))).json();
const clientRequests = Object.fromEntries(Object.entries(stats.requests)
    .filter(([path]) => !/^(\/auth|\/interaction\/|\/static\/|\/test\/|grant:)/.test(path)));
print({ kind: 'signin_requests', requests: clientRequests });
writeFileSync(cacheFile, client.getTokenCache().serialize(), { mode: 0o600 });

async function cacheHit(app, kind, calls) {
    const [account] = await app.getTokenCache().getAllAccounts();
    for (let i = 0; i < 50; ++i) await app.acquireTokenSilent({ account, scopes: silentScopes }); // warm up the JIT
    const microseconds = [];
    for (let i = 0; i < calls; ++i) {
        const start = now();
        const result = await app.acquireTokenSilent({ account, scopes: silentScopes });
        microseconds.push(Number(now() - start) / 1e3);
        if (!result.fromCache) throw new Error(`${kind}: not served from the cache`);
    }
    print({ kind, calls, median_us: percentile(microseconds, 0.5), p90_us: percentile(microseconds, 0.9),
        p99_us: percentile(microseconds, 0.99) });
}
const calls = Number(options['hit-calls']);
await cacheHit(client, 'cache_hit', calls);
await cacheHit(createClient({ authority, metadata, cachePlugin: fileCachePlugin(cacheFile) }), 'cache_hit_plugin',
    Math.max(1, Math.floor(calls / 4)));

// Refreshes, in process.
const [account] = await client.getTokenCache().getAllAccounts();
const refreshes = Number(options.refreshes);
const total = [];
const intervals = [];
providerLog();
frontLog();
for (let i = 0; i < refreshes; ++i) {
    const start = now();
    const result = await client.acquireTokenSilent({ account, scopes: silentScopes, forceRefresh: true });
    const end = now();
    if (result.fromCache) throw new Error('refresh: served from the cache');
    total.push(Number(end - start) / 1e6);
    intervals.push([start, end]);
}
// The logs get a line once an answer is out, which can be just after msal-node read it.
await new Promise((resolve) => { setTimeout(resolve, 300); });
const providerServed = providerLog();
const frontServed = frontLog();
const providerTime = intervals.map(([start, end]) => millisecondsWithin(providerServed, start, end));
const frontTime = intervals.map(([start, end]) => millisecondsWithin(frontServed, start, end));
print({ kind: 'refresh', runs: refreshes, median_ms: percentile(total, 0.5),
    provider_median_ms: percentile(providerTime, 0.5), front_median_ms: percentile(frontTime, 0.5) });

// What the front adds to one request on a kept-alive connection.
async function fetchMedian(url) {
    const times = [];
    for (let i = 0; i < 30; ++i) {
        const start = now();
        await (await fetch(url)).arrayBuffer();
        times.push(Number(now() - start) / 1e6);
    }
    return percentile(times.slice(5), 0.5);
}
const direct = await fetchMedian(new URL('/test/stats', providerOrigin));
const fronted = await fetchMedian(new URL('/test/stats', authority));
print({ kind: 'front', direct_ms: direct, fronted_ms: fronted, overhead_ms: fronted - direct });
