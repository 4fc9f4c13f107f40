/**
 * The generator end to end: the committed generated/ is exactly what providers/ yields (the
 * drift check), output is byte-identical run to run and however the work is split, a broken
 * registry leaves generated/ untouched, --check names stale files, --only agrees with a full
 * run, and every file says it is generated.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../packages/generator/src/generate.js';
import { ROOT } from '../support/gateway.js';

const SAMPLE = ['quickbooks', 'slack', 'linear', 'notion', 'box', 'telegram'];
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempRoot(apps: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'switchboard-gen-'));
  temps.push(root);
  mkdirSync(join(root, 'providers'));
  for (const app of apps) cpSync(join(ROOT, 'providers', `${app}.yaml`), join(root, 'providers', `${app}.yaml`));
  return root;
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const [k, v] of [...files(dir)].sort(([a], [b]) => a.localeCompare(b))) h.update(`${k}\0${v}\0`);
  return h.digest('hex');
}

describe('generate', () => {
  it('the committed generated/ is what the registry yields (drift check)', async () => {
    const r = await generate({ root: ROOT, check: true });
    expect(r.diagnostics).toEqual([]);
    expect(r.stale).toEqual([]);
    expect(r.providers).toBeGreaterThanOrEqual(156);
    expect(r.files).toBe(r.providers * 5 + 4); // OpenAPI, types, client, docs page, action catalog; and four registry-wide files
  }, 120_000);

  it('writes the same bytes on every run, on one thread or several', async () => {
    const root = tempRoot(SAMPLE);
    const first = await generate({ root, workers: 1 });
    expect(first.diagnostics).toEqual([]);
    expect(first.files).toBe(SAMPLE.length * 5 + 4);
    const a = digest(join(root, 'generated'));
    await generate({ root, workers: 2 });
    expect(digest(join(root, 'generated'))).toBe(a);
    expect((await generate({ root, check: true })).stale).toEqual([]);
  }, 120_000);

  it('puts a "do not edit" mark on every file', async () => {
    const root = tempRoot(['slack']);
    await generate({ root, workers: 1 });
    for (const [path, text] of files(join(root, 'generated'))) {
      if (path.endsWith('.json')) expect(JSON.parse(text)[path === 'routes.json' ? '$comment' : 'x-generated'], path).toMatch(/Do not edit/);
      else expect(text.split('\n')[0], path).toMatch(/Generated from .* Do not edit\./);
    }
  }, 60_000);

  it('leaves generated/ untouched when the registry is invalid, and says why', async () => {
    const root = tempRoot(['slack', 'quickbooks']);
    await generate({ root, workers: 1 });
    const before = digest(join(root, 'generated'));
    writeFileSync(join(root, 'providers', 'broken.yaml'), 'app: broken\nname: Broken\n');
    const r = await generate({ root, workers: 1 });
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics[0]!.file).toBe('providers/broken.yaml');
    expect(r.written).toBe(0);
    expect(digest(join(root, 'generated'))).toBe(before);
  }, 60_000);

  it('--check names changed, missing and extra files', async () => {
    const root = tempRoot(['slack', 'quickbooks']);
    await generate({ root, workers: 1 });
    const gen = join(root, 'generated');
    writeFileSync(join(gen, 'docs', 'slack.md'), 'edited by hand\n');
    rmSync(join(gen, 'clients', 'quickbooks.ts'));
    writeFileSync(join(gen, 'openapi', 'gone.json'), '{}');
    const r = await generate({ root, check: true });
    expect(r.stale).toEqual(['generated/clients/quickbooks.ts', 'generated/docs/slack.md', 'generated/openapi/gone.json']);
  }, 60_000);

  it('--only regenerates one provider and agrees with a full run', async () => {
    const root = tempRoot(['slack', 'quickbooks', 'linear']);
    await generate({ root, workers: 1 });
    const file = join(root, 'providers', 'slack.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^description: .*$/m, 'description: Changed description for the test.'));
    const r = await generate({ root, only: ['slack'], workers: 1 });
    expect(r.providers).toBe(1);
    expect(r.written).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'generated', 'docs', 'README.md'), 'utf8')).toContain('Changed description for the test.');
    expect(JSON.parse(readFileSync(join(root, 'generated', 'routes.json'), 'utf8')).apps.slack.description).toBe('Changed description for the test.');
    expect((await generate({ root, check: true })).stale).toEqual([]);
  }, 60_000);

  it('the Keap and Apify reference pages carry every endpoint seeds 003 and 004 show', () => {
    const keap = readFileSync(join(ROOT, 'generated', 'docs', 'keap.md'), 'utf8');
    const apify = readFileSync(join(ROOT, 'generated', 'docs', 'apify.md'), 'utf8');
    const seen = (doc: string, app: string, line: string) => {
      const [method, path] = line.split(' ') as [string, string];
      const re = new RegExp(`\`${method} /${app}${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '\\{[^}/]+\\}')}\``);
      return re.test(doc);
    };
    const keapSeed = [
      'GET /crm/rest/v2/oauth/connect/userinfo', 'GET /crm/rest/v2/contacts', 'GET /crm/rest/v2/contacts/{contact_id}', 'POST /crm/rest/v2/contacts',
      'PATCH /crm/rest/v2/contacts/{contact_id}', 'DELETE /crm/rest/v2/contacts/{contact_id}', 'GET /crm/rest/v2/contacts/{contact_id}/notes',
      'POST /crm/rest/v2/contacts/{contact_id}/notes', 'GET /crm/rest/v2/companies', 'GET /crm/rest/v2/companies/{company_id}', 'POST /crm/rest/v2/companies',
      'PATCH /crm/rest/v2/companies/{company_id}', 'DELETE /crm/rest/v2/companies/{company_id}', 'GET /crm/rest/v2/tags', 'GET /crm/rest/v2/tags/{tag_id}',
      'POST /crm/rest/v2/tags', 'PATCH /crm/rest/v2/tags/{tag_id}', 'DELETE /crm/rest/v2/tags/{tag_id}', 'GET /crm/rest/v2/tags/{tag_id}/contacts',
      'POST /crm/rest/v2/tags/{tag_id}/contacts:applyTags', 'POST /crm/rest/v2/tags/{tag_id}/contacts:removeTags', 'GET /crm/rest/v2/tags/categories',
      'POST /crm/rest/v2/tags/categories', 'GET /crm/rest/v2/tasks', 'GET /crm/rest/v2/tasks/{task_id}', 'POST /crm/rest/v2/tasks',
      'PATCH /crm/rest/v2/tasks/{task_id}', 'DELETE /crm/rest/v2/tasks/{task_id}', 'GET /crm/rest/v2/opportunities', 'GET /crm/rest/v2/opportunities/{opportunity_id}',
      'POST /crm/rest/v2/opportunities', 'PATCH /crm/rest/v2/opportunities/{opportunity_id}', 'DELETE /crm/rest/v2/opportunities/{opportunity_id}',
      'GET /crm/rest/v2/opportunities/stages', 'GET /crm/rest/v2/orders', 'GET /crm/rest/v2/orders/{order_id}', 'POST /crm/rest/v2/orders',
      'POST /crm/rest/v2/orders/{order_id}/items', 'GET /crm/rest/v2/products', 'GET /crm/rest/v2/products/{product_id}', 'POST /crm/rest/v2/products',
      'GET /crm/rest/v2/campaigns', 'GET /crm/rest/v2/campaigns/{campaign_id}', 'GET /crm/rest/v2/campaigns/{campaign_id}/sequences',
      'POST /crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:addContacts', 'POST /crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:removeContacts',
      'GET /crm/rest/v2/emails', 'GET /crm/rest/v2/emails/{email_id}', 'POST /crm/rest/v2/emails:send', 'GET /crm/rest/v2/users', 'GET /crm/rest/v2/users/{user_id}',
      'GET /crm/rest/v2/subscriptions', 'GET /crm/rest/v2/subscriptions/{subscription_id}', 'GET /crm/rest/v2/affiliates', 'GET /crm/rest/v2/affiliates/{affiliate_id}',
      'GET /crm/rest/v2/automations', 'GET /crm/rest/v2/automations/{automation_id}',
    ];
    const apifySeed = [
      'GET /v2/users/me', 'GET /v2/acts', 'GET /v2/acts/{actorId}', 'POST /v2/acts/{actorId}/runs', 'GET /v2/actor-runs', 'GET /v2/actor-runs/{runId}',
      'POST /v2/actor-runs/{runId}/abort', 'POST /v2/actor-runs/{runId}/resurrect', 'GET /v2/actor-tasks', 'GET /v2/actor-tasks/{taskId}', 'POST /v2/actor-tasks',
      'POST /v2/actor-tasks/{taskId}/runs', 'PUT /v2/actor-tasks/{taskId}', 'DELETE /v2/actor-tasks/{taskId}', 'GET /v2/datasets', 'GET /v2/datasets/{datasetId}',
      'POST /v2/datasets', 'GET /v2/datasets/{datasetId}/items', 'POST /v2/datasets/{datasetId}/items', 'DELETE /v2/datasets/{datasetId}', 'GET /v2/key-value-stores',
      'GET /v2/key-value-stores/{storeId}', 'POST /v2/key-value-stores', 'GET /v2/key-value-stores/{storeId}/keys', 'GET /v2/key-value-stores/{storeId}/records/{key}',
      'PUT /v2/key-value-stores/{storeId}/records/{key}', 'DELETE /v2/key-value-stores/{storeId}/records/{key}', 'DELETE /v2/key-value-stores/{storeId}',
      'GET /v2/request-queues', 'GET /v2/request-queues/{queueId}', 'POST /v2/request-queues', 'POST /v2/request-queues/{queueId}/requests',
      'DELETE /v2/request-queues/{queueId}', 'GET /v2/schedules', 'GET /v2/schedules/{scheduleId}', 'POST /v2/schedules', 'PUT /v2/schedules/{scheduleId}',
      'DELETE /v2/schedules/{scheduleId}', 'GET /v2/webhooks', 'GET /v2/webhooks/{webhookId}', 'POST /v2/webhooks', 'PUT /v2/webhooks/{webhookId}', 'DELETE /v2/webhooks/{webhookId}',
    ];
    expect(keapSeed.filter((l) => !seen(keap, 'keap', l))).toEqual([]);
    expect(apifySeed.filter((l) => !seen(apify, 'apify', l))).toEqual([]);
  });
});
