/**
 * Calls the gateway makes on its own behalf (OAuth token and metadata endpoints): JSON or
 * form in, JSON out, a timeout, and SWITCHBOARD_UPSTREAMS applied by host name (net/overrides)
 * so sandboxes and tests can stand in for the provider's auth servers.
 */
import { fetch } from 'undici';
import { overrideUrl, type UpstreamOverrides } from './overrides.js';

export interface OutboundResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown; // undefined when the body is not JSON
}

export class Outbound {
  constructor(
    private readonly overrides: UpstreamOverrides,
    private readonly timeoutMs = 15_000,
  ) {}

  /** The URL after overrides: the same path and query on the replacement origin. */
  rewrite(url: string): string {
    return overrideUrl(this.overrides, url);
  }

  async request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<OutboundResponse> {
    const res = await fetch(this.rewrite(url), {
      method: init.method ?? 'GET',
      headers: { accept: 'application/json', 'user-agent': 'Switchboard/0.1', ...init.headers },
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs ?? this.timeoutMs),
      redirect: 'manual',
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers as unknown as Headers, text, json };
  }
}
