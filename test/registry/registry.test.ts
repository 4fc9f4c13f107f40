/**
 * The registry as a whole: it validates, every app the seeds name has its file with the
 * upstream host the seeds' "Supported Services" table gives, every app of the reference
 * index has a file, and every `METHOD /path` line of every reference page is in a catalog
 * (but for the few lines the official spec refutes, listed in REFUTED with what it has instead).
 * The reference facts come from test/fixtures/reference-endpoints.json, built from the
 * public reference pages by scripts/reference-endpoints.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ProviderFile } from '../../packages/generator/src/provider-file.js';
import { validateRegistry } from '../../packages/generator/src/validate/index.js';
import { ROOT } from '../support/gateway.js';
import { missingReferenceEndpoints, readReference } from '../support/reference-coverage.js';

const reference = readReference();

/**
 * Lines of the reference pages that the provider's official spec (or, where none is published,
 * its API reference) contradicts; the catalog follows the spec (switchboard verify checks it),
 * and each line says what the spec has instead.
 */
const REFUTED: Record<string, Record<string, string>> = {
  mailgun: {
    'GET /v3/domains': 'Mailgun\'s OpenAPI lists domains at GET /v4/domains',
    'GET /v3/domains/{domain_name}': 'GET /v4/domains/{name} (v3 keeps only DELETE)',
    'POST /v3/domains': 'POST /v4/domains',
    'GET /v3/{domain_name}/tags/{tag_name}': 'GET /v3/{domain}/tag?tag=NAME',
    'DELETE /v3/{domain_name}/tags/{tag_name}': 'DELETE /v3/{domain}/tag?tag=NAME',
  },
  netlify: {
    'POST /api/v1/sites/{site_id}/deploys/{deploy_id}/cancel': 'Netlify\'s OpenAPI cancels at POST /api/v1/deploys/{deploy_id}/cancel only',
    'PUT /api/v1/sites/{site_id}': 'Netlify\'s OpenAPI updates a site with PATCH',
    'GET /api/v1/services': 'Netlify\'s OpenAPI lists services at /api/v1/services/ (final slash)',
  },
  resend: {
    'PUT /webhooks/{webhook_id}': 'Resend\'s OpenAPI updates a webhook with PATCH',
    'GET /audiences/{audience_id}/contacts': 'contacts are global in Resend\'s OpenAPI: GET /contacts',
    'POST /audiences/{audience_id}/contacts': 'POST /contacts',
    'GET /audiences/{audience_id}/contacts/{contact_id}': 'GET /contacts/{id}',
    'PATCH /audiences/{audience_id}/contacts/{contact_id}': 'PATCH /contacts/{id}',
    'DELETE /audiences/{audience_id}/contacts/{contact_id}': 'DELETE /contacts/{id}',
  },
  sendgrid: {
    'POST /v3/marketing/segments': 'SendGrid\'s OpenAPI creates segments at POST /v3/marketing/segments/2.0 (the v1 path lists and deletes only)',
  },
  sentry: {
    'GET /api/0/issues/{issue_id}/': 'Sentry\'s OpenAPI scopes issues by organization: /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/',
    'PUT /api/0/issues/{issue_id}/': 'PUT …/organizations/{organization_id_or_slug}/issues/{issue_id}/',
    'DELETE /api/0/issues/{issue_id}/': 'DELETE …/organizations/{organization_id_or_slug}/issues/{issue_id}/',
    'GET /api/0/issues/{issue_id}/events/': 'GET …/organizations/{organization_id_or_slug}/issues/{issue_id}/events/',
  },
  squareup: {
    'GET /v2/terminals/checkouts': 'Square\'s OpenAPI has no GET here; checkouts are listed by POST /v2/terminals/checkouts/search',
  },
  vercel: {
    'PATCH /v10/projects/{projectId}/env/{envId}': 'Vercel\'s API reference edits an environment variable at PATCH /v9/projects/{idOrName}/env/{id}',
    'DELETE /v10/projects/{projectId}/env/{envId}': 'DELETE /v9/projects/{idOrName}/env/{id}',
  },
  vimeo: {
    'GET /me/folders': 'folders are projects in Vimeo\'s API: GET /me/projects',
    'POST /me/folders': 'POST /me/projects',
  },
};
const { providers, diagnostics } = validateRegistry(`${ROOT}/providers`, ROOT);
const byApp = new Map(providers.map((p) => [p.file.app, p.file]));

/** A host written with placeholders ({x} or <x>), placeholders made alike. */
const shape = (h: string) => h.replace(/\{[^}]+\}|<[^>]+>/g, '*').replace(/^https:\/\//, '').replace(/\/$/, '');

function hostsOf(p: ProviderFile): string[] {
  const out: string[] = [];
  if (p.upstream) out.push(p.upstream.baseUrl, ...(p.upstream.hosts ?? []).map((h) => h.baseUrl));
  if (p.mcp) out.push(new URL(p.mcp.url).origin);
  return out.map(shape);
}

function matchesSeedHost(p: ProviderFile, seedHost: string): boolean {
  const userOrigin = /^<[^>]+>$/.test(p.upstream?.baseUrl ?? '');
  if (seedHost.startsWith("User's ")) return userOrigin;
  if (seedHost === 'MCP server') return !!p.mcp;
  if (seedHost.startsWith('{store-url}')) return userOrigin; // the table writes the store's own origin plus the path callers write
  if (hostsOf(p).includes(shape(seedHost))) return true;
  // A regional host (Zoho's api_host, Mailgun's region): the seeds' host is what its defaults fill in.
  return defaultHosts(p).includes(seedHost.replace(/^https:\/\//, '').replace(/\/$/, ''));
}

/** The base URLs with every `<var>` replaced by the variable's default; those without one are left out. */
function defaultHosts(p: ProviderFile): string[] {
  const templates = p.upstream ? [p.upstream.baseUrl, ...(p.upstream.hosts ?? []).map((h) => h.baseUrl)] : [];
  const defaults = (name: string) => p.variables?.[name]?.from.map((s) => ('default' in s ? s.default : undefined)).find((d) => d !== undefined);
  return templates
    .map((t) => t.replace(/<([^>]+)>/g, (_, n: string) => defaults(n) ?? '\u0000'))
    .filter((t) => !t.includes('\u0000'))
    .map((t) => t.replace(/^https:\/\//, ''));
}

describe('registry', () => {
  it('validates with no problem', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has a provider file for every app of the reference index (156), notion carrying both REST and MCP', () => {
    const missing = Object.keys(reference).filter((app) => !byApp.has(app));
    expect(missing).toEqual([]);
    expect(byApp.size).toBeGreaterThanOrEqual(156);
    const notion = byApp.get('notion')!;
    expect(notion.upstream?.baseUrl).toBe('https://api.notion.com');
    expect(notion.mcp?.url).toMatch(/^https:\/\/mcp\.notion\.com\//);
  });

  const mission = Object.entries(reference).filter(([, r]) => r.mission);
  it('covers the 137 apps the seeds name', () => {
    expect(mission.length).toBe(137);
  });

  it.each(mission)('%s: upstream host agrees with the seeds\' table', (app, ref) => {
    const p = byApp.get(app);
    expect(p, `providers/${app}.yaml`).toBeDefined();
    const expected = ref.seedHosts.length ? ref.seedHosts : [ref.host];
    for (const host of expected) expect(matchesSeedHost(p!, host), `${app}: ${host} vs ${hostsOf(p!).join(', ')}`).toBe(true);
  });

  it.each(Object.entries(reference))('%s: every endpoint of its reference page is in the catalog', (app, ref) => {
    const p = byApp.get(app);
    expect(p).toBeDefined();
    const refuted = Object.keys(REFUTED[app] ?? {});
    expect(missingReferenceEndpoints(ref.endpoints.filter((l) => !refuted.includes(l)), p!.endpoints)).toEqual([]);
  });

  it.each(Object.entries(REFUTED))('%s: reference lines the official spec refutes are on the page and not in the catalog', (app, lines) => {
    const listed = Object.keys(lines);
    expect(listed.filter((l) => !reference[app]!.endpoints.includes(l))).toEqual([]);
    expect(missingReferenceEndpoints(listed, byApp.get(app)!.endpoints)).toEqual(listed);
  });

  it('catalogs at least 95% of the 3,116 reference endpoints', () => {
    let total = 0;
    let covered = 0;
    for (const [app, ref] of Object.entries(reference)) {
      total += ref.endpoints.length;
      covered += ref.endpoints.length - missingReferenceEndpoints(ref.endpoints, byApp.get(app)?.endpoints ?? []).length;
    }
    expect(total).toBe(3116);
    expect(covered / total).toBeGreaterThanOrEqual(0.95);
  });

  it('carries every endpoint seeds 003 (Keap) and 004 (Apify) show, with request bodies where they send one', () => {
    const keap = byApp.get('keap')!.endpoints;
    const apify = byApp.get('apify')!.endpoints;
    const has = (list: typeof keap, method: string, path: string, body: boolean) => {
      const missing = missingReferenceEndpoints([`${method} ${path}`], list);
      expect(missing, `${method} ${path}`).toEqual([]);
      if (body) {
        const re = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
        const e = list.find((x) => x.method === method && re.test(x.path!.replace(/\{[^}]+\}/g, 'X')));
        expect(e?.body?.schema, `${method} ${path} body schema`).toBeDefined();
      }
    };
    // A few from each seed, with and without bodies; the reference test above checks the rest.
    has(keap, 'POST', '/crm/rest/v2/contacts', true);
    has(keap, 'POST', '/crm/rest/v2/tags/{tag_id}/contacts:applyTags', true);
    has(keap, 'POST', '/crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:addContacts', true);
    has(keap, 'POST', '/crm/rest/v2/emails:send', true);
    has(keap, 'GET', '/crm/rest/v2/oauth/connect/userinfo', false);
    has(apify, 'POST', '/v2/acts/{actorId}/runs', true);
    has(apify, 'POST', '/v2/schedules', true);
    has(apify, 'PUT', '/v2/key-value-stores/{storeId}/records/{key}', true);
    has(apify, 'POST', '/v2/actor-runs/{runId}/resurrect', false);
  });
});
