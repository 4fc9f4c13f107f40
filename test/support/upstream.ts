/**
 * Fake upstreams for tests: real node:http servers on 127.0.0.1 that record what reached them
 * (method, URL, headers, body) and answer as the test says. No HTTP mocking library.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  rawHeaders: string[];
  body: Buffer;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, recorded: Recorded) => unknown;

export interface FakeUpstream {
  origin: string;
  host: string; // 127.0.0.1:port
  requests: Recorded[];
  last(): Recorded;
  server: Server;
  close(): Promise<void>;
}

/** Answers every request with a JSON echo of what it got, unless `handler` answers. */
export async function startUpstream(handler?: Handler, options: { recordBody?: boolean } = {}): Promise<FakeUpstream> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const recorded: Recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, rawHeaders: req.rawHeaders, body: Buffer.alloc(0) };
    requests.push(recorded);
    if (handler && options.recordBody === false) {
      void handler(req, res, recorded);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorded.body = Buffer.concat(chunks);
      if (handler) return void handler(req, res, recorded);
      const body = JSON.stringify({ ok: true, method: recorded.method, url: recorded.url });
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'fake' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    last: () => requests[requests.length - 1]!,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
