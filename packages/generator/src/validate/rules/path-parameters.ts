import { braceNames } from '@switchboard/contract';
import type { Path, Rule } from './rule.js';

/** Every caller-filled `{param}` is declared once (on the endpoint or shared), and every declaration is used. */
export const pathParameters: Rule = {
  name: 'path-parameters',
  check({ provider: p, report }) {
    const shared = p.parameters ?? {};
    const usedShared = new Set<string>();
    p.endpoints.forEach((e, i) => {
      if (e.kind === 'mcp-tool') return;
      const path: Path = ['endpoints', i];
      const inPath = braceNames(e.path!);
      const seenInPath = new Set<string>();
      for (const name of inPath) {
        if (seenInPath.has(name)) report([...path, 'path'], `{${name}} appears twice in the path`);
        seenInPath.add(name);
        if (e.params?.[name]) continue;
        if (shared[name]) {
          usedShared.add(name);
          continue;
        }
        report([...path, 'path'], `path parameter {${name}} is not declared in params or in the provider's parameters`);
      }
      for (const name of Object.keys(e.params ?? {})) {
        if (!inPath.includes(name)) report([...path, 'params', name], `param "${name}" is declared but the path has no {${name}}`, 'key');
      }
    });
    for (const name of Object.keys(shared)) {
      if (!usedShared.has(name)) report(['parameters', name], `shared parameter "${name}" is not used by any endpoint path`, 'key');
    }
  },
};
