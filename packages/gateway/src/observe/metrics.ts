/**
 * GET /metrics in Prometheus' text format (prom-client), from one registry per gateway (two
 * gateways in one process, as in tests, keep their own counts). Labels hold only bounded
 * values: app names from the routing table (an unknown first segment counts as ""), status
 * codes and the gateway's own error codes, never an id, a path or anything a caller chose.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from 0.5 ms (the gateway's own work) to 30 s (a slow upstream). */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface RequestSample {
  app: string;
  status: number;
  code: string;
  surface: 'rest' | 'mcp';
  /** Seconds from the request's arrival to its upstream dispatch (or to its answer when the gateway answered itself). */
  gatewaySeconds: number;
  /** Seconds from the upstream dispatch to the end of the answer; undefined when nothing went upstream. */
  upstreamSeconds: number | undefined;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'app' | 'status' | 'code' | 'surface'>;
  private readonly gateway: Histogram<'surface'>;
  private readonly upstream: Histogram<'app'>;
  private readonly refreshes: Counter<'app' | 'outcome'>;
  private readonly rateLimited: Counter<string>;
  private readonly inflight: Gauge<string>;
  private readonly logDropped: Counter<string>;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.requests = new Counter({ name: 'switchboard_requests_total', help: 'Gateway requests by app, HTTP status, gateway error code ("" when the answer is the upstream\'s) and surface (rest or mcp).', labelNames: ['app', 'status', 'code', 'surface'], registers });
    this.gateway = new Histogram({ name: 'switchboard_gateway_duration_seconds', help: 'Time the gateway adds: from a request\'s arrival to its upstream dispatch, or to its answer when the gateway answered itself.', labelNames: ['surface'], buckets: BUCKETS, registers });
    this.upstream = new Histogram({ name: 'switchboard_upstream_duration_seconds', help: 'From the upstream dispatch to the end of the answer, by app.', labelNames: ['app'], buckets: BUCKETS, registers });
    this.refreshes = new Counter({ name: 'switchboard_token_refreshes_total', help: 'OAuth token refreshes by app and outcome (ok, refused: the grant is gone, failed: the token endpoint faltered).', labelNames: ['app', 'outcome'], registers });
    this.rateLimited = new Counter({ name: 'switchboard_rate_limited_total', help: 'Requests refused by the per-account rate limit.', registers });
    this.inflight = new Gauge({ name: 'switchboard_inflight_requests', help: 'Gateway requests in progress.', registers });
    this.logDropped = new Counter({ name: 'switchboard_request_log_dropped_total', help: 'Request-log entries dropped because the store could not keep up.', registers });
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'switchboard_' });
  }

  started(): void {
    this.inflight.inc();
  }

  finished(s: RequestSample): void {
    this.inflight.dec();
    this.requests.inc({ app: s.app, status: String(s.status), code: s.code, surface: s.surface });
    this.gateway.observe({ surface: s.surface }, s.gatewaySeconds);
    if (s.upstreamSeconds !== undefined) this.upstream.observe({ app: s.app }, s.upstreamSeconds);
    if (s.code === 'GW_ERR_RATE_LIMITED') this.rateLimited.inc();
  }

  refreshed(app: string, outcome: 'ok' | 'refused' | 'failed'): void {
    this.refreshes.inc({ app, outcome });
  }

  dropped(n: number): void {
    this.logDropped.inc(n);
  }

  /** Under `serve --workers N`: GET /metrics answers for every worker (the primary sums them, workers/coordinator.ts). */
  private cluster: (() => Promise<string>) | undefined;

  useCluster(collect: () => Promise<string>): void {
    this.cluster = collect;
  }

  async text(): Promise<string> {
    return this.cluster ? this.cluster() : this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
