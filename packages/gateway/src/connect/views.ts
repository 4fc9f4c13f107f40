/** The connect pages' markup: plain HTML forms, every value escaped, no script. */
import type { FormSource, MethodRoute, VariableSource } from '@switchboard/contract';
import { AUTH } from '../auth/index.js';
import type { RuntimeApp } from '../routes.js';
import type { ConnectionRecord } from '../store/store.js';

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The page a connection's url opens: one form per method, the connection's own method first.
 * `env` (the gateway's settings) tells which sign-ins the operator has not set up.
 */
export function connectPage(rec: ConnectionRecord, app: RuntimeApp, token: string, env: Record<string, string | undefined>, error?: string): string {
  const methods = [app.methodByType.get(rec.method) ?? app.defaultMethod, ...app.methods.filter((m) => m.type !== rec.method)];
  const status = rec.status === 'ACTIVE' ? '<p class="ok">This connection is active. Submitting again replaces its credential.</p>' : '';
  const sections = methods.map((m) => methodSection(m, app, rec, token, env)).join('\n');
  return page(
    `Connect ${app.name}`,
    `<h1>Connect ${esc(app.name)}</h1>${status}${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}\n${sections}`,
  );
}

function methodSection(m: MethodRoute, app: RuntimeApp, rec: ConnectionRecord, token: string, env: Record<string, string | undefined>): string {
  const formVars = Object.entries(app.variables).filter(([, v]) => v.from.some((s) => 'form' in s));
  const varInputs = formVars
    .map(([name, v]) => {
      const f = v.from.find((s) => 'form' in s) as { form: FormSource };
      // Required only when nothing else (the OAuth callback, the token answer, a default…) can supply it.
      const required = v.from.every((s) => 'form' in s);
      if (f.form.options) return select(`var.${name}`, f.form.label, f.form.options, rec.metadata[name] ?? defaultOf(v.from), f.form.help);
      return input(`var.${name}`, f.form.label, 'text', rec.metadata[name] ?? '', f.form.placeholder ?? v.example, f.form.help, required);
    })
    .join('');
  if (AUTH[m.type].entersFields(m)) {
    const fields = m.fields.map((f) => input(`cred.${f.name}`, f.label, f.secret === false ? 'text' : 'password', '', undefined, f.help, !f.optional)).join('');
    return `<form method="post" action="/connect"><fieldset><legend>${esc(m.label)}</legend>
<input type="hidden" name="session_token" value="${esc(token)}"><input type="hidden" name="method" value="${esc(m.type)}">
${fields}${varInputs}<button type="submit">Connect</button></fieldset></form>`;
  }
  // A sign-in the operator has not set up: say so, and which settings, instead of a button that fails.
  const missing = AUTH[m.type].missingSetting?.(app, env);
  if (missing) {
    return `<section class="unavailable" aria-labelledby="unavailable-${esc(m.type)}"><h2 id="unavailable-${esc(m.type)}">${esc(m.label)}</h2>
<p class="error" role="note">Signing in to ${esc(app.name)} is not set up on this gateway yet. The gateway's operator needs to register an OAuth app with ${esc(app.name)} and set <code>${esc(missing)}_CLIENT_ID</code> and <code>${esc(missing)}_CLIENT_SECRET</code>.</p></section>`;
  }
  // Redirect methods: variables needed before the redirect go in the same form.
  return `<form method="get" action="/connect/start"><fieldset><legend>${esc(m.label)}</legend>
<input type="hidden" name="session_token" value="${esc(token)}"><input type="hidden" name="method" value="${esc(m.type)}">
${varInputs}<button type="submit">Continue to ${esc(app.name)}</button></fieldset></form>`;
}

function input(name: string, label: string, type: string, value: string, placeholder?: string, help?: string, required = true): string {
  return `<label for="${esc(name)}">${esc(label)}</label><input id="${esc(name)}" name="${esc(name)}" type="${esc(type)}" value="${esc(value)}"${
    placeholder ? ` placeholder="${esc(placeholder)}"` : ''
  }${required ? ' required' : ''} autocomplete="off">${help ? `<small>${esc(help)}</small>` : ''}`;
}

/** A choice among the provider's own values (a data region): the first is preselected unless the connection has one. */
function select(name: string, label: string, options: { value: string; label: string }[], current: string | undefined, help?: string): string {
  const opts = options.map((o) => `<option value="${esc(o.value)}"${o.value === current ? ' selected' : ''}>${esc(o.label)}</option>`).join('');
  return `<label for="${esc(name)}">${esc(label)}</label><select id="${esc(name)}" name="${esc(name)}">${opts}</select>${help ? `<small>${esc(help)}</small>` : ''}`;
}

function defaultOf(from: VariableSource[]): string | undefined {
  const d = from.find((s) => 'default' in s) as { default: string } | undefined;
  return d?.default;
}

export function connectedPage(app: RuntimeApp): string {
  return page(`${app.name} connected`, `<h1>${esc(app.name)} is connected</h1><p class="ok" role="status">You can close this window; the connection is now ACTIVE.</p>`);
}

export function notConnectedPage(app: RuntimeApp, message: string): string {
  return page('Not connected', `<h1>${esc(app.name)} was not connected</h1><p class="error" role="alert">${esc(message)}</p>`);
}

/** A session token that opens no connection (on the page itself, with advice). */
export function linkInvalidPage(): string {
  return page('Link expired', '<h1>This link is not valid</h1><p>Create a new connection and open its url.</p>');
}

/** A session token that opens no connection (form posts and the sign-in start). */
export function linkInvalidShortPage(): string {
  return page('Link expired', '<h1>This link is not valid</h1>');
}

/** A session that already completed a connect flow (links are single-use). */
export function linkUsedPage(): string {
  return page(
    'Link already used',
    '<h1>This link has already been used</h1><p>Each connect link works once. To connect again, ask whoever manages the connection for a new link (<code>POST /connections/{id}</code>).</p>',
  );
}

/** A session past its expiry time (SWITCHBOARD_CONNECT_TTL_SECONDS). */
export function linkExpiredPage(): string {
  return page(
    'Link expired',
    '<h1>This link has expired</h1><p>Connect links work for a limited time. Ask whoever manages the connection for a new link (<code>POST /connections/{id}</code>).</p>',
  );
}

export function signInExpiredPage(): string {
  return page('Sign-in expired', '<h1>This sign-in has expired</h1><p>Open the connection link again to start over.</p>');
}

export function connectionGonePage(): string {
  return page('Not found', '<h1>The connection no longer exists</h1>');
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)} · Switchboard</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.4rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input, select { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; border: 1px solid #aab; border-radius: 4px; }
  small { color: #556; display: block; }
  button, .button { margin-top: 1.5rem; padding: .6rem 1.2rem; font: inherit; background: #1f5fd6; color: #fff; border: 0; border-radius: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
  .error { background: #fde8e8; border: 1px solid #e0a0a0; padding: .75rem; border-radius: 4px; }
  .ok { background: #e6f6ea; border: 1px solid #98cfa5; padding: .75rem; border-radius: 4px; }
  fieldset { border: 1px solid #ccd; border-radius: 6px; margin-top: 1.5rem; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
