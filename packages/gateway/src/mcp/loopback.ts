/**
 * How an MCP action reaches an upstream: as an HTTP request to this gateway's own REST path,
 * over loopback, with the caller's own API key. So an action goes through every step a REST
 * call does (key, policy, rate limit, in-flight cap, connection, refresh, injection, the request
 * log and the metrics) and there is one path to keep right, not two. The request carries a
 * per-process token (never sent upstream, never accepted from outside) that marks it as an MCP
 * call and names the operation, for the log.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import type { ActionAnswer, ActionRequest } from './actions.js';

/** Headers of the internal hop; forward.ts drops them, server.ts trusts them only with the token. */
export const VIA_HEADER = 'x-switchboard-via';
export const OPERATION_HEADER = 'x-switchboard-operation';

export class Loopback {
  /** The token that marks an internal request (32 random bytes, new each start). */
  readonly token = randomBytes(32).toString('base64url');
  private readonly agent = new Agent({ connections: 64, keepAliveTimeout: 10_000 });

  constructor(
    /** Where this gateway listens (the HTTP server's address()). */
    private readonly address: () => AddressInfo | string | null,
    /** The most answer bytes read; the rest is left unread (and counted as cut). */
    private readonly maxReadBytes: number,
  ) {}

  private origin(): string {
    const a = this.address();
    if (!a || typeof a === 'string') throw new Error('the gateway is not listening');
    const host = a.address === '::' || a.address === '0.0.0.0' ? '127.0.0.1' : a.family === 'IPv6' ? `[${a.address}]` : a.address;
    return `http://${host}:${a.port}`;
  }

  /** Sends `r` as the caller (its Authorization header), marked as MCP call of `operation`. */
  async send(r: ActionRequest, authorization: string, extra: { operation?: string; connection?: string; requestId?: string }): Promise<ActionAnswer> {
    const headers: Record<string, string> = { ...r.headers, authorization, [VIA_HEADER]: this.token };
    if (extra.operation) headers[OPERATION_HEADER] = extra.operation;
    if (extra.connection) headers['maton-connection'] = extra.connection;
    if (extra.requestId) headers['x-request-id'] = extra.requestId;
    const answer = await request(`${this.origin()}${r.path}`, {
      method: r.method as 'GET',
      headers,
      body: r.body,
      dispatcher: this.agent,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of answer.body) {
      const b = chunk as Buffer;
      if (size < this.maxReadBytes) {
        chunks.push(b);
        size += b.length;
      } else {
        answer.body.destroy();
        break;
      }
    }
    return { status: answer.statusCode, headers: answer.headers, text: Buffer.concat(chunks).toString('utf8') };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
