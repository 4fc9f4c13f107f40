/**
 * One source for the provider format: packages/generator/src/provider-file.ts is generated
 * from packages/generator/schema/provider.schema.json, and the committed file must be what
 * the schema gives now (regenerated in memory here). The contract's hand-written routing-table
 * types must accept what the generator copies through from a provider file: the `expectTypeOf`
 * lines are checked by `tsc -p tsconfig.test.json` (`npm run typecheck`), and do nothing at
 * run time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as Contract from '@switchboard/contract';
import type * as Format from '../../packages/generator/src/provider-file.js';
import type { AuthMethod, Provider } from '../../packages/generator/src/model.js';
import { formatTypes } from '../../packages/generator/src/format-types.js';
import { PROVIDER_FILE_TS, providerFileText, REFRESH_COMMAND } from '../../packages/generator/src/provider-file-source.js';

const NO_NAMES = { definitions: {}, properties: {} };

describe('provider-file.ts', () => {
  it('is what provider.schema.json gives', () => {
    const committed = readFileSync(PROVIDER_FILE_TS, 'utf8');
    const fresh = providerFileText();
    expect(committed === fresh, `packages/generator/src/provider-file.ts is stale: run \`${REFRESH_COMMAND}\` and commit it`).toBe(true);
  });

  it('names the command that refreshes it, and says it is generated', () => {
    expect(readFileSync(PROVIDER_FILE_TS, 'utf8').split('\n')[0]).toBe(
      `// Generated from packages/generator/schema/provider.schema.json by \`${REFRESH_COMMAND}\`. Do not edit.`,
    );
  });

  it('refuses a schema construct it does not know instead of typing it loosely', () => {
    expect(() => formatTypes({ type: 'object', properties: { a: { not: { type: 'string' } } } }, 'x', 'y', NO_NAMES)).toThrow(/no type for/);
    expect(() => formatTypes({ type: 'object', properties: { a: { $ref: '#/definitions/missing' } } }, 'x', 'y', NO_NAMES)).toThrow(/unresolved \$ref/);
    expect(() => formatTypes({ type: 'object', properties: {} }, 'x', 'y')).toThrow(/endpoint\.method was not found/);
  });

  it('writes discriminated unions from if/then branches and one-key unions', () => {
    const text = formatTypes(
      {
        type: 'object',
        properties: {
          step: {
            type: 'object',
            required: ['style'],
            properties: { style: { enum: ['a', 'b'] } },
            allOf: [
              { if: { properties: { style: { const: 'a' } } }, then: { properties: { style: true, x: { type: 'string' } }, required: ['x'] } },
              { if: { properties: { style: { const: 'b' } } }, then: { properties: { style: true } } },
            ],
          },
          from: { type: 'object', maxProperties: 1, properties: { env: { type: 'string' }, n: { type: 'integer' } } },
        },
      },
      'x',
      'y',
      NO_NAMES,
    );
    expect(text).toContain("  step?:\n    | {\n        style: 'a';\n        x: string;\n      }\n    | {\n        style: 'b';\n      };");
    expect(text).toContain('  from?:\n    | { env: string }\n    | { n: number };');
  });
});

describe('the contract accepts what the generator copies through', () => {
  it('types (checked by tsc)', () => {
    expectTypeOf<Format.AuthType>().toExtend<Contract.AuthType>();
    expectTypeOf<Format.AuthMethodSpec['type']>().toExtend<Contract.AuthType>();
    expectTypeOf<Format.HttpMethod>().toExtend<Contract.HttpMethod>();
    expectTypeOf<Format.EndpointKind>().toExtend<Contract.EndpointKind>();
    expectTypeOf<Format.JsonSchema>().toExtend<Contract.JsonSchema>();
    expectTypeOf<Format.FieldSource>().toExtend<Contract.FieldSource>();
    expectTypeOf<Format.VariableSource>().toExtend<Contract.VariableSource>();
    expectTypeOf<Format.VariableSpec>().toExtend<Contract.VariableRoute>();
    expectTypeOf<Format.CredentialField>().toExtend<Contract.CredentialField>();
    expectTypeOf<Format.InjectSpec>().toExtend<Contract.InjectSpec>();
    expectTypeOf<Format.PaginationSpec>().toExtend<Contract.PaginationSpec>();
    expectTypeOf<Format.RateLimitSpec>().toExtend<Contract.RateLimitSpec>();
    // The model's fully-defaulted forms, as emit/routes.ts writes them into the routing table.
    expectTypeOf<Extract<AuthMethod, { type: 'OAUTH2' }>>().toExtend<Omit<Contract.OAuth2Route, never> & { label: string }>();
    expectTypeOf<Extract<AuthMethod, { type: 'MCP' }>>().toExtend<Contract.McpAuthRoute & { label: string; fields: Contract.CredentialField[] }>();
    expectTypeOf<Provider['mcp']>().toExtend<{ url: string; protocolVersion: string } | undefined>();
    expect(true).toBe(true);
  });
});
