import { angleVariables, braceNames } from '@switchboard/contract';
import { BEARER_VALUE } from '../../model.js';
import type { InjectSpec, VariableSource as VariableSourceSpec } from '../../provider-file.js';
import { checkRegex, credentialFields, type Path, type Rule } from './rule.js';

/**
 * Connection methods: each type once, credential fields once each with patterns that
 * compile, OAuth URLs whose `<var>`s are known before the flow starts, inject templates that
 * name a field or variable, and a pattern on any credential that lands in the URL path.
 */
export const authMethods: Rule = {
  name: 'auth-methods',
  check({ provider: p, variables, used, report }) {
    const seen = new Set<string>();
    p.auth.methods.forEach((m, i) => {
      const path: Path = ['auth', 'methods', i];
      if (seen.has(m.type)) report([...path, 'type'], `connection method ${m.type} is listed twice`);
      seen.add(m.type);
      const fields = credentialFields(m);
      const fieldSpecs = 'fields' in m ? (m.fields ?? []) : [];
      const names = new Set<string>();
      fieldSpecs.forEach((f, j) => {
        if (names.has(f.name)) report([...path, 'fields', j, 'name'], `credential field "${f.name}" is listed twice`);
        names.add(f.name);
        if (f.pattern) checkRegex([...path, 'fields', j, 'pattern'], f.pattern, report);
      });
      for (const key of ['authorizationUrl', 'tokenUrl', 'requestTokenUrl', 'accessTokenUrl', 'registrationUrl'] as const) {
        const url = (m as unknown as Record<string, string | undefined>)[key];
        // The code exchange (an OAuth 2 tokenUrl) happens after the callback, so it may use what
        // the callback says (Zoho's accounts-server), and it is made again on every refresh with the
        // stored value, so every source must be known by then. Every other URL is needed before
        // the flow starts: some source must give a value then (the callback may refine it later).
        const afterCallback = key === 'tokenUrl' && m.type === 'OAUTH2';
        const early = (s: VariableSourceSpec) => 'form' in s || 'default' in s || 'env' in s;
        for (const name of url ? angleVariables(url) : []) {
          const v = p.variables?.[name];
          if (!v) report([...path, key], `<${name}> is not declared under variables`);
          else if (afterCallback ? !v.from.every((s) => early(s) || 'callbackQuery' in s) : !v.from.some(early)) {
            report(
              [...path, key],
              afterCallback
                ? `<${name}> is needed for the code exchange, so it must come from the form, the OAuth callback, an env setting or a default`
                : `<${name}> is needed before the OAuth flow starts, so it must come from the form, an env setting or a default`,
            );
          } else used.add(name);
        }
      }
      if (m.type === 'OAUTH1' && !(m.inject ?? []).some((x) => x.style === 'oauth1') && m.inject) {
        report([...path, 'inject'], 'an OAUTH1 method must sign requests: add { style: oauth1 }');
      }
      (m.inject ?? []).forEach((inj, j) => {
        const ipath: Path = [...path, 'inject', j];
        for (const [key, template] of injectTemplates(inj)) {
          for (const name of braceNames(template)) {
            if (fields.includes(name)) continue;
            if (name in variables) {
              used.add(name);
              continue;
            }
            report([...ipath, key], `{${name}} is neither a credential field of ${m.type} (${fields.join(', ') || 'none'}) nor a variable`);
          }
        }
        if (inj.style === 'oauth1' && m.type !== 'OAUTH1') report([...ipath, 'style'], 'oauth1 signing only applies to an OAUTH1 method');
        if (inj.style === 'path') {
          // A credential that lands in the URL path must be checked like a variable (SSRF guard).
          for (const name of braceNames(inj.value)) {
            const spec = fieldSpecs.find((f) => f.name === name);
            if (spec && !spec.pattern) {
              report([...ipath, 'value'], `credential field "${name}" goes into the URL path, so it needs a pattern`);
            }
          }
        }
      });
      if ((m.type === 'API_KEY' || m.type === 'BASIC') && m.inject.length === 0) report([...path, 'inject'], 'needs at least one inject step');
    });
  },
};

function injectTemplates(inj: InjectSpec): [string, string][] {
  switch (inj.style) {
    case 'bearer':
      return [['value', inj.value ?? BEARER_VALUE]];
    case 'header':
    case 'query':
    case 'path':
      return [['value', inj.value]];
    case 'basic':
      return [
        ['username', inj.username],
        ['password', inj.password],
      ];
    default:
      return [];
  }
}
