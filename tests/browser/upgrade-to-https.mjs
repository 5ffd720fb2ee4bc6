// A browser that upgraded the loopback redirect to https (an HSTS entry for
// localhost, an "always use https" setting), for `qtsignin --browser-command`:
// it never shows the sign-in page, it opens TLS to the authorization URL's
// redirect_uri port, as such a browser does when the provider redirects back,
// and reports how the handshake ended. Exit 0 once the listener hung up.
//
//   node upgrade-to-https.mjs [--after S] URL
//
//   --after S   wait S seconds first (default 0.5), as a person signing in would

import { connect } from 'node:tls';

import { redirectUriOf } from './authorization-url.mjs';

const args = process.argv.slice(2);
const url = new URL(args.pop());
let after = 0.5;
for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--after') after = Number(args[++i]);
    else throw new Error(`unknown option ${args[i]}`);
}
const redirect = new URL(await redirectUriOf(url));
const host = redirect.hostname === 'localhost' ? '127.0.0.1' : redirect.hostname.replace(/^\[|\]$/g, '');
await new Promise((resolve) => setTimeout(resolve, after * 1000));
const socket = connect({ host, port: Number(redirect.port), servername: 'localhost', rejectUnauthorized: false });
const outcome = await new Promise((resolve) => {
    socket.on('secureConnect', () => resolve('a TLS session (the listener spoke TLS?)'));
    socket.on('error', (error) => resolve(`handshake failed: ${error.code ?? error.message}`));
    socket.on('close', () => resolve('closed'));
    setTimeout(() => resolve('no answer within 10 s'), 10_000);
});
socket.destroy();
console.error(`[upgrade-to-https] https://${redirect.host}${redirect.pathname}: ${outcome}`);
process.exit(outcome.startsWith('a TLS session') || outcome.startsWith('no answer') ? 1 : 0);
