/**
 * Every generated OpenAPI document passes Redocly's validator (the one openapi-typescript is
 * built on) with its recommended rules, less the few that judge style rather than validity
 * or that the providers' own APIs break on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/gateway.js';

const DIR = join(ROOT, 'generated', 'openapi');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

const config = await createConfig({
  extends: ['recommended'],
  rules: {
    'info-license': 'off', // the provider's licence is not ours to state
    'tag-description': 'off', // tags are the catalog's groups; their endpoints describe them
    'no-unused-components': 'off', // GraphQL variables and results are referenced from x-graphql-operations
    'no-path-trailing-slash': 'off', // Baserow, Eventbrite, Podio and WordPress paths need their trailing slash
  },
} as Parameters<typeof createConfig>[0]);

describe('generated OpenAPI documents', () => {
  it('there is one per provider', () => {
    expect(files.length).toBeGreaterThanOrEqual(156);
  });

  it.each(files)('%s is valid OpenAPI 3.1', async (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const doc = JSON.parse(source) as { openapi: string; servers: { url: string }[]; components: { responses: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]!.url).toBe(`{gateway}/${file.replace(/\.json$/, '')}`);
    expect(Object.keys(doc.components.responses).sort()).toEqual(['GatewayBadRequest', 'GatewayRateLimited', 'GatewayTimeout', 'GatewayUnauthorized', 'GatewayUnreachable']);
    const problems = await lintFromString({ source, absoluteRef: file, config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });
});
