/**
 * What a semantic rule is: a name (its file here, and the folder of its malformed fixtures
 * under test/generator/validate/rules/), and a check over one provider file that passed the
 * schema check. Rules report through `ctx.report`; `ctx.used` collects the variables that some
 * template refers to, so the last rule can name the ones nothing uses.
 */
import type { ProviderSource } from '../../load.js';
import type { AuthMethodSpec, ProviderFile, VariableSpec } from '../../provider-file.js';

export type Path = (string | number)[];
export type Report = (path: Path, message: string, at?: 'key' | 'value') => void;

export interface RuleContext {
  source: ProviderSource;
  provider: ProviderFile;
  variables: Record<string, VariableSpec>;
  /** Variables a base URL, path, inject step or header template uses; rules add what they find. */
  used: Set<string>;
  /** `:segment`s that a connection method's path inject fills. */
  pathInjectSegments: Set<string>;
  report: Report;
  /** Reports at a character offset of the source text, for rules that read the text itself. */
  reportAt: (offset: number, message: string) => void;
}

export interface Rule {
  /** kebab-case; the file name and the fixture folder. */
  name: string;
  check(ctx: RuleContext): void;
}

/** The `{name}`s an inject template of this method may use. */
export function credentialFields(m: AuthMethodSpec): string[] {
  switch (m.type) {
    case 'OAUTH2':
      return ['access_token'];
    case 'OAUTH1':
      return ['oauth_token', 'oauth_token_secret'];
    case 'MCP':
      return ['access_token', ...(m.fields ?? []).map((f) => f.name)];
    default:
      return m.fields.map((f) => f.name);
  }
}

export function checkRegex(path: Path, pattern: string, report: Report): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch (err) {
    report(path, `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
    return undefined;
  }
}
