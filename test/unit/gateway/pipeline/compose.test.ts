import { describe, expect, it } from 'vitest';
import { compose, terminal, type Step } from '../../../../packages/gateway/src/pipeline/compose.js';
import { exchange } from './fixtures.js';

describe('compose', () => {
  it('runs the steps in order over one exchange, awaiting only the ones that return a promise', async () => {
    const seen: string[] = [];
    const steps: Step[] = [
      () => void seen.push('a'),
      async () => {
        await new Promise((r) => setTimeout(r, 5));
        seen.push('b');
      },
      (ex) => void seen.push(`c:${ex.segment}`),
    ];
    await compose(steps)(exchange('/slack/api/x'));
    expect(seen).toEqual(['a', 'b', 'c:slack']);
  });

  it('stops at the first step that throws, synchronously or not', async () => {
    const seen: string[] = [];
    const run = compose([() => void seen.push('a'), () => Promise.reject(new Error('no')), () => void seen.push('never')]);
    await expect(run(exchange('/slack'))).rejects.toThrow('no');
    const sync = compose([() => { throw new Error('sync'); }, () => void seen.push('never')]);
    await expect(sync(exchange('/slack'))).rejects.toThrow('sync');
    expect(seen).toEqual(['a']);
  });

  it('returns one function, built once, that can run many exchanges', async () => {
    let count = 0;
    const run = compose([() => void count++]);
    await Promise.all([run(exchange('/a')), run(exchange('/b'))]);
    expect(count).toBe(2);
  });

  it('terminal: the MCP step when the exchange is for an MCP server, else forward', async () => {
    const seen: string[] = [];
    const last = terminal(() => void seen.push('forward'), () => void seen.push('mcp'));
    const ex = exchange('/granola/list_meetings');
    await last(ex);
    ex.mcp = true;
    await last(ex);
    expect(seen).toEqual(['forward', 'mcp']);
  });
});
