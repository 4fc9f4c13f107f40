/**
 * Schemas a provider file reuses through YAML anchors (one shared object once loaded) become
 * one component that every use refers to; schemas with local references stay inline; small
 * ones are not worth a reference.
 */
import { describe, expect, it } from 'vitest';
import { SchemaComponents } from '../../../packages/generator/src/emit/schema-components.js';
import { parseProviderText } from '../../../packages/generator/src/load.js';

function load(yaml: string): Record<string, unknown> {
  return parseProviderText(yaml, 'x.yaml').source!.data as Record<string, unknown>;
}

describe('SchemaComponents', () => {
  it('hoists a schema used twice through an anchor, named after its first place', () => {
    const data = load(`
a:
  type: object
  properties:
    customer: &customer { type: object, properties: { id: { type: string }, name: { type: string }, email: { type: string } } }
b:
  type: object
  properties:
    owner: *customer
    tiny: &tiny { type: string }
    tiny2: *tiny
`);
    const out: Record<string, unknown> = {};
    const c = new SchemaComponents([{ name: 'GetA', schema: data.a as Record<string, unknown> }, { name: 'GetB', schema: data.b as Record<string, unknown> }], out);
    out.GetA = c.embed(data.a as Record<string, unknown>, 'GetA');
    out.GetB = c.embed(data.b as Record<string, unknown>, 'GetB');
    expect(out.GetACustomer).toEqual({ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } } });
    expect(out.GetA).toEqual({ type: 'object', properties: { customer: { $ref: '#/components/schemas/GetACustomer' } } });
    expect(out.GetB).toEqual({
      type: 'object',
      properties: { owner: { $ref: '#/components/schemas/GetACustomer' }, tiny: { type: 'string' }, tiny2: { type: 'string' } },
    });
  });

  it('a root reused by another endpoint refers to the first one', () => {
    const data = load(`
r: &r { type: object, properties: { id: { type: string }, status: { type: string, enum: [open, closed] } } }
s: *r
`);
    const out: Record<string, unknown> = {};
    const c = new SchemaComponents([{ name: 'GetOne', schema: data.r as Record<string, unknown> }, { name: 'GetTwo', schema: data.s as Record<string, unknown> }], out);
    out.GetOne = c.embed(data.r as Record<string, unknown>, 'GetOne');
    out.GetTwo = c.embed(data.s as Record<string, unknown>, 'GetTwo');
    expect((out.GetOne as { properties: object }).properties).toHaveProperty('status');
    expect(out.GetTwo).toEqual({ $ref: '#/components/schemas/GetOne' });
  });

  it('keeps inline a shared schema that holds a local reference; a root\'s $defs become components of their own', () => {
    const data = load(`
a:
  type: object
  $defs: { item: { type: object, properties: { id: { type: string }, label: { type: string }, more: { type: string } } } }
  properties:
    list: &list { type: array, items: { $ref: '#/$defs/item' }, description: a list of the items defined above }
b:
  type: object
  $defs: { item: { type: object, properties: { id: { type: string }, label: { type: string }, more: { type: string } } } }
  properties:
    list: *list
`);
    const out: Record<string, unknown> = {};
    const c = new SchemaComponents([{ name: 'A', schema: data.a as Record<string, unknown> }, { name: 'B', schema: data.b as Record<string, unknown> }], out);
    const a = c.embed(data.a as Record<string, unknown>, 'A') as { $defs?: unknown; properties: { list: { items: { $ref: string } } } };
    const b = c.embed(data.b as Record<string, unknown>, 'B') as { $defs?: unknown; properties: { list: { items: { $ref: string } } } };
    // Left inside the root, type generators read `$defs` as one more required property.
    expect(a.$defs).toBeUndefined();
    expect(b.$defs).toBeUndefined();
    expect(a.properties.list.items.$ref).toBe('#/components/schemas/AItem');
    expect(b.properties.list.items.$ref).toBe('#/components/schemas/BItem');
    expect(Object.keys(out).sort()).toEqual(['AItem', 'BItem']);
    expect(out.AItem).toEqual({ type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, more: { type: 'string' } } });
  });
});
