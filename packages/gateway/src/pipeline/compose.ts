/**
 * Steps over one exchange, composed once at start-up into one function. A step either
 * finishes synchronously (returns nothing) or returns a promise; only promises are awaited,
 * so a synchronous step costs no microtask. A step ends the request by throwing a
 * GatewayError (the server answers it) or, for the terminal step, by answering.
 */
import type { Exchange } from './exchange.js';

export type Step = (ex: Exchange) => void | Promise<void>;

export function compose(steps: readonly Step[]): (ex: Exchange) => Promise<void> {
  const list = steps.slice();
  const n = list.length;
  return async function run(ex: Exchange): Promise<void> {
    for (let i = 0; i < n; i++) {
      const pending = list[i]!(ex);
      if (pending !== undefined) await pending;
    }
  };
}

/**
 * The last step: the MCP call when the connection serves an MCP server, else the plain forward.
 * A caller waiting on `Expect: 100-continue` is told to send its body only here, once every
 * check passed: a refused request never makes the caller upload.
 */
export function terminal(forward: Step, mcp: Step): Step {
  return (ex) => {
    if (ex.expectsContinue) {
      ex.expectsContinue = false;
      ex.res.writeContinue();
    }
    return ex.mcp ? mcp(ex) : forward(ex);
  };
}
