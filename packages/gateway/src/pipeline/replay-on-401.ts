/**
 * A provider that answers 401 to an OAuth token the gateway still thinks valid (revoked early,
 * rotated elsewhere, a clock apart): the token is refreshed once (TokenRefresher.force) and the
 * request replayed once with the new one. Only requests whose body can be sent twice qualify:
 * no body, or a body of at most 64 KiB announced by Content-Length (buffered before the first
 * attempt). A streamed body (chunked, larger, or `Expect: 100-continue`) is never buffered or
 * replayed: its 401 passes through as it came. When no new token can be had, the provider's
 * 401 goes to the caller unchanged (it was held, not dropped).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import type { TokenRefresher } from '../connections/refresh.js';
import { noteBodyBytes, withRequestId } from '../http.js';
import type { Exchange } from './exchange.js';
import { responseHeaders, type Replayer } from './forward.js';
import { createInjectCredentialStep } from './inject-credential.js';

/** The largest request body buffered so that it can be replayed. */
export const REPLAY_BODY_LIMIT = 64 * 1024;
/** The largest 401 body held while the token is refreshed. */
const HELD_BODY_LIMIT = 64 * 1024;

type UpstreamHeaders = Record<string, string | string[] | undefined>;

/**
 * applies: whether the exchange's connection could get a new token (an OAuth refresh token and
 * a client); run: sends the request, and once more with a new token when the first answer is 401.
 */
export type ReplayOn401 = Replayer;

export function createReplayOn401(refresher: TokenRefresher, env: Record<string, string | undefined>): ReplayOn401 {
  const inject = createInjectCredentialStep(env);
  return {
    applies: (ex) => ex.connection?.credentials.refresh_token !== undefined && refresher.canRefresh(ex.connection),
    async run(ex, send) {
      const body = await replayableBody(ex.req);
      if (body === undefined) return send(undefined);
      const conn = ex.connection!;
      let held: Held | undefined;
      await send(body, (status, headers) => {
        if (status !== 401 || Number(headers['content-length'] ?? 0) > HELD_BODY_LIMIT) return undefined;
        return (held = new Held(status, headers)).sink;
      });
      if (!held || ex.res.headersSent || ex.res.destroyed) return;
      const fresh = await refresher.force(conn, String(conn.credentials.access_token));
      if (!fresh || ex.res.destroyed) return writeAnswer(ex.res, held.status, held.headers, Buffer.concat(held.chunks));
      ex.connection = fresh;
      await inject(ex);
      return send(body);
    },
  };
}

function writeAnswer(res: ServerResponse, status: number, headers: UpstreamHeaders, body: Buffer): void {
  noteBodyBytes(res, body.length);
  res.writeHead(status, withRequestId(res, responseHeaders(headers)));
  res.end(body);
}

/** The 401 answer, kept until it is known whether a replay replaces it. */
class Held {
  readonly chunks: Buffer[] = [];
  private size = 0;
  readonly sink: Writable;

  constructor(
    readonly status: number,
    readonly headers: UpstreamHeaders,
  ) {
    this.sink = new Writable({
      write: (chunk: Buffer, _enc, cb) => {
        this.size += chunk.length;
        if (this.size > HELD_BODY_LIMIT) return cb(new Error('401 body too large to hold'));
        this.chunks.push(chunk);
        cb();
      },
    });
  }
}

/**
 * The request body as it can be sent twice: null when there is none, a Buffer when it is
 * announced and small, undefined when it must stream (and so cannot be replayed).
 */
export async function replayableBody(req: IncomingMessage): Promise<Buffer | null | undefined> {
  const cl = req.headers['content-length'];
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if ((cl === undefined || cl === '0') && !chunked) return null; // as forward.ts hasBody: no body, whatever the method
  if (chunked || cl === undefined || req.headers.expect !== undefined) return undefined;
  const length = Number(cl);
  if (!Number.isSafeInteger(length) || length > REPLAY_BODY_LIMIT) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > length) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
