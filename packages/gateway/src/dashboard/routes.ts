/**
 * /dashboard: a signed-in page over the same services the control API uses (connections
 * lifecycle and view, ApiKeys), for people rather than programs. HTTP handling only; the
 * markup is views.ts.
 *
 * Session: signing in with an API key sets one cookie, `sb_dashboard`, holding the key, a CSRF
 * token and an expiry sealed together (AES-256-GCM with the gateway's secret key, so it is
 * neither readable nor forgeable by the browser); HttpOnly, SameSite=Strict, Path=/dashboard,
 * Secure when the public URL is https. Every request re-authenticates the sealed key, so
 * revoking that key ends the session. The key is never put in a URL or a page. Every POST but
 * sign-in must carry the session's CSRF token; a POST a browser marks cross-site is refused.
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiKeys, Caller } from '../accounts/api-keys.js';
import type { PublicUrl } from '../config.js';
import type { ConnectionLifecycle } from '../connections/lifecycle.js';
import type { ConnectSessions } from '../connections/session.js';
import { connectionView } from '../connections/view.js';
import type { ControlRateLimit } from '../control/control-limit.js';
import { GatewayError } from '../errors.js';
import { readText } from '../http.js';
import type { Routes } from '../routes.js';
import type { Sealer } from '../secrets/sealer.js';
import type { Store } from '../store/store.js';
import {
  confirmDeletePage,
  connectLinkPage,
  dashboardPage,
  forbiddenPage,
  keyAlreadyCreatedPage,
  keyCreatedPage,
  notFoundPage,
  signInPage,
  type AppOption,
} from './views.js';

export const COOKIE = 'sb_dashboard';
const AAD = 'dashboard-session';
const SESSION_SECONDS = 12 * 3600;
const FORM_LIMIT = 16 << 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

interface Sealed {
  /** The API key signed in with. */
  k: string;
  /** CSRF token for this session's forms. */
  c: string;
  /** Expiry, ms since the epoch. */
  e: number;
}

interface Session {
  caller: Caller;
  csrf: string;
}

export interface DashboardDeps {
  keys: ApiKeys;
  store: Store;
  routes: Routes;
  lifecycle: ConnectionLifecycle;
  sessions: ConnectSessions;
  sealer: Sealer;
  publicUrl: PublicUrl;
  limit?: ControlRateLimit;
}

export class DashboardRoutes {
  private apps: AppOption[] | undefined;

  constructor(private readonly deps: DashboardDeps) {}

  /** Everything under /dashboard; `rest` is the path after it. */
  async handle(req: IncomingMessage, res: ServerResponse, rest: string, _query: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    const path = rest === '/' ? '' : rest;
    if (method === 'POST' && req.headers['sec-fetch-site'] === 'cross-site') {
      req.resume();
      return html(res, 403, forbiddenPage('This form was sent from another site.'));
    }
    if (path === '/sign-in' && method === 'POST') return this.signIn(req, res);
    if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') throw new GatewayError('GW_ERR_METHOD_NOT_ALLOWED', { method, path: `/dashboard${rest}` });

    const session = await this.session(req);
    if (!session) {
      req.resume();
      if (method === 'POST') return redirect(res, '/dashboard', [this.clearCookie()]);
      if (path === '') return html(res, 200, signInPage(), req.headers.cookie?.includes(`${COOKIE}=`) ? [this.clearCookie()] : []);
      return redirect(res, '/dashboard');
    }
    try {
      await this.deps.limit?.check(session.caller.accountId);
    } catch (err) {
      // Over the account's control API budget (shared with /connections and /api/apikeys): a page, not JSON.
      if (!(err instanceof GatewayError) || err.status !== 429) throw err;
      req.resume();
      return html(res, 429, forbiddenPage('Too many requests for this account just now. Wait a moment and try again.'), [], err.headers);
    }

    if (method === 'POST') {
      const form = new URLSearchParams(await readText(req, FORM_LIMIT));
      if (!sameToken(form.get('csrf'), session.csrf)) return html(res, 403, forbiddenPage('The form was missing its security token or it was out of date. Go back, reload the page and try again.'));
      return this.post(res, session, path, form);
    }
    if (path === '') return this.home(res, session);
    const del = /^\/connections\/([^/]+)\/delete$/.exec(path);
    if (del) {
      const rec = await this.connection(session, del[1]!);
      if (!rec) return html(res, 404, notFoundPage(session.csrf, 'No such connection.'));
      return html(res, 200, confirmDeletePage(session.csrf, connectionView(rec, undefined)));
    }
    return html(res, 404, notFoundPage(session.csrf, `Nothing at /dashboard${rest}.`));
  }

  private async post(res: ServerResponse, s: Session, path: string, form: URLSearchParams): Promise<void> {
    const { accountId } = s.caller;
    if (path === '/sign-out') return redirect(res, '/dashboard', [this.clearCookie()]);
    try {
      if (path === '/connections') {
        // The same code as POST /connections {"app"}: a PENDING connection with a connect link.
        const rec = await this.deps.lifecycle.create(accountId, { app: form.get('app') ?? '' });
        return html(res, 201, connectLinkPage(s.csrf, connectionView(rec, undefined), this.deps.sessions.connectUrl(rec), true));
      }
      if (path === '/keys') return await this.createKey(res, s, form);
      let m = /^\/connections\/([^/]+)\/(reconnect|delete)$/.exec(path);
      if (m) {
        const id = decode(m[1]!);
        if (m[2] === 'reconnect') {
          // The same code as POST /connections/{id}: a fresh single-use link, the old one stops working.
          const rec = await this.deps.lifecycle.reconnect(accountId, id);
          return html(res, 200, connectLinkPage(s.csrf, connectionView(rec, undefined), this.deps.sessions.connectUrl(rec), false));
        }
        await this.deps.lifecycle.delete(accountId, id);
        return redirect(res, '/dashboard');
      }
      m = /^\/keys\/([^/]+)\/revoke$/.exec(path);
      if (m) {
        const id = decode(m[1]!);
        if (!UUID.test(id) || !(await this.deps.keys.delete(accountId, id))) return html(res, 404, notFoundPage(s.csrf, 'No such API key.'));
        // Revoking the key this session signed in with ends the session.
        if (id === s.caller.keyId) return redirect(res, '/dashboard', [this.clearCookie()]);
        return redirect(res, '/dashboard');
      }
    } catch (err) {
      if (err instanceof GatewayError && err.status === 404) return html(res, 404, notFoundPage(s.csrf, err.message));
      if (err instanceof GatewayError && err.status < 500 && err.status !== 429) return this.home(res, s, { error: err.message }, err.status);
      throw err;
    }
    return html(res, 404, notFoundPage(s.csrf, `Nothing at /dashboard${path}.`));
  }

  /** The answer to the create form is the one page that shows the secret; the form's id makes a resend (a reload) create nothing. */
  private async createKey(res: ServerResponse, s: Session, form: URLSearchParams): Promise<void> {
    const { accountId } = s.caller;
    const name = (form.get('name') ?? '').trim();
    const id = form.get('id') ?? '';
    if (name === '' || name.length > 200) return this.home(res, s, { error: 'A key needs a name of 1 to 200 characters.' }, 400);
    if (!UUID.test(id)) return this.home(res, s, { error: 'The form was incomplete: reload the page and try again.' }, 400);
    const existing = await this.deps.store.getApiKey(accountId, id);
    if (existing?.hash || (!existing && (await this.deps.store.findApiKeyById(id)))) return html(res, 409, keyAlreadyCreatedPage(s.csrf));
    const { key } = await this.deps.keys.create(accountId, id, name);
    html(res, 201, keyCreatedPage(s.csrf, name, key));
  }

  private async home(res: ServerResponse, s: Session, msg: { notice?: string; error?: string } = {}, status = 200): Promise<void> {
    const { accountId, keyId } = s.caller;
    const [connections, keys] = await Promise.all([
      this.deps.lifecycle.list(accountId, new URLSearchParams()),
      this.deps.store.listApiKeys(accountId, 0, 1000),
    ]);
    html(
      res,
      status,
      dashboardPage({
        csrf: s.csrf,
        apps: this.appOptions(),
        connections: connections.map((r) => connectionView(r, undefined)),
        keys: keys.items.filter((k) => k.hash).map((k) => ({ id: k.id, name: k.name, created: k.createdAt, current: k.id === keyId })),
        newKeyId: randomUUID(),
        ...msg,
      }),
    );
  }

  private async signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readText(req, FORM_LIMIT));
    const key = (form.get('key') ?? '').trim();
    try {
      await this.deps.keys.authenticate(`Bearer ${key}`);
    } catch (err) {
      if (err instanceof GatewayError && err.status === 401) return html(res, 401, signInPage('That API key was not accepted.'));
      throw err;
    }
    const sealed: Sealed = { k: key, c: randomBytes(24).toString('base64url'), e: Date.now() + SESSION_SECONDS * 1000 };
    redirect(res, '/dashboard', [this.cookie(this.deps.sealer.sealJson(sealed, AAD), SESSION_SECONDS)]);
  }

  /** The session in the request's cookie, if it opens, has not expired and its key still authenticates. */
  private async session(req: IncomingMessage): Promise<Session | undefined> {
    const value = cookieValue(req.headers.cookie, COOKIE);
    if (!value || value.length > 4096 || !/^[A-Za-z0-9._-]+$/.test(value)) return undefined;
    let sealed: Sealed;
    try {
      sealed = this.deps.sealer.openJson<Sealed>(value, AAD);
    } catch {
      return undefined;
    }
    if (typeof sealed.k !== 'string' || typeof sealed.c !== 'string' || !(sealed.e > Date.now())) return undefined;
    try {
      return { caller: await this.deps.keys.authenticate(`Bearer ${sealed.k}`), csrf: sealed.c };
    } catch (err) {
      if (err instanceof GatewayError && err.status === 401) return undefined;
      throw err;
    }
  }

  private async connection(s: Session, raw: string) {
    try {
      return await this.deps.lifecycle.get(s.caller.accountId, decode(raw));
    } catch (err) {
      if (err instanceof GatewayError && err.status === 404) return undefined;
      throw err;
    }
  }

  private appOptions(): AppOption[] {
    this.apps ??= this.deps.routes
      .names()
      .map((app) => ({ app, name: this.deps.routes.get(app)?.name ?? app }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return this.apps;
  }

  private cookie(value: string, maxAge: number): string {
    const secure = this.deps.publicUrl.value.startsWith('https:') ? '; Secure' : '';
    return `${COOKIE}=${value}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
  }

  private clearCookie(): string {
    return this.cookie('', 0);
  }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function html(res: ServerResponse, status: number, body: string, cookies: string[] = [], extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...extra,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...HEADERS,
    ...(cookies.length ? { 'set-cookie': cookies } : {}),
  });
  res.end(body);
}

/** 303 See Other: the answer to a form is a GET of the page. */
function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  res.writeHead(303, { location, 'content-length': 0, ...HEADERS, ...(cookies.length ? { 'set-cookie': cookies } : {}) });
  res.end();
}
