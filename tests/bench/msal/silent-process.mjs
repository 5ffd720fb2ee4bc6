// msal-node's whole-process row of scripts/bench.sh, the counterpart of
// `qtsignin token`: start, load the token cache a sign-in left (a file,
// through a cachePlugin), answer one silent call, exit. Prints the token's
// source; exit 1 on failure. Run with NODE_EXTRA_CA_CERTS set, as the app
// would be.
//
//   node silent-process.mjs AUTHORITY METADATA.json CACHE.json

import { readFile } from 'node:fs/promises';

import { createClient, fileCachePlugin, silentScopes } from './client.mjs';

const [authority, metadataFile, cacheFile] = process.argv.slice(2);
const client = createClient({
    authority,
    metadata: await readFile(metadataFile, 'utf8'),
    cachePlugin: fileCachePlugin(cacheFile),
});
const [account] = await client.getTokenCache().getAllAccounts();
if (!account) {
    console.error('silent-process.mjs: no account in the cache');
    process.exit(1);
}
const result = await client.acquireTokenSilent({ account, scopes: silentScopes });
console.log(result.accessToken && result.fromCache ? 'cache' : 'network');
