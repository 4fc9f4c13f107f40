/** What the CLI and embedders use of the gateway: assemble, configure, administer. */
export { createSwitchboard, ensureDefaultAccount, StartupError, type Switchboard } from './app.js';
export { ConfigError, loadConfig, type Config } from './config.js';
export { ApiKeys, createAccount, keyPolicy } from './accounts/api-keys.js';
export { parsePolicy, type KeyPolicy } from './accounts/policy.js';
export { logView, parseLogQuery } from './control/logs-api.js';
export { LocalInvalidation } from './cluster.js';
export { envVariables } from './connections/variables.js';
export { GatewayError } from './errors.js';
export { createLogger } from './log.js';
export { buildUpstreamTarget } from './pipeline/resolve-target.js';
export { Routes } from './routes.js';
export { openPostgres, openSqlite } from './store/db.js';
export { Store } from './store/store.js';
export { prepareData, superviseWorkers, WORKER_ID_ENV, type Supervision } from './workers/primary.js';
export { PrimaryLink } from './workers/worker-side.js';
