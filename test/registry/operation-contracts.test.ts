/**
 * Issue 12, item 5: an operation's request body is its own contract. Where a provider's update
 * takes other fields than its create, the two must not share one schema (the caller's SDK
 * would offer a field the provider refuses). Facts from the provider's API reference.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/gateway.js';

type BodySchema = { properties?: Record<string, unknown>; required?: string[] };
type Spec = { paths: Record<string, Record<string, { operationId?: string; requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>; components: { schemas: Record<string, BodySchema> } };

function bodyFields(app: string, operationId: string): string[] {
  return Object.keys(body(app, operationId).properties ?? {}).sort();
}


function body(app: string, operationId: string): BodySchema {
  const spec = JSON.parse(readFileSync(`${ROOT}/generated/openapi/${app}.json`, 'utf8')) as Spec;
  for (const ops of Object.values(spec.paths)) {
    for (const op of Object.values(ops)) {
      if (op.operationId !== operationId) continue;
      const schema = Object.values(op.requestBody!.content)[0]!.schema;
      return schema.$ref ? spec.components.schemas[schema.$ref.split('/').pop()!]! : (schema as { properties?: Record<string, unknown> });
    }
  }
  throw new Error(`${app} has no operation ${operationId}`);
}

describe('operation contracts', () => {
  it('stripe: a customer update offers default_source and not payment_method, which only create takes', () => {
    const create = bodyFields('stripe', 'createCustomer');
    const update = bodyFields('stripe', 'updateCustomer');
    expect(create).toContain('payment_method');
    expect(update).not.toContain('payment_method');
    expect(update).toContain('default_source');
    expect(create).not.toContain('default_source');
  });

  it('constant-contact: a contact create requires create_source, a replace update_source, and neither offers the other', () => {
    const create = body('constant-contact', 'createContact');
    const update = body('constant-contact', 'updateContact');
    expect(create.required).toEqual(['create_source']);
    expect(update.required).toEqual(['update_source']);
    expect(Object.keys(create.properties!)).not.toContain('update_source');
    expect(Object.keys(update.properties!)).not.toContain('create_source');
    // Everything else is the same contact.
    const rest = (s: BodySchema) => Object.keys(s.properties!).filter((k) => !k.endsWith('_source')).sort();
    expect(rest(update)).toEqual(rest(create));
  });
});
