// The local provider's own time per request, for scripts/bench.sh: loaded
// into the provider's node process with `node --import` (NODE_OPTIONS), so
// tests/provider is measured unchanged. For every request it appends one line
// to $BENCH_PROVIDER_TIMING:
//
//   START_NS END_NS METHOD PATH STATUS
//
// START is when node had parsed the request head (the server's 'request'
// event), END when the last byte of the response was handed to the kernel
// ('finish'); both from process.hrtime, i.e. CLOCK_MONOTONIC, the clock the
// bench programs read too. Without the variable this module does nothing.

import http from 'node:http';
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_PROVIDER_TIMING;
if (file) {
    const emit = http.Server.prototype.emit;
    http.Server.prototype.emit = function (event, request, response) {
        if (event === 'request') {
            const start = process.hrtime.bigint();
            const path = String(request.url).split('?')[0];
            response.on('finish', () => {
                const end = process.hrtime.bigint();
                appendFileSync(file, `${start} ${end} ${request.method} ${path} ${response.statusCode}\n`);
            });
        }
        // eslint-disable-next-line prefer-rest-params
        return emit.apply(this, arguments);
    };
}
