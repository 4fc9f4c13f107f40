/** packages/gateway/src/log.ts AccessLog: the hand-written access line is pino's line, and stays one JSON line whatever the path holds. */
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AccessLog, createLogger } from '../../../packages/gateway/src/log.js';

function capture(level = 'info', fields: Record<string, unknown> = {}) {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  const log = createLogger(level, sink, fields);
  return { log, access: new AccessLog(log), text: () => chunks.join('') };
}

describe('access log', () => {
  it('writes the line pino wrote for the same fields', () => {
    const { log, access, text } = capture();
    access.request('req-1', 'POST', '/slack/api/chat.postMessage', 'slack', 'acc_1', 'conn_1', 200, 1.6);
    log.info({ request_id: 'req-2', method: 'GET', path: '/x', status: 401, ms: 0 }, 'request');
    const [ours, pinos] = text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ours).toEqual({
      level: 30,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      service: 'switchboard',
      request_id: 'req-1',
      method: 'POST',
      path: '/slack/api/chat.postMessage',
      app: 'slack',
      account: 'acc_1',
      connection: 'conn_1',
      status: 200,
      ms: 2,
      msg: 'request',
    });
    // Unknown fields are left out, as pino leaves out undefined ones; the keys come in pino's order.
    access.request('req-3', 'GET', '/x', undefined, undefined, undefined, 401, 0);
    const third = JSON.parse(text().trim().split('\n')[2]!) as Record<string, unknown>;
    expect(Object.keys(third)).toEqual(Object.keys(pinos!));
  });

  it('escapes whatever a path holds, so a caller cannot forge a line or a field', () => {
    const { access, text } = capture();
    const hostile = '/slack/a"b\\c\n{"level":60,"msg":"forged"}\u0000\u2028é';
    access.request('r', 'GET', hostile, 'slack', undefined, undefined, 404, 0);
    const lines = text().trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line.path).toBe(hostile);
    expect(line.level).toBe(30);
    expect(line.msg).toBe('request');
  });

  it('carries the worker number under serve --workers, and writes nothing above info level', () => {
    const worker = capture('info', { worker: 2 });
    worker.access.request('r', 'GET', '/x', undefined, undefined, undefined, 200, 0);
    expect(JSON.parse(worker.text())).toMatchObject({ worker: 2, service: 'switchboard' });
    const quiet = capture('warn');
    quiet.access.request('r', 'GET', '/x', undefined, undefined, undefined, 200, 0);
    expect(quiet.access.enabled).toBe(false);
    expect(quiet.text()).toBe('');
  });

  it('onto a file descriptor, writes whole lines in blocks of about 4 KiB, and the rest when it closes', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sb-access-')), 'out.log');
    const fd = openSync(file, 'a');
    try {
      const log = createLogger('info', pino.destination({ dest: fd, sync: true }) as unknown as NodeJS.WritableStream);
      const access = new AccessLog(log);
      const path = `/slack/${'p'.repeat(150)}`;
      access.request('r-0', 'GET', path, 'slack', 'acc_1', 'conn_1', 200, 1);
      expect(readFileSync(file, 'utf8')).toBe(''); // one short line waits for its block
      let n = 1;
      while (readFileSync(file, 'utf8') === '') access.request(`r-${n++}`, 'GET', path, 'slack', 'acc_1', 'conn_1', 200, 1);
      const block = readFileSync(file, 'utf8');
      expect(block.length).toBeGreaterThanOrEqual(4096);
      expect(block.length).toBeLessThan(4096 + 400);
      expect(block.endsWith('\n')).toBe(true);
      // The application log writes at once, in between: a line is never split.
      log.warn('between');
      // Past ASCII, escaped: a character whose low byte is a newline (U+010A) or a quote (U+0122) cannot break the line.
      const hostile = '/slack/a"b\nc\u010a{"level":60}\u0122é😀\ud800';
      access.request(`r-${n++}`, 'GET', hostile, 'slack', undefined, undefined, 404, 0);
      access.close();
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.filter((l) => l.msg === 'request').map((l) => l.request_id)).toEqual(Array.from({ length: n }, (_, i) => `r-${i}`));
      expect(lines.at(-2)).toMatchObject({ msg: 'between', level: 40 });
      expect(lines.at(-1)).toMatchObject({ path: hostile, status: 404 });
      // After close, lines are written as they come.
      access.request('late', 'GET', '/x', undefined, undefined, undefined, 200, 0);
      expect(readFileSync(file, 'utf8').trim().split('\n').at(-1)).toContain('"request_id":"late"');
    } finally {
      closeSync(fd);
    }
  });
});
