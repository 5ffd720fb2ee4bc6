// The people who can sign in to the local provider. Test data, not secrets.
export const accounts = {
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

export function checkPassword(username, password) {
    const entry = Object.entries(accounts).find(([, account]) => account.username === username);
    return entry && entry[1].password === password ? entry[0] : undefined;
}

export async function findAccount(ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return {
        accountId: id,
        claims: async () => ({ sub: id, ...account.claims }),
    };
}
