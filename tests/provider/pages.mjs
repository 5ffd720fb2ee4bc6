// The provider's own pages: sign in, consent, error. They show the client's
// name and logo and the requested permissions in words, as a real identity
// platform's pages do.

const scopeDescriptions = {
    openid: 'Sign you in',
    profile: 'Read your profile (name and username)',
    email: 'Read your email address',
    offline_access: "Stay signed in (keep access when you're not using the app)",
    'api.read': 'Read your items',
    'api.write': 'Change your items',
};

const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
         font: 16px/1.5 system-ui, sans-serif; background: #eef2f7; color: #1a202c; }
  main { background: #fff; width: 24rem; padding: 2rem; border-radius: 10px; box-shadow: 0 2px 14px rgba(0,0,0,.12); }
  .brand { font-size: .85rem; letter-spacing: .05em; text-transform: uppercase; color: #4a5568; margin-bottom: 1rem; }
  .client { display: flex; align-items: center; gap: .75rem; margin-bottom: 1rem; }
  .client img { width: 48px; height: 48px; }
  h1 { font-size: 1.3rem; margin: 0; }
  label { display: block; margin: .75rem 0 .25rem; font-size: .9rem; }
  input { width: 100%; box-sizing: border-box; padding: .55rem; font-size: 1rem; border: 1px solid #cbd5e0; border-radius: 6px; }
  ul { padding-left: 1.2rem; } li { margin: .3rem 0; }
  .buttons { display: flex; gap: .75rem; margin-top: 1.5rem; }
  button { flex: 1; padding: .6rem; font-size: 1rem; border-radius: 6px; border: 1px solid #2b6cb0; cursor: pointer; }
  .primary { background: #2b6cb0; color: #fff; } .secondary { background: #fff; color: #2b6cb0; }
  .error { color: #c53030; margin-top: .75rem; }
  code { font-size: .8rem; color: #718096; }
</style></head>
<body><main><div class="brand">QtSignIn local identity provider</div>${body}</main></body></html>`;
}

function clientHeader(client, heading) {
    const logo = client?.logoUri ? `<img src="${escape(client.logoUri)}" alt="">` : '';
    return `<div class="client">${logo}<h1>${heading}</h1></div>`;
}

function tenantLine(tenant) {
    return tenant ? `<p>Organisation: <strong>${escape(tenant.displayName)}</strong></p>` : '';
}

export function renderLogin({ base, client, tenant, loginHint, error }) {
    return page('Sign in', `${clientHeader(client, `Sign in to ${escape(client?.clientName ?? 'the app')}`)}
${tenantLine(tenant)}
<form method="post" action="${escape(base)}/login" autocomplete="off">
  <label for="username">Username</label>
  <input id="username" name="username" value="${escape(loginHint)}" autofocus required>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" required>
  ${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
  <div class="buttons"><button id="sign-in" class="primary" type="submit">Sign in</button></div>
</form>`);
}

export function renderConsent({ base, client, tenant, details, account }) {
    const requested = String(details.params.scope ?? '').split(' ').filter(Boolean);
    const items = requested.map((scope) =>
        `<li>${escape(scopeDescriptions[scope] ?? scope)} <code>${escape(scope)}</code></li>`).join('');
    const who = account ? `Signed in as ${escape(account.claims.preferred_username)}.` : '';
    // Application model: the first consent in a tenant other than the app's
    // home tenant creates the app's service principal there.
    const newInTenant = tenant && !tenant.hasServicePrincipal
        ? `<p id="service-principal-notice">${escape(client?.clientName)} is not used in ${escape(tenant.displayName)} yet.
           If you allow it, it is added to ${escape(tenant.displayName)}'s applications (a service principal is created).</p>`
        : '';
    return page('Permissions requested', `${clientHeader(client, `${escape(client?.clientName ?? 'An app')} wants to`)}
${tenantLine(tenant)}
<ul>${items}</ul>
${newInTenant}
<p>${who} Allow only if you trust ${escape(client?.clientName ?? 'this app')}.</p>
<div class="buttons">
  <form method="post" action="${escape(base)}/abort" style="flex:1;display:flex"><button id="deny" class="secondary" type="submit">Deny</button></form>
  <form method="post" action="${escape(base)}/confirm" style="flex:1;display:flex"><button id="allow" class="primary" type="submit">Allow</button></form>
</div>`);
}

// The multi-tenant entry point asks who is signing in, to send them to their
// organisation's own sign-in (home realm discovery).
export function renderAccountPicker({ action, params, error }) {
    const hidden = Object.entries(params).filter(([name]) => name !== 'login_hint')
        .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`).join('');
    return page('Sign in', `<h1>Sign in</h1><p>Any organisation's account.</p>
<form method="get" action="${escape(action)}" autocomplete="off">${hidden}
  <label for="username">Username</label>
  <input id="username" name="login_hint" autofocus required>
  ${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
  <div class="buttons"><button id="next" class="primary" type="submit">Next</button></div>
</form>`);
}

export function renderError(message) {
    return page('Sign-in error', `<h1>Something went wrong</h1><p class="error">${escape(message)}</p>`);
}
