/**
 * The routing table as the runtime holds it: generated/routes.json, loaded once, with each
 * variable's pattern compiled. The runtime never reads provider YAML.
 */
import { readFileSync } from 'node:fs';
import type { AppRoute, MethodRoute, RouteTable } from '@switchboard/contract';
import { suggest } from '@switchboard/contract';

export interface RuntimeApp extends AppRoute {
  patterns: Map<string, RegExp>;
  methodByType: Map<string, MethodRoute>;
  defaultMethod: MethodRoute;
}

export class Routes {
  private readonly apps = new Map<string, RuntimeApp>();
  private readonly aliases = new Map<string, string>();

  constructor(table: RouteTable) {
    for (const [name, route] of Object.entries(table.apps)) {
      this.apps.set(name, {
        ...route,
        patterns: new Map(Object.entries(route.variables).map(([v, spec]) => [v, new RegExp(spec.pattern)])),
        methodByType: new Map(route.methods.map((m) => [m.type, m])),
        defaultMethod: route.methods[0]!,
      });
      for (const alias of route.aliases) if (!this.aliases.has(alias)) this.aliases.set(alias, name);
    }
  }

  static load(file: string): Routes {
    const table = JSON.parse(readFileSync(file, 'utf8')) as RouteTable;
    if (table.version !== 1) throw new Error(`${file}: unsupported routing table version ${String(table.version)}`);
    return new Routes(table);
  }

  get(app: string): RuntimeApp | undefined {
    return this.apps.get(app);
  }

  names(): string[] {
    return [...this.apps.keys()];
  }

  /** The app a caller probably meant: `gmail` → `google-mail`. */
  suggest(app: string): string | undefined {
    return suggest(app, this.names(), this.aliases);
  }
}
