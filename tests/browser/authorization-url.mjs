// Where a sign-in will land, read from the authorization URL the browser is
// given. A pushed request (RFC 9126) leaves only client_id and request_uri in
// that URL: the local provider's test hook then says which redirect_uri was
// pushed (tests/provider/provider.mjs, GET /test/pushed-redirect).

export async function redirectUriOf(authorizationUrl) {
    const url = new URL(authorizationUrl);
    const redirectUri = url.searchParams.get('redirect_uri');
    if (redirectUri) return redirectUri;
    const requestUri = url.searchParams.get('request_uri');
    if (!requestUri) throw new Error('the authorization URL has neither redirect_uri nor request_uri');
    const answer = await fetch(`${url.origin}/test/pushed-redirect?request_uri=${encodeURIComponent(requestUri)}`);
    if (!answer.ok) throw new Error(`the provider knows no pushed request ${requestUri} (HTTP ${answer.status})`);
    return (await answer.json()).redirect_uri;
}
