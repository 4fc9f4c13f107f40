/**
 * Derives a JSON Schema from an example JSON value, printed as compact YAML ready to paste
 * under `schema:` in a provider file. Reads the example from stdin.
 *
 *   echo '{"id":"9","tags":[{"name":"vip"}]}' | npx tsx scripts/schema-from-example.ts
 */
import { Document, isCollection, visit } from 'yaml';

type Schema = Record<string, unknown>;

export function schemaFromExample(value: unknown): Schema {
  if (value === null) return {};
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null).map(schemaFromExample);
    return items.length ? { type: 'array', items: mergeSchemas(items) } : { type: 'array' };
  }
  switch (typeof value) {
    case 'string':
      return /^\d{4}-\d{2}-\d{2}T/.test(value) ? { type: 'string', format: 'date-time' } : { type: 'string' };
    case 'number':
      return Number.isInteger(value) ? { type: 'integer' } : { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'object': {
      const properties: Record<string, Schema> = {};
      for (const [k, v] of Object.entries(value as object)) properties[k] = schemaFromExample(v);
      return Object.keys(properties).length ? { type: 'object', properties } : { type: 'object' };
    }
    default:
      return {};
  }
}

function mergeSchemas(list: Schema[]): Schema {
  const first = list[0]!;
  if (first.type === 'object') {
    const properties: Record<string, Schema> = {};
    for (const s of list) Object.assign(properties, (s.properties as Record<string, Schema>) ?? {});
    return Object.keys(properties).length ? { type: 'object', properties } : { type: 'object' };
  }
  if (list.some((s) => s.type === 'number')) return { ...first, type: list.every((s) => s.type === 'integer' || s.type === 'number') ? 'number' : first.type };
  return first;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (c) => (input += c));
  process.stdin.on('end', () => {
    const schema = schemaFromExample(JSON.parse(input));
    const doc = new Document(schema);
    // Small objects on one line, larger ones as blocks: how the provider files are written.
    visit(doc, {
      Collection(_, node) {
        if (isCollection(node) && JSON.stringify(node.toJSON()).length <= 90) node.flow = true;
      },
    });
    process.stdout.write(doc.toString({ lineWidth: 140 }));
  });
}
