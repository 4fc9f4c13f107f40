import { angleVariables } from '@switchboard/contract';
import { checkRegex, credentialFields, type Path, type Rule } from './rule.js';

/**
 * Variable patterns compile (origins require https); each source is one a connection method can
 * give; extracts capture; form options match the pattern; a metadata URL's `<name>` is a variable
 * resolved before it (declared earlier, stored with the connection, not a whole origin).
 */
export const variableSources: Rule = {
  name: 'variable-sources',
  check({ provider: p, used, report }) {
    const methods = p.auth.methods.map((m) => m.type);
    const fields = new Set(p.auth.methods.flatMap((m) => credentialFields(m)));
    const earlier: string[] = [];
    for (const [name, v] of Object.entries(p.variables ?? {})) {
      const pattern = checkRegex(['variables', name, 'pattern'], v.pattern, report);
      if (v.format === 'origin' && !/https/.test(v.pattern)) {
        report(['variables', name, 'pattern'], 'an origin variable\'s pattern must require https');
      }
      v.from.forEach((src, i) => {
        const path: Path = ['variables', name, 'from', i];
        if ('tokenResponse' in src && !methods.includes('OAUTH2') && !methods.includes('MCP')) {
          report(path, 'tokenResponse needs an OAUTH2 connection method');
        }
        if ('callbackQuery' in src && !methods.some((m) => m === 'OAUTH2' || m === 'OAUTH1')) {
          report(path, 'callbackQuery needs an OAUTH2 or OAUTH1 connection method');
        }
        if ('credential' in src && !fields.has(src.credential.field)) {
          report([...path, 'credential', 'field'], `no connection method has a credential field "${src.credential.field}"`);
        }
        if ('form' in src) {
          src.form.options?.forEach((o, j) => {
            if (pattern && !pattern.test(o.value)) {
              report([...path, 'form', 'options', j, 'value'], `option "${o.value}" does not match the variable's pattern`);
            }
          });
        }
        if ('metadata' in src) {
          for (const ref of angleVariables(src.metadata.url)) {
            const r = p.variables?.[ref];
            if (!r || !earlier.includes(ref) || r.format === 'origin' || r.from.every((s) => 'env' in s)) {
              report([...path, 'metadata', 'url'], `<${ref}> must be a variable declared above "${name}" that the connection stores (not an env setting or a whole origin)`);
            } else used.add(ref);
          }
        }
        const extract =
          'tokenResponse' in src ? src.tokenResponse.extract
          : 'credential' in src ? src.credential.extract
          : 'callbackQuery' in src ? src.callbackQuery.extract
          : 'metadata' in src ? src.metadata.extract
          : undefined;
        if (extract !== undefined) {
          const re = checkRegex([...path, Object.keys(src)[0]!, 'extract'], extract, report);
          if (re && new RegExp(`${re.source}|`).exec('')!.length < 2) {
            report([...path, Object.keys(src)[0]!, 'extract'], 'extract needs one capture group: the part that is the value');
          }
        }
      });
      earlier.push(name);
    }
  },
};
