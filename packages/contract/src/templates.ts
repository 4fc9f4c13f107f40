/**
 * The three placeholder syntaxes of the registry, parsed in one place so the validator,
 * the generator and the runtime agree on them:
 *   `<name>`  a host or prefix variable in a base URL / path prefix, filled by the gateway;
 *   `:name`   a whole path segment filled by the gateway (QuickBooks `:realmId`);
 *   `{name}`  in endpoint paths: a parameter the caller fills; in header, query and inject
 *             values: a variable or credential field the gateway fills.
 */

const ANGLE = /<([a-zA-Z][a-zA-Z0-9_]*)>/g;
const BRACE = /\{([^{}]+)\}/g;
const SEGMENT_VAR = /^:([a-zA-Z][a-zA-Z0-9_]*)$/;

export function angleVariables(template: string): string[] {
  return [...template.matchAll(ANGLE)].map((m) => m[1]!);
}

export function braceNames(template: string): string[] {
  return [...template.matchAll(BRACE)].map((m) => m[1]!);
}

/** Names of whole-segment `:name` placeholders in a path. */
export function segmentVariables(path: string): string[] {
  const names: string[] = [];
  for (const segment of path.split('/')) {
    const m = SEGMENT_VAR.exec(segment);
    if (m) names.push(m[1]!);
  }
  return names;
}

export function fillAngle(template: string, values: Record<string, string>): string {
  return template.replace(ANGLE, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for <${name}>`);
    return v;
  });
}

export function fillBrace(template: string, values: Record<string, string | undefined>): string {
  return template.replace(BRACE, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for {${name}}`);
    return v;
  });
}

/** Reads `a.b[0].c`, `items[-1].id` or `['@odata.nextLink']` from a JSON value; undefined when any step is missing. */
export function readField(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const m of path.matchAll(/\['([^']+)'\]|\[(-?\d+)\]|([^.[\]]+)/g)) {
    if (cur === null || cur === undefined) return undefined;
    if (m[2] !== undefined) {
      if (!Array.isArray(cur)) return undefined;
      const i = Number(m[2]);
      cur = cur[i < 0 ? cur.length + i : i];
    } else {
      if (typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[m[1] ?? m[3]!];
    }
  }
  return cur;
}
