/** generated/routes.d.ts: the routing table's type, with the registry's app names as a union. */
import type { AppRoute } from '@switchboard/contract';

export function emitRoutesTypes(apps: AppRoute[]): string {
  const names = [...apps].map((a) => a.app).sort();
  return [
    '// Generated from providers/*.yaml by `switchboard generate`. Do not edit.',
    "import type { AppRoute, RouteTable } from '@switchboard/contract';",
    '',
    '/** Every app the registry knows, the first path segment at the gateway. */',
    `export type AppName =\n${names.map((n) => `  | ${JSON.stringify(n)}`).join('\n')};`,
    '',
    '/** generated/routes.json */',
    'export interface Routes extends RouteTable {',
    '  apps: Record<AppName, AppRoute>;',
    '}',
    '',
  ].join('\n');
}
