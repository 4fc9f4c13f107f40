// npm run bench:agents — what the agent surface costs, measured in one run on this machine:
//   1. search_actions over the whole catalog: index build, then the search itself (in process),
//      and the whole MCP tool call over HTTP;
//   2. an MCP call_action against the same REST call (POST /slack/api/chat.postMessage to a
//      fake upstream on 127.0.0.1), the two alternated request by request, sequentially.
// Results: bench/agents.json (medians and percentiles in ms). Runs the compiled packages.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('..', import.meta.url));
const { loadConfig, createSwitchboard, ensureDefaultAccount, ApiKeys, LocalInvalidation, createLogger } = await import('../packages/gateway/dist/index.js');
const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js');

const ROUNDS = Number(process.env.ROUNDS ?? 400);
const QUERIES = [
  'send a message to a Slack channel',
  'create a contact in HubSpot',
  'list github pull requests',
  'upload a file to google drive',
  'create an invoice in quickbooks',
  'search notion pages',
  'add a subscriber to a mailchimp list',
  'schedule a meeting on my calendar',
  'refund a stripe charge',
  'list jira issues assigned to me',
];

const upstream = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = '{"ok":true,"channel":"C1","ts":"1700000000.000100"}';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
await new Promise((r) => upstream.listen(0, '127.0.0.1', r));
const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-agents-'));
const config = loadConfig(
  { PORT: '0', HOST: '127.0.0.1', SWITCHBOARD_DATA_DIR: dataDir, SWITCHBOARD_RATE_LIMIT: '0', SWITCHBOARD_UPSTREAMS: JSON.stringify({ slack: `http://127.0.0.1:${upstream.address().port}` }) },
  {},
  { cwd: root },
);
const sb = await createSwitchboard(config, { log: createLogger('silent') });
const { id: accountId } = await ensureDefaultAccount(sb.store);
const keys = new ApiKeys(sb.store, 100, new LocalInvalidation());
const { key } = await keys.create(accountId, (await keys.initialise(accountId)).id, 'bench');
await sb.connections.create(accountId, { app: 'slack', method: 'API_KEY', credentials: { token: 'xoxb-bench' } });
const { url } = await sb.listen();

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: +q(0.5).toFixed(3), p90: +q(0.9).toFixed(3), p99: +q(0.99).toFixed(3) };
};

// 1. Search.
let t0 = process.hrtime.bigint();
const index = sb.mcp.searchIndex();
const buildMs = ms(t0);
const inProcess = [];
for (let i = 0; i < ROUNDS; i++) {
  const q = QUERIES[i % QUERIES.length];
  t0 = process.hrtime.bigint();
  index.search(q, { limit: 10 });
  inProcess.push(ms(t0));
}
const client = new Client({ name: 'bench', version: '1' });
await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`), { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
const searchTool = [];
for (let i = 0; i < Math.min(ROUNDS, 200); i++) {
  t0 = process.hrtime.bigint();
  await client.callTool({ name: 'search_actions', arguments: { query: QUERIES[i % QUERIES.length] } });
  searchTool.push(ms(t0));
}

// 2. call_action against the same REST call, alternated.
const rest = [];
const mcp = [];
const body = JSON.stringify({ channel: 'C1', text: 'bench' });
for (let i = 0; i < 50; i++) {
  // warm-up of both paths
  await (await fetch(`${url}/slack/api/chat.postMessage`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body })).text();
  await client.callTool({ name: 'call_action', arguments: { app: 'slack', operation: 'chatPostMessage', params: { body: { channel: 'C1', text: 'bench' } } } });
}
for (let i = 0; i < ROUNDS; i++) {
  t0 = process.hrtime.bigint();
  await (await fetch(`${url}/slack/api/chat.postMessage`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body })).text();
  rest.push(ms(t0));
  t0 = process.hrtime.bigint();
  const r = await client.callTool({ name: 'call_action', arguments: { app: 'slack', operation: 'chatPostMessage', params: { body: { channel: 'C1', text: 'bench' } } } });
  mcp.push(ms(t0));
  if (r.isError) throw new Error(`call_action failed: ${JSON.stringify(r)}`);
}
await client.close();
await sb.close();
upstream.close();
rmSync(dataDir, { recursive: true, force: true });

const result = {
  date: new Date().toISOString(),
  node: process.version,
  operations: index.size,
  search: { indexBuildMs: +buildMs.toFixed(1), inProcessMs: stats(inProcess), mcpToolCallMs: stats(searchTool) },
  callAction: { restMs: stats(rest), mcpMs: stats(mcp), addedMedianMs: +(stats(mcp).median - stats(rest).median).toFixed(3) },
};
writeFileSync(join(root, 'bench', 'agents.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
