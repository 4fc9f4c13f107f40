import type { Rule } from './rule.js';

/** A declared variable that no template uses is a slip; runs last, after every rule that marks variables used. */
export const unusedVariables: Rule = {
  name: 'unused-variables',
  check({ variables, used, report }) {
    for (const name of Object.keys(variables)) {
      if (!used.has(name)) report(['variables', name], `variable "${name}" is declared but never used`, 'key');
    }
  },
};
