/** Small helpers for answering over node:http: JSON, gateway errors, JSON bodies with a limit. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GatewayError } from './errors.js';

const kBodyBytes = Symbol('switchboard.bodyBytes');
const kErrorCode = Symbol('switchboard.errorCode');
type Noted = ServerResponse & { [kBodyBytes]?: number; [kErrorCode]?: string };

/** Notes the answer's body length (its Content-Length, when it has one) for the request log; read back by answerFacts. */
export function noteBodyBytes(res: ServerResponse, bytes: number | undefined): void {
  (res as Noted)[kBodyBytes] = bytes;
}

/** What the request log and the metrics read of an answer: its body length when known, and the gateway's error code when it answered one. */
export function answerFacts(res: ServerResponse): { bytes: number | undefined; code: string | undefined } {
  return { bytes: (res as Noted)[kBodyBytes], code: (res as Noted)[kErrorCode] };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  noteBodyBytes(res, Buffer.byteLength(text));
  res.writeHead(status, withRequestId(res, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers }));
  res.end(text);
}

const kRequestId = Symbol('switchboard.requestId');
type Tagged = ServerResponse & { [kRequestId]?: string };

/**
 * Remembers the request's id on its response, for the head to carry as x-request-id. The
 * gateway path does not set it with res.setHeader: a header set before writeHead(status,
 * headers) sends node down its slow path (every upstream header validated and stored one by
 * one, then copied), which cost several µs per proxied request. Whoever writes a head on that
 * path adds it with withRequestId; the control paths also set it up front (server.ts).
 */
export function tagRequestId(res: ServerResponse, id: string): void {
  (res as Tagged)[kRequestId] = id;
}

/** The request id of the answer: the tagged one, else one set as a header. */
export function requestIdOf(res: ServerResponse): string | undefined {
  const id = (res as Tagged)[kRequestId] ?? res.getHeader('x-request-id');
  return typeof id === 'string' ? id : undefined;
}

/** The id a head written by writeHead(status, [name, value …]) must add: the tagged one, unless it is set as a header already. */
export function requestIdFor(res: ServerResponse): string | undefined {
  const id = (res as Tagged)[kRequestId];
  return id !== undefined && !res.hasHeader('x-request-id') ? id : undefined;
}

/** `headers` with x-request-id added (when the response has an id not set as a header already). */
export function withRequestId<H extends Record<string, unknown>>(res: ServerResponse, headers: H): H {
  const id = requestIdFor(res);
  if (id !== undefined) (headers as Record<string, unknown>)['x-request-id'] = id;
  return headers;
}

export function sendError(res: ServerResponse, err: GatewayError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // x-switchboard-error tells clients this answer is the gateway's own, not the upstream's.
  (res as Noted)[kErrorCode] = err.code;
  sendJson(res, err.status, err.envelope(requestIdOf(res)), { ...err.headers, 'cache-control': 'no-store', 'x-switchboard-error': err.code });
}

export function sendNoContent(res: ServerResponse): void {
  noteBodyBytes(res, 0);
  res.writeHead(204);
  res.end();
}

/**
 * The most a control API JSON body may hold (64 KiB): its documents are small (an app name, a
 * few credentials and metadata values), and a bound well below 1 MiB keeps parsing and checking
 * any body cheap. A caller's larger `limit` is cut to this.
 */
export const CONTROL_BODY_LIMIT = 64 << 10;

/** Reads a JSON body of at most `limit` bytes (at most CONTROL_BODY_LIMIT); an empty body is `undefined`. */
export async function readJson(req: IncomingMessage, limit = CONTROL_BODY_LIMIT): Promise<unknown> {
  const text = await readText(req, Math.min(limit, CONTROL_BODY_LIMIT));
  if (text.trim() === '') return undefined;
  const type = String(req.headers['content-type'] ?? 'application/json');
  if (!/json/i.test(type)) throw new GatewayError('GW_ERR_UNSUPPORTED_MEDIA_TYPE');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new GatewayError('GW_ERR_BAD_REQUEST', { detail: `the body is not valid JSON: ${(err as Error).message}` }, { field: 'body' });
  }
}

export async function readText(req: IncomingMessage, limit: number): Promise<string> {
  // A declared length over the limit is refused before a byte is read.
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    req.resume();
    throw new GatewayError('GW_ERR_PAYLOAD_TOO_LARGE', { limit });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw new GatewayError('GW_ERR_PAYLOAD_TOO_LARGE', { limit });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A caller's x-request-id is kept when it is 1–128 characters of [A-Za-z0-9._:-]; else the gateway makes one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the caller's `x-request-id` when well-formed, else a new UUID. */
export function requestId(given: string | string[] | undefined): string {
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Splits a request target into path and raw query (with its "?"), without URL parsing. */
export function splitTarget(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, query: '' } : { path: url.slice(0, q), query: url.slice(q) };
}
