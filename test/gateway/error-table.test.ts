/**
 * One error table, three places it shows: runtime/errors.ts (what the gateway answers),
 * docs/errors.md (what people read) and the SDK's GatewayErrorCode type (what clients match
 * on). They must list the same codes with the same statuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../packages/gateway/src/errors.js';
import { ROOT } from '../support/gateway.js';

describe('the error table', () => {
  const runtime = Object.entries(ERRORS).map(([code, d]) => `${d.status} ${code}`).sort();

  it('docs/errors.md lists every code with its status, and nothing else', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| (\d{3}) \| `(GW_ERR_[A-Z_]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
    expect(rows).toEqual(runtime);
  });

  it('the SDK\'s GatewayErrorCode names exactly the runtime codes', () => {
    const sdk = readFileSync(join(ROOT, 'packages', 'sdk', 'src', 'errors.ts'), 'utf8');
    const union = /export type GatewayErrorCode =([^;]+);/.exec(sdk)![1]!;
    const codes = [...union.matchAll(/'(GW_ERR_[A-Z_]+)'/g)].map((m) => m[1]).sort();
    expect(codes).toEqual(Object.keys(ERRORS).sort());
  });

  it('every code has a message and a hint, and codes are unique by construction', () => {
    for (const [code, d] of Object.entries(ERRORS)) {
      expect(code).toMatch(/^GW_ERR_[A-Z_]+$/);
      expect(d.message.length, code).toBeGreaterThan(3);
      expect(d.hint.length, code).toBeGreaterThan(10);
      expect(d.status).toBeGreaterThanOrEqual(400);
    }
  });
});
