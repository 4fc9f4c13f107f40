/**
 * The dashboard's markup: server-rendered HTML forms, every value escaped, no script. The API
 * key a session signed in with never appears in a page; a new key's secret appears once, in
 * the answer to the form that creates it. Every POST form carries the session's CSRF token.
 */
import type { ConnectionView } from '../connections/view.js';
import { esc } from '../connect/views.js';

export interface AppOption {
  app: string;
  name: string;
}

export interface KeyRow {
  id: string;
  name: string | null;
  created: string;
  current: boolean;
}

export interface DashboardData {
  csrf: string;
  apps: AppOption[];
  connections: ConnectionView[];
  keys: KeyRow[];
  /** A fresh id for the create-key form: sending the form twice creates one key. */
  newKeyId: string;
  notice?: string;
  error?: string;
}

function csrfField(csrf: string): string {
  return `<input type="hidden" name="csrf" value="${esc(csrf)}">`;
}

function time(iso: string): string {
  return `<time datetime="${esc(iso)}">${esc(iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC'))}</time>`;
}

function messages(notice?: string, error?: string): string {
  return (error ? `<p class="error" role="alert">${esc(error)}</p>` : '') + (notice ? `<p class="ok" role="status">${esc(notice)}</p>` : '');
}

export function signInPage(error?: string): string {
  return page(
    'Sign in',
    `<main><h1>Switchboard dashboard</h1>${messages(undefined, error)}
<form method="post" action="/dashboard/sign-in"><label for="key">API key</label>
<input id="key" name="key" type="password" required autocomplete="off" spellcheck="false">
<small>A key made with <code>switchboard keys create</code> or on this dashboard (sbk_…). It is kept encrypted in a cookie for this page only.</small>
<button type="submit">Sign in</button></form></main>`,
  );
}

export function dashboardPage(d: DashboardData): string {
  const apps = d.apps.map((a) => `<option value="${esc(a.app)}">${esc(a.name)} (${esc(a.app)})</option>`).join('');
  const rows = d.connections
    .map((c) => {
      const id = encodeURIComponent(c.connection_id);
      const reason = c.status === 'FAILED' && c.status_reason ? `<br><span class="reason">${esc(c.status_reason)}</span>` : '';
      return `<tr data-connection="${esc(c.connection_id)}"><td>${esc(c.app)}<br><small><code>${esc(c.connection_id)}</code></small></td><td><span class="status status-${esc(c.status.toLowerCase())}">${esc(c.status)}</span>${reason}</td><td>${esc(c.method)}</td><td>${time(c.creation_time)}</td><td>${time(c.last_updated_time)}</td>
<td class="actions"><form method="post" action="/dashboard/connections/${id}/reconnect">${csrfField(d.csrf)}<button type="submit" aria-label="Reconnect ${esc(c.app)} ${esc(c.connection_id)}">Reconnect</button></form>
<a class="button danger" href="/dashboard/connections/${id}/delete" aria-label="Delete ${esc(c.app)} ${esc(c.connection_id)}">Delete</a></td></tr>`;
    })
    .join('\n');
  const connections = d.connections.length
    ? `<table><caption class="visually-hidden">Connections</caption><thead><tr><th scope="col">App</th><th scope="col">Status</th><th scope="col">Method</th><th scope="col">Created</th><th scope="col">Last updated</th><th scope="col">Actions</th></tr></thead><tbody>
${rows}</tbody></table>`
    : '<p>No connections yet.</p>';
  const keyRows = d.keys
    .map(
      (k) => `<tr data-key="${esc(k.id)}"><td>${esc(k.name ?? '(unnamed)')}${k.current ? ' <small>(this session)</small>' : ''}</td><td>${time(k.created)}</td>
<td class="actions"><form method="post" action="/dashboard/keys/${encodeURIComponent(k.id)}/revoke">${csrfField(d.csrf)}<button type="submit" class="danger" aria-label="Revoke key ${esc(k.name ?? k.id)}">Revoke</button></form></td></tr>`,
    )
    .join('\n');
  const keys = d.keys.length
    ? `<table><caption class="visually-hidden">API keys</caption><thead><tr><th scope="col">Name</th><th scope="col">Created</th><th scope="col">Actions</th></tr></thead><tbody>
${keyRows}</tbody></table>`
    : '<p>No API keys.</p>';
  return page(
    'Dashboard',
    `${header(d.csrf)}<main id="main"><h1 class="visually-hidden">Dashboard</h1>${messages(d.notice, d.error)}
<section aria-labelledby="connections-h"><h2 id="connections-h">Connections</h2>
${connections}
<form method="post" action="/dashboard/connections" class="inline">${csrfField(d.csrf)}<label for="app">App</label>
<select id="app" name="app" required><option value="">Choose an app…</option>${apps}</select>
<button type="submit">Create connection</button></form></section>
<section aria-labelledby="keys-h"><h2 id="keys-h">API keys</h2>
${keys}
<form method="post" action="/dashboard/keys" class="inline">${csrfField(d.csrf)}<input type="hidden" name="id" value="${esc(d.newKeyId)}"><label for="key-name">Key name</label>
<input id="key-name" name="name" type="text" required maxlength="200" autocomplete="off">
<button type="submit">Create key</button></form></section></main>`,
  );
}

/** The answer to creating or reconnecting a connection: its single-use connect link. */
export function connectLinkPage(csrf: string, c: ConnectionView, url: string, created: boolean): string {
  return page(
    created ? 'Connection created' : 'New connect link',
    `${header(csrf)}<main id="main"><h1>${created ? `${esc(c.app)} connection created` : `New connect link for ${esc(c.app)}`}</h1>
<p class="ok" role="status">Connection <code>${esc(c.connection_id)}</code> is ${esc(c.status)}. Open its connect link to ${created ? 'finish connecting' : 're-authorise'} it; the link works once${
      created ? '' : ' and the previous link no longer works'
    }.</p>
<p><a class="button" id="connect-link" href="${esc(url)}">Open the connect link</a></p>
<p><label for="connect-url">Connect link to share</label><input id="connect-url" type="text" readonly value="${esc(url)}"></p>
<p><a href="/dashboard">Back to the dashboard</a></p></main>`,
  );
}

export function confirmDeletePage(csrf: string, c: ConnectionView): string {
  const id = encodeURIComponent(c.connection_id);
  return page(
    'Delete connection?',
    `${header(csrf)}<main id="main"><h1>Delete this ${esc(c.app)} connection?</h1>
<p>Connection <code>${esc(c.connection_id)}</code> (${esc(c.status)}, created ${time(c.creation_time)}) and its stored credential will be deleted. Calls that use it will fail.</p>
<form method="post" action="/dashboard/connections/${id}/delete">${csrfField(csrf)}<button type="submit" class="danger">Delete connection</button>
<a href="/dashboard">Cancel</a></form></main>`,
  );
}

/** The one page that shows a new key's secret. */
export function keyCreatedPage(csrf: string, name: string, secret: string): string {
  return page(
    'API key created',
    `${header(csrf)}<main id="main"><h1>API key “${esc(name)}” created</h1>
<p class="ok" role="status">Copy the key now: it is shown only on this page, never again.</p>
<p><label for="new-key">New API key</label><input id="new-key" type="text" readonly value="${esc(secret)}"></p>
<p><a href="/dashboard">Back to the dashboard</a></p></main>`,
  );
}

/** A key-creating form sent twice (a reload): the secret is not shown again. */
export function keyAlreadyCreatedPage(csrf: string): string {
  return page(
    'API key already created',
    `${header(csrf)}<main id="main"><h1>This key was already created</h1><p>Its secret was shown once, when it was created, and cannot be shown again. Revoke it and create another if it was lost.</p>
<p><a href="/dashboard">Back to the dashboard</a></p></main>`,
  );
}

export function notFoundPage(csrf: string, what: string): string {
  return page('Not found', `${header(csrf)}<main id="main"><h1>Not found</h1><p>${esc(what)}</p><p><a href="/dashboard">Back to the dashboard</a></p></main>`);
}

export function forbiddenPage(message: string): string {
  return page('Refused', `<main><h1>Request refused</h1><p class="error" role="alert">${esc(message)}</p><p><a href="/dashboard">Back to the dashboard</a></p></main>`);
}

function header(csrf: string): string {
  return `<header><a href="#main" class="skip">Skip to content</a><span class="brand"><a href="/dashboard">Switchboard dashboard</a></span>
<form method="post" action="/dashboard/sign-out">${csrfField(csrf)}<button type="submit" class="secondary">Sign out</button></form></header>`;
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
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 64rem; margin: 0 auto; padding: 0 1rem 3rem; color: #1d2330; }
  header { display: flex; align-items: center; justify-content: space-between; border-bottom: 1px solid #ccd; padding: .75rem 0; }
  header form { margin: 0; }
  .brand a { font-weight: 700; color: #1d2330; text-decoration: none; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input, select { box-sizing: border-box; padding: .5rem; font: inherit; border: 1px solid #aab; border-radius: 4px; }
  input[type=password], input[type=text] { width: 100%; max-width: 36rem; }
  form.inline label { display: inline-block; margin: 1rem .5rem 0 0; }
  small { color: #556; display: block; }
  table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #dde; vertical-align: top; }
  td.actions form { display: inline; margin: 0; }
  button, .button { margin: .25rem .25rem .25rem 0; padding: .45rem 1rem; font: inherit; background: #1f5fd6; color: #fff; border: 0; border-radius: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
  button.secondary { background: #eef0f5; color: #1d2330; border: 1px solid #aab; }
  .danger, button.danger { background: #b42318; color: #fff; }
  :focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
  .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem; }
  .status { font-weight: 600; } .status-active { color: #1a7f37; } .status-failed { color: #b42318; } .status-pending { color: #9a6700; }
  .reason { color: #b42318; font-size: .9rem; }
  .error { background: #fde8e8; border: 1px solid #e0a0a0; padding: .75rem; border-radius: 4px; }
  .ok { background: #e6f6ea; border: 1px solid #98cfa5; padding: .75rem; border-radius: 4px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  code { font-size: .85em; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
