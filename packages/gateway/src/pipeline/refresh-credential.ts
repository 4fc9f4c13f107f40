/** Step: an OAuth token that expires within a minute is refreshed first (nothing to await otherwise). */
import { refreshDue, type TokenRefresher } from '../connections/refresh.js';
import type { Step } from './compose.js';
import type { Exchange } from './exchange.js';

export function createRefreshCredentialStep(refresher: TokenRefresher): Step {
  return (ex) => {
    if (!refreshDue(ex.connection!)) return;
    return refreshed(refresher, ex);
  };
}

async function refreshed(refresher: TokenRefresher, ex: Exchange): Promise<void> {
  ex.connection = await refresher.fresh(ex.connection!);
}
