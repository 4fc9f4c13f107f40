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
  /** Connections per account (SWITCHBOARD_MAX_CONNECTIONS). */
  maxConnectionsPerAccount: number;
  /** How long a connect link (connect session) opens the connect page, in seconds (SWITCHBOARD_CONNECT_TTL_SECONDS). */
  connectTtlSeconds: number;
  /** Control API requests per second per account (SWITCHBOARD_CONTROL_RATE_LIMIT, _BURST); defaults to the gateway's. */
  controlRateLimit: { perSecond: number; burst: number };
  timeouts: { connectMs: number; headersMs: number; idleMs: number };
  /** What one request may cost the gateway: timeouts for receiving it, sizes, requests in flight per account. */
  requestLimits: RequestLimits;
  logLevel: string;
  /** The request log, metrics and MCP surface (issue 10). */
  observe: ObserveConfig;
  /** Deployment settings that providers read through `env:` variable sources. */
  env: Record<string, string | undefined>;
}

export class ConfigError extends Error {}

export interface ObserveConfig {
  /** Record every call in the request log (SWITCHBOARD_REQUEST_LOG, on unless "off"/"0"/"false"). */
  requestLog: boolean;
  /** Days a request-log entry is kept (SWITCHBOARD_LOG_RETENTION_DAYS). */
  logRetentionDays: number;
  /** How often buffered entries are written, in ms (SWITCHBOARD_LOG_FLUSH_MS). */
  logFlushMs: number;
  /** Serve GET /metrics (SWITCHBOARD_METRICS, on unless "off"/"0"/"false"). */
  metrics: boolean;
  /** When set, GET /metrics asks for `Authorization: Bearer <token>` (SWITCHBOARD_METRICS_TOKEN). */
  metricsToken?: string;
  /** Bytes of an answer an MCP tool result keeps before cutting (SWITCHBOARD_MCP_MAX_RESULT_BYTES). */
  mcpMaxResultBytes: number;
  /** Per-operation MCP tools at most (`/mcp?apps=`; SWITCHBOARD_MCP_MAX_TOOLS). */
  mcpMaxTools: number;
}

/**
 * Limits on receiving a request (issue 9, hardening). Every value has an environment setting;
 * the defaults are in README.md's environment table.
 */
export interface RequestLimits {
  /** Longest pause between two chunks of a request body before 408 (SWITCHBOARD_BODY_TIMEOUT_MS). */
  bodyTimeoutMs: number;
  /** A control API request (headers to last body byte) must arrive within this (SWITCHBOARD_CONTROL_REQUEST_TIMEOUT_MS). */
  controlRequestTimeoutMs: number;
  /** Gateway requests one account may have open at once, below the upstream pool's size (SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT). */
  maxInflightPerAccount: number;
  /** Request line plus headers, in bytes; over it 431 (SWITCHBOARD_MAX_HEADER_BYTES). */
  maxHeaderBytes: number;
  /** The request target (path and query), in bytes; over it 414 (SWITCHBOARD_MAX_URL_BYTES). */
  maxUrlBytes: number;
}

/** Connections per upstream origin in each undici pool; the in-flight cap per account stays below it. */
export const UPSTREAM_POOL_CONNECTIONS = 128;

/** The request limits from the environment (loadConfig reads them; the pipeline reads them from the same env). */
export function requestLimits(env: NodeJS.ProcessEnv | Record<string, string | undefined>): RequestLimits {
  const e = env as NodeJS.ProcessEnv;
  const maxInflightPerAccount = intSetting(e, 'SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT', 32);
  if (maxInflightPerAccount < 1 || maxInflightPerAccount >= UPSTREAM_POOL_CONNECTIONS) {
    throw new ConfigError(`SWITCHBOARD_MAX_INFLIGHT_PER_ACCOUNT must be between 1 and ${UPSTREAM_POOL_CONNECTIONS - 1} (below the upstream pool's ${UPSTREAM_POOL_CONNECTIONS} connections)`);
  }
  const limits: RequestLimits = {
    bodyTimeoutMs: intSetting(e, 'SWITCHBOARD_BODY_TIMEOUT_MS', 30_000),
    controlRequestTimeoutMs: intSetting(e, 'SWITCHBOARD_CONTROL_REQUEST_TIMEOUT_MS', 30_000),
    maxInflightPerAccount,
    maxHeaderBytes: intSetting(e, 'SWITCHBOARD_MAX_HEADER_BYTES', 16_384),
    maxUrlBytes: intSetting(e, 'SWITCHBOARD_MAX_URL_BYTES', 8_192),
  };
  for (const [name, v] of [
    ['SWITCHBOARD_BODY_TIMEOUT_MS', limits.bodyTimeoutMs],
    ['SWITCHBOARD_CONTROL_REQUEST_TIMEOUT_MS', limits.controlRequestTimeoutMs],
    ['SWITCHBOARD_MAX_HEADER_BYTES', limits.maxHeaderBytes],
    ['SWITCHBOARD_MAX_URL_BYTES', limits.maxUrlBytes],
  ] as const) {
    if (v < 1) throw new ConfigError(`${name} must be at least 1`);
  }
  return limits;
}

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
    maxConnectionsPerAccount: intSetting(env, 'SWITCHBOARD_MAX_CONNECTIONS', 100),
    connectTtlSeconds: positiveInt(env, 'SWITCHBOARD_CONNECT_TTL_SECONDS', 900),
    controlRateLimit: controlRateLimit(env, perSecond),
    timeouts: {
      connectMs: intSetting(env, 'SWITCHBOARD_CONNECT_TIMEOUT_MS', 10_000),
      headersMs: intSetting(env, 'SWITCHBOARD_HEADERS_TIMEOUT_MS', 120_000),
      idleMs: intSetting(env, 'SWITCHBOARD_IDLE_TIMEOUT_MS', 300_000),
    },
    requestLimits: requestLimits(env),
    logLevel: env.LOG_LEVEL ?? 'info',
    observe: {
      requestLog: flagSetting(env, 'SWITCHBOARD_REQUEST_LOG', true),
      logRetentionDays: positiveInt(env, 'SWITCHBOARD_LOG_RETENTION_DAYS', 7),
      logFlushMs: positiveInt(env, 'SWITCHBOARD_LOG_FLUSH_MS', 1000),
      metrics: flagSetting(env, 'SWITCHBOARD_METRICS', true),
      metricsToken: env.SWITCHBOARD_METRICS_TOKEN || undefined,
      mcpMaxResultBytes: positiveInt(env, 'SWITCHBOARD_MCP_MAX_RESULT_BYTES', 32_768),
      mcpMaxTools: positiveInt(env, 'SWITCHBOARD_MCP_MAX_TOOLS', 40),
    },
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

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = intSetting(env, name, fallback);
  if (v < 1) throw new ConfigError(`${name} must be at least 1`);
  return v;
}

/** The control API's budget: its own settings, else the same numbers as the gateway's (a separate bucket). */
function controlRateLimit(env: NodeJS.ProcessEnv, gatewayPerSecond: number): { perSecond: number; burst: number } {
  const perSecond = numberSetting(env, 'SWITCHBOARD_CONTROL_RATE_LIMIT', gatewayPerSecond);
  const burstFallback = env.SWITCHBOARD_CONTROL_RATE_LIMIT ? perSecond : numberSetting(env, 'SWITCHBOARD_RATE_BURST', perSecond);
  return { perSecond, burst: numberSetting(env, 'SWITCHBOARD_CONTROL_RATE_BURST', burstFallback) };
}

function flagSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be on or off, got "${env[name]}"`);
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
