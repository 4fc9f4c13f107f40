/** Helpers shared by the hardening tests: raw HTTP requests whose body the test controls. */
import { request as httpRequest, type IncomingHttpHeaders, type ClientRequest } from 'node:http';
import { connect } from 'node:net';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** Starts a request and leaves its body to the caller; `answer` settles with the response (or null if the socket died first). */
export function openRequest(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string | number> },
): { req: ClientRequest; answer: Promise<Answer | null> } {
  const started = performance.now();
  const req = httpRequest(`${url}${path}`, { method: options.method ?? 'POST', headers: options.headers, agent: false });
  const answer = new Promise<Answer | null>((resolve) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', () => resolve(null));
    });
    req.on('error', () => resolve(null));
  });
  return { req, answer };
}

/** Sends bytes as they are over a TCP socket and returns everything the server answered before closing (or `waitMs`). */
export function rawExchange(url: string, bytes: string, waitMs = 2000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const m = /content-length: *(\d+)/i.exec(text);
      if (end >= 0 && m && text.length >= end + 4 + Number(m[1])) done();
    });
    socket.on('close', done);
    socket.on('error', done);
  });
}

/** Resolves with `value` after `ms`, for races against answers that may never come. */
export function after<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(resolve, ms, value).unref());
}
