import { describe, expect, it } from 'vitest';
import { isoTimeAt } from '../../../packages/gateway/src/log.js';

/** What pino.stdTimeFunctions.isoTime writes, for a given clock. */
const pinoIso = (now: number) => `,"time":"${new Date(now).toISOString()}"`;

describe('log time stamps', () => {
  it('are pino’s ISO time, to the millisecond, across second, minute, day and year boundaries', () => {
    const starts = [Date.UTC(2026, 0, 31, 20, 3, 32, 0), Date.UTC(2026, 11, 31, 23, 59, 59, 990), Date.UTC(2027, 1, 28, 23, 59, 58, 0), 0];
    for (const start of starts) {
      for (let now = start; now < start + 2500; now += 7) expect(isoTimeAt(now)).toBe(pinoIso(now));
    }
    // Out of order (a clock step back) still gives the right text.
    for (const now of [start(5), start(3), start(5) + 999, start(3) + 1]) expect(isoTimeAt(now)).toBe(pinoIso(now));
  });
});

function start(minute: number): number {
  return Date.UTC(2026, 5, 1, 12, minute, 0, 0);
}
