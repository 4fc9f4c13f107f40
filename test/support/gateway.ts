/**
 * Starts a real gateway for a test: a fresh data dir, the committed routing table, logs
 * captured to a file (the secret-leak check reads them all at the end of the run), an
 * account and an API key. Requests go over real sockets.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { ApiKeys } from '../../packages/gateway/src/accounts/api-keys.js';
import { createSwitchboard, ensureDefaultAccount, type Switchboard } from '../../packages/gateway/src/app.js';
import { LocalInvalidation } from '../../packages/gateway/src/cluster.js';
import { loadConfig } from '../../packages/gateway/src/config.js';
import { REDACT_PATHS } from '../../packages/gateway/src/log.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** This run's log folder (global-setup names it, so concurrent runs never share one). */
export const LOG_DIR = join(ROOT, '.tmp', 'test-logs', process.env.SWITCHBOARD_TEST_RUN ?? 'adhoc');

/** Every secret a test hands the gateway; the final check greps all logs for each. */
export function useSecret<T extends string>(secret: T): T {
  mkdirSync(LOG_DIR, { recursive: true });
  appendFileSync(join(LOG_DIR, 'secrets.txt'), `${secret}\n`);
  return secret;
}

export interface TestGateway {
  url: string;
  sb: Switchboard;
  key: string;
  accountId: string;
  dataDir: string;
  /** fetch against the gateway with the test key. */
  call(path: string, init?: RequestInit & { key?: string | null }): Promise<Response>;
  /** POST /connections and return the connection object. */
  connect(body: Record<string, unknown>, key?: string): Promise<{ connection_id: string; status: string; url: string; metadata: Record<string, string> }>;
  newKey(accountId?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startGateway(options: { env?: Record<string, string>; dataDir?: string; keepData?: boolean } = {}): Promise<TestGateway> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'switchboard-test-'));
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const log = pino(
    { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    pino.destination({ dest: logFile, sync: true }),
  );
  const config = loadConfig(
    { SWITCHBOARD_RATE_LIMIT: '1000', ...options.env, PORT: '0', HOST: '127.0.0.1', SWITCHBOARD_DATA_DIR: dataDir },
    {},
    { cwd: ROOT },
  );
  const sb = await createSwitchboard(config, { log });
  const { id: accountId } = await ensureDefaultAccount(sb.store);
  const { url } = await sb.listen();
  const keys = new ApiKeys(sb.store, 1000, new LocalInvalidation());
  const newKey = async (account = accountId) => {
    const rec = await keys.initialise(account);
    return useSecret((await keys.create(account, rec.id, 'test')).key);
  };
  const key = await newKey();
  const gw: TestGateway = {
    url,
    sb,
    key,
    accountId,
    dataDir,
    newKey,
    call: (path, init = {}) => {
      const headers = new Headers(init.headers);
      const k = init.key === undefined ? key : init.key;
      if (k !== null && !headers.has('authorization')) headers.set('authorization', `Bearer ${k}`);
      return fetch(`${url}${path}`, { ...init, headers });
    },
    connect: async (body, k = key) => {
      const res = await fetch(`${url}/connections`, {
        method: 'POST',
        headers: { authorization: `Bearer ${k}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { connection?: never; error?: { message: string } };
      if (!res.ok) throw new Error(`POST /connections ${res.status}: ${JSON.stringify(json)}`);
      return json.connection!;
    },
    close: async () => {
      await sb.close();
      log.flush();
      if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return gw;
}
