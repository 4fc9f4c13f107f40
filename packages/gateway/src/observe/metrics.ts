/**
 * GET /metrics in Prometheus' text format (prom-client), from one registry per gateway (two
 * gateways in one process, as in tests, keep their own counts). Labels hold only bounded
 * values: app names from the routing table (an unknown first segment counts as ""), status
 * codes and the gateway's own error codes, never an id, a path or anything a caller chose.
 */
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

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

/**
 * A histogram with one label, counted in plain arrays: prom-client's validates and hashes a label
 * object on every observation (several µs a request). Registered as a collector: the registry
 * reads it at scrape time in prom-client's own format, so the text and cluster sums are the same.
 */
class LightHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly label: string,
    private readonly buckets: number[],
  ) {}

  observe(value: string, v: number): void {
    let s = this.series.get(value);
    if (s === undefined) this.series.set(value, (s = { counts: new Array<number>(this.buckets.length).fill(0), sum: 0, count: 0 }));
    const b = this.buckets;
    for (let i = 0; i < b.length; i++) {
      if (v <= b[i]!) {
        s.counts[i]!++;
        break;
      }
    }
    s.sum += v;
    s.count++;
  }

  get() {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = [];
    for (const [value, s] of this.series) {
      let cumulative = 0;
      this.buckets.forEach((le, i) => {
        cumulative += s.counts[i]!;
        values.push({ labels: { le, [this.label]: value }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      values.push({ labels: { le: '+Inf', [this.label]: value }, value: s.count, metricName: `${this.name}_bucket` });
      values.push({ labels: { [this.label]: value }, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: { [this.label]: value }, value: s.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.series.clear();
  }
}

interface RequestCount {
  labels: { app: string; status: string; code: string; surface: string };
  n: number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'app' | 'status' | 'code' | 'surface'>;
  private readonly gateway: LightHistogram;
  private readonly upstream: LightHistogram;
  private inflightNow = 0;
  private readonly refreshes: Counter<'app' | 'outcome'>;
  private readonly rateLimited: Counter<string>;
  private readonly inflight: Gauge<string>;
  private readonly logDropped: Counter<string>;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    const counts = this.counts;
    this.requests = new Counter({
      name: 'switchboard_requests_total',
      help: 'Gateway requests by app, HTTP status, gateway error code ("" when the answer is the upstream\'s) and surface (rest or mcp).',
      labelNames: ['app', 'status', 'code', 'surface'],
      registers,
      // Counted per request in a plain map (prom-client hashes a label object on every inc); read at scrape time.
      collect() {
        this.reset();
        for (const byStatus of counts.values()) for (const list of byStatus.values()) for (const c of list) this.inc(c.labels, c.n);
      },
    });
    this.gateway = new LightHistogram('switchboard_gateway_duration_seconds', 'Time the gateway adds: from a request\'s arrival to its upstream dispatch, or to its answer when the gateway answered itself.', 'surface', BUCKETS);
    this.upstream = new LightHistogram('switchboard_upstream_duration_seconds', 'From the upstream dispatch to the end of the answer, by app.', 'app', BUCKETS);
    this.registry.registerMetric(this.gateway as never);
    this.registry.registerMetric(this.upstream as never);
    this.refreshes = new Counter({ name: 'switchboard_token_refreshes_total', help: 'OAuth token refreshes by app and outcome (ok, refused: the grant is gone, failed: the token endpoint faltered).', labelNames: ['app', 'outcome'], registers });
    this.rateLimited = new Counter({ name: 'switchboard_rate_limited_total', help: 'Requests refused by the per-account rate limit.', registers });
    const self = this;
    this.inflight = new Gauge({
      name: 'switchboard_inflight_requests',
      help: 'Gateway requests in progress.',
      registers,
      collect() {
        this.set(self.inflightNow);
      },
    });
    this.logDropped = new Counter({ name: 'switchboard_request_log_dropped_total', help: 'Request-log entries dropped because the store could not keep up.', registers });
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'switchboard_' });
  }

  started(): void {
    this.inflightNow++;
  }

  /**
   * Requests per label set: by app, then status, then a short list of (code, surface). No key
   * is built per request: a joined key string cost a concatenation and a hash every time, where
   * the app name's hash is kept with the string and a status hashes as a small integer.
   */
  private readonly counts = new Map<string, Map<number, RequestCount[]>>();

  finished(s: RequestSample): void {
    this.inflightNow--;
    let byStatus = this.counts.get(s.app);
    if (byStatus === undefined) this.counts.set(s.app, (byStatus = new Map()));
    let list = byStatus.get(s.status);
    if (list === undefined) byStatus.set(s.status, (list = []));
    let c: RequestCount | undefined;
    for (let i = 0; i < list.length; i++) {
      const l = list[i]!.labels;
      if (l.code === s.code && l.surface === s.surface) {
        c = list[i];
        break;
      }
    }
    if (c === undefined) list.push({ labels: { app: s.app, status: String(s.status), code: s.code, surface: s.surface }, n: 1 });
    else c.n++;
    this.gateway.observe(s.surface, s.gatewaySeconds);
    if (s.upstreamSeconds !== undefined) this.upstream.observe(s.app, s.upstreamSeconds);
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
