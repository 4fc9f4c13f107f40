/**
 * The gateway's settings, read once from the environment (and CLI flags) at start. Nothing
 * else in the runtime reads process.env.
 */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string; // where browsers reach the gateway: connect pages and OAuth callbacks
  publicUrlSet: boolean; // given explicitly (else derived from the port, fixed up once listening)
  databaseUrl?: string;
  redisUrl?: string;
  secretKey?: string;
  secretKeysPrevious?: string;
  routesFile: string;
  /** app name or upstream host name → origin that replaces it (sandboxes, tests). */
  upstreamOverrides: Record<string, string>;
  rateLimit: { perSecond: number; burst: number };
  maxKeysPerAccount: number;
  timeouts: { connectMs: number; headersMs: number; idleMs: number };
  logLevel: string;
  /** Deployment settings that providers read through `env:` variable sources. */
  env: Record<string, string | undefined>;
}

export class ConfigError extends Error {}

/** The gateway's public base URL, read when a link is made (it is only known once listening on port 0). */
export interface PublicUrl {
  value: string;
}

/**
 * `cwd` anchors every relative path the operator gives (data directory, routes file): the
 * caller's working directory, never the install location. `defaultRoutesFile` is the routing
 * table the gateway ships with, used when SWITCHBOARD_ROUTES is not set.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  flags: { port?: number; dataDir?: string; host?: string } = {},
  paths: { cwd?: string; defaultRoutesFile?: string } = {},
): Config {
  const cwd = paths.cwd ?? process.cwd();
  const port = flags.port ?? intSetting(env, 'PORT', 8080);
  const host = flags.host ?? env.HOST ?? '0.0.0.0';
  const dataDir = resolve(cwd, flags.dataDir ?? env.SWITCHBOARD_DATA_DIR ?? '.data');
  const perSecond = numberSetting(env, 'SWITCHBOARD_RATE_LIMIT', 10);
  return {
    port,
    host,
    dataDir,
    publicUrl: (env.SWITCHBOARD_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    publicUrlSet: !!env.SWITCHBOARD_PUBLIC_URL,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    secretKey: env.SWITCHBOARD_SECRET_KEY || undefined,
    secretKeysPrevious: env.SWITCHBOARD_SECRET_KEYS_PREVIOUS || undefined,
    routesFile: env.SWITCHBOARD_ROUTES ? resolve(cwd, env.SWITCHBOARD_ROUTES) : resolve(cwd, paths.defaultRoutesFile ?? 'generated/routes.json'),
    upstreamOverrides: parseOverrides(env.SWITCHBOARD_UPSTREAMS),
    rateLimit: { perSecond, burst: numberSetting(env, 'SWITCHBOARD_RATE_BURST', perSecond) },
    maxKeysPerAccount: intSetting(env, 'SWITCHBOARD_MAX_KEYS', 20),
    timeouts: {
      connectMs: intSetting(env, 'SWITCHBOARD_CONNECT_TIMEOUT_MS', 10_000),
      headersMs: intSetting(env, 'SWITCHBOARD_HEADERS_TIMEOUT_MS', 120_000),
      idleMs: intSetting(env, 'SWITCHBOARD_IDLE_TIMEOUT_MS', 300_000),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    env,
  };
}

function parseOverrides(text: string | undefined): Record<string, string> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError('SWITCHBOARD_UPSTREAMS must be JSON: {"app or host": "http(s)://origin"}');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('SWITCHBOARD_UPSTREAMS must be a JSON object');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' || !/^https?:\/\/[^/?#]+$/.test(v.replace(/\/$/, ''))) {
      throw new ConfigError(`SWITCHBOARD_UPSTREAMS["${k}"] must be an origin such as http://127.0.0.1:9000`);
    }
    out[k] = v.replace(/\/$/, '');
  }
  return out;
}

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = numberSetting(env, name, fallback);
  if (!Number.isInteger(v)) throw new ConfigError(`${name} must be an integer`);
  return v;
}

function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0) throw new ConfigError(`${name} must be a non-negative number, got "${raw}"`);
  return v;
}

/** SWITCHBOARD_OAUTH_<APP>: the prefix of an app's OAuth client settings (…_CLIENT_ID, …_CLIENT_SECRET). */
export function oauthEnvPrefix(app: string): string {
  return `SWITCHBOARD_OAUTH_${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
