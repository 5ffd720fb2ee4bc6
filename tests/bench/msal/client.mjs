// msal-node's PublicClientApplication as a desktop app would configure it for
// a standards-compliant OpenID provider: protocolMode "OIDC", the provider
// as a known authority, and its discovery document given up front as
// authorityMetadata (msal-node fetches it otherwise, and accepts only https).
// Shared by msal-bench.mjs and silent-process.mjs.

import { readFile, writeFile } from 'node:fs/promises';

import { LogLevel, PublicClientApplication } from '@azure/msal-node';

export const clientId = 'qtsignin-demo';
export const silentScopes = ['api.read'];

// The persistence an msal-node app writes itself (msal-node-extensions adds
// encryption and locking): the serialized cache in a file.
export function fileCachePlugin(path) {
    return {
        beforeCacheAccess: async (context) => {
            context.tokenCache.deserialize(await readFile(path, 'utf8').catch(() => '{}'));
        },
        afterCacheAccess: async (context) => {
            if (context.cacheHasChanged) await writeFile(path, context.tokenCache.serialize(), { mode: 0o600 });
        },
    };
}

export function createClient({ authority, metadata, cachePlugin }) {
    return new PublicClientApplication({
        auth: {
            clientId,
            authority,
            knownAuthorities: [new URL(authority).host],
            protocolMode: 'OIDC',
            authorityMetadata: typeof metadata === 'string' ? metadata : JSON.stringify(metadata),
        },
        cache: cachePlugin ? { cachePlugin } : undefined,
        system: { loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => {} } },
    });
}
