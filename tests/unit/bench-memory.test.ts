import { describe, expect, it } from 'vitest';
import { cpuMs, cpuTicksOf } from '@/bench/memory';

// Issue 23: the benchmark reports the server's CPU time per request beside the latencies (bench/memory.ts reads it
// from /proc/<pid>/stat, scripts/bench.ts divides it by the requests of each run).

describe('the CPU time of a process', () => {
  it('reads utime and stime (fields 14 and 15) after the last parenthesis, whatever the name holds', () => {
    // A process named "next (server) 1": spaces and parentheses in the comm field must not shift the fields.
    const stat = '4242 (next (server) 1) S 1 4242 4242 0 -1 4194560 50000 0 12 0 1234 567 0 0 20 0 11 0 3000 900000000 120000 18446744073709551615';
    expect(cpuTicksOf(stat)).toBe(1234 + 567);
  });

  it('counts this process in ms, and nothing for a process that is gone', () => {
    let spin = 0;
    const until = Date.now() + 60;
    while (Date.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    const mine = cpuMs([process.pid]);
    expect(mine).toBeGreaterThan(0);
    expect(mine % 10).toBe(0);
    // Linux's pid_max is at most 2^22: no process has this pid.
    expect(cpuMs([2 ** 22 + 7])).toBe(0);
  });
});
