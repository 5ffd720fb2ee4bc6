// The people who can sign in to the local provider, by tenant. The root
// issuer and the "contoso" tenant share Contoso's people; "fabrikam" is a
// second organisation. Test data, not secrets.
const contoso = {
    'a1b2c3d4-alice': {
        username: 'alice',
        password: 'alice-password',
        claims: {
            name: 'Alice Example', given_name: 'Alice', family_name: 'Example',
            preferred_username: 'alice@contoso.example',
            email: 'alice@contoso.example', email_verified: true,
        },
    },
    'e5f6a7b8-bob': {
        username: 'bob',
        password: 'bob-password',
        claims: {
            name: 'Bob Example', given_name: 'Bob', family_name: 'Example',
            preferred_username: 'bob@contoso.example',
            email: 'bob@contoso.example', email_verified: true,
        },
    },
};

const fabrikam = {
    'c9d0e1f2-carol': {
        username: 'carol',
        password: 'carol-password',
        claims: {
            name: 'Carol Fabrikam', given_name: 'Carol', family_name: 'Fabrikam',
            preferred_username: 'carol@fabrikam.example',
            email: 'carol@fabrikam.example', email_verified: true,
        },
    },
};

export const tenants = {
    contoso: { displayName: 'Contoso', accounts: contoso },
    fabrikam: { displayName: 'Fabrikam', accounts: fabrikam },
};

// The directory one issuer signs people in from. A tenant's accounts carry
// its id in `tid`, as Microsoft Entra ID's do.
export function directory(tenantId) {
    const accounts = tenantId ? tenants[tenantId].accounts : contoso;
    return {
        accounts,
        tenantOf: (username) => Object.entries(tenants).find(([, tenant]) =>
            Object.values(tenant.accounts).some((account) => account.username === username))?.[0],
        checkPassword(username, password) {
            const entry = Object.entries(accounts).find(([, account]) => account.username === username);
            return entry && entry[1].password === password ? entry[0] : undefined;
        },
        async findAccount(ctx, id) {
            const account = accounts[id];
            if (!account) return undefined;
            return {
                accountId: id,
                claims: async () => ({ sub: id, ...account.claims, ...(tenantId ? { tid: tenantId } : {}) }),
            };
        },
    };
}
