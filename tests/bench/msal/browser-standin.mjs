// A person at a browser, in plain fetch calls, for msal-node's one real
// sign-in in scripts/bench.sh: msal-node asks for response_mode=form_post,
// so the last page is a form to post to its loopback listener, which this
// does as a browser's script would. Signs in on the local provider's login
// page, allows the consent page, and posts the form. Nothing here is timed.
//
//   await signInAsPerson(authorizationUrl, { user: 'alice', password: 'alice-password' })

const decode = (text) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&#x2F;/g, '/').replace(/&amp;/g, '&');

// The first form of a page: where it posts and its named inputs.
function readForm(html, base, predicate = () => true) {
    for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
        const action = /action="([^"]*)"/i.exec(match[1])?.[1];
        if (action === undefined || !predicate(decode(action))) continue;
        const fields = new URLSearchParams();
        for (const input of match[2].matchAll(/<input\b([^>]*)>/gi)) {
            const name = /name="([^"]*)"/i.exec(input[1])?.[1];
            if (name) fields.set(decode(name), decode(/value="([^"]*)"/i.exec(input[1])?.[1] ?? ''));
        }
        return { action: new URL(decode(action), base), fields };
    }
    return undefined;
}

export async function signInAsPerson(url, { user = 'alice', password = `${user}-password` } = {}) {
    const cookies = new Map();
    const send = async (target, init = {}) => {
        const headers = { ...init.headers, cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
        const response = await fetch(target, { ...init, headers, redirect: 'manual' });
        for (const line of response.headers.getSetCookie()) {
            const [pair] = line.split(';');
            const split = pair.indexOf('=');
            const name = pair.slice(0, split).trim();
            const value = pair.slice(split + 1).trim();
            if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
            else cookies.set(name, value);
        }
        return response;
    };
    const postForm = (form) => send(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.fields.toString(),
    });

    let at = new URL(url);
    let response = await send(at);
    for (let step = 0; step < 16; ++step) {
        if (response.status >= 300 && response.status < 400) {
            at = new URL(response.headers.get('location'), at);
            response = await send(at);
            continue;
        }
        const html = await response.text();
        if (html.includes('id="password"')) {
            const form = readForm(html, at, (action) => action.endsWith('/login'));
            form.fields.set('username', user);
            form.fields.set('password', password);
            response = await postForm(form);
        } else if (html.includes('id="allow"')) {
            response = await postForm(readForm(html, at, (action) => action.endsWith('/confirm')));
        } else if (/name="(code|error)"/.test(html)) {
            // The form_post page: the authorization response, to the app's listener.
            const answer = await postForm(readForm(html, at));
            await answer.text();
            return answer.status;
        } else {
            throw new Error(`stand-in browser: stuck at ${at.origin}${at.pathname} (HTTP ${response.status}): ${html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").slice(0, 300)}`);
        }
    }
    throw new Error('stand-in browser: too many steps');
}
