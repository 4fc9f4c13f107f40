/**
 * Usage texts of every subcommand, and the two errors a command throws for bad input: both end
 * in exit 2 with one line (a UsageError adds the subcommand's usage below it).
 */

/** Each subcommand's usage, printed by `switchboard CMD --help` (stdout, exit 0) and after a parse error. */
export const USAGES: Record<string, string> = {
  lint: `usage: switchboard lint [APP | FILE.yaml]… [--dir DIR] [--quiet]
  Validate providers/*.yaml (or only the named apps or files) and print every problem as file:line:col  message.
  --dir DIR    the registry folder (default: providers/)
  -q, --quiet  print nothing when there are no problems`,
  serve: `usage: switchboard serve [--port N] [--host HOST] [--data-dir DIR] [--workers N]
  Serve the gateway and its control API on one port.
  --port N        port to listen on, 0-65535 (default: $PORT or 8080)
  --host HOST     address to listen on (default: $HOST or 0.0.0.0)
  --data-dir DIR  SQLite database and key file (default: $SWITCHBOARD_DATA_DIR or ./.data)
  --workers N     processes sharing the port, from 1 (default: $SWITCHBOARD_WORKERS or one per core)`,
  accounts: `usage: switchboard accounts create --name NAME [--json] [--data-dir DIR]
       switchboard accounts list [--json] [--data-dir DIR]
  Accounts (tenants); API keys and connections belong to one.`,
  keys: `usage: switchboard keys create --name NAME [--account ID] [POLICY…] [--json] [--data-dir DIR]
       switchboard keys list [--account ID] [--json] [--data-dir DIR]
       switchboard keys policy ID [POLICY…] | --clear [--json] [--data-dir DIR]
       switchboard keys revoke ID [--data-dir DIR]
  API keys. \`create\` prints the secret once; \`list\` never shows it; \`revoke\` deletes the key.
  POLICY (what the key may do; enforced on the REST path and on MCP):
    --app APP         only these apps (repeat, or comma-separate)
    --allow RULE      only operations matching a rule (repeat): app.operationId (* wildcards)
                      or "METHOD /app/path" (* within a segment, ** across)
    --deny RULE       refuse operations matching a rule (repeat)
    --read-only       only GET, HEAD and operations the catalog marks safe`,
  logs: `usage: switchboard logs [--app APP] [--status CODE|4xx] [--key ID] [--connection ID] [--operation ID]
                       [--surface rest|mcp] [--since TIME] [--limit N] [--account ID] [--follow] [--json] [--data-dir DIR]
  The request log, newest first (oldest first with --follow, which then prints new calls as they are
  written, about every second). Never bodies or secrets.`,
  connections: `usage: switchboard connections list [--app APP] [--account ID] [--json] [--data-dir DIR]
       switchboard connections show ID [--json] [--data-dir DIR]
       switchboard connections create --app APP --method API_KEY|BASIC --credential name=value… [--metadata name=value…] [--account ID] [--json] [--data-dir DIR]
       switchboard connections delete ID [--data-dir DIR]
  Connections of every account. Credentials are stored encrypted and never printed.`,
  resolve: `usage: switchboard resolve APP PATH [--var name=value]…
  Print the upstream URL a request to /APP/PATH would go to. --var gives the app's variables
  (e.g. Mailchimp's dc, QuickBooks' realmId).`,
  verify: `usage: switchboard verify APP [--against SPEC]… [--dir DIR] [--show-allowed] [--quiet]
  Compare a provider with its official API spec (OpenAPI 3, Swagger 2 or Google Discovery; JSON
  or YAML) and print each difference as file:line:col  kind  operation [property]  message.
  Exit 1 when a difference is not in the provider's verify.allow list or an entry there is stale.
  --against SPEC  a spec file, shared:APP/FILE (in $SWITCHBOARD_SPECS_DIR, default ../shared/specs)
                  or npm:PACKAGE/PATH; repeatable (default: the app's rows of providers/specs.tsv)
  --dir DIR       the registry folder (default: providers/)
  --show-allowed  also print the allowed differences, each with its reason
  -q, --quiet     print nothing when there is nothing to report`,
  import: `usage: switchboard import openapi SPEC --app NAME [--include GLOB]… [--out FILE] [--force] [--quiet]
  Write providers/NAME.yaml (or FILE) from an OpenAPI 3.x or Swagger 2.0 spec (JSON or YAML).
  --app NAME      the provider's app name (its first path segment at the gateway)
  --include GLOB  keep only operations whose path matches, e.g. '/repos/**' (repeatable)
  --out FILE      where to write (default: providers/NAME.yaml)
  --force         replace FILE when it exists
  -q, --quiet     no summary`,
  generate: `usage: switchboard generate [--only APP] [--check] [--workers N] [--providers DIR] [--out DIR] [--quiet]
  Build generated/ from providers/.
  --check      fail (exit 1) when generated/ is stale, writing nothing
  --only APP   regenerate one provider (repeatable, or comma-separated)
  --workers N  worker threads, a whole number from 1
  --providers DIR  read provider files from DIR instead of providers/
  --out DIR        write (or --check) DIR instead of generated/
  -q, --quiet  no progress or summary`,
};

/** Bad input: one line, then the subcommand's usage; exit 2. */
export class UsageError extends Error {}

/** A bad value (a port that is not a number, an unknown app): one line; exit 2. */
export class BadValueError extends Error {}

/** `name=value` pairs of a repeatable option, e.g. --credential token=x. */
export function pairs(option: string, list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of list ?? []) {
    const i = v.indexOf('=');
    if (i < 1) throw new UsageError(`--${option} takes name=value, not "${v}"`);
    out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}
