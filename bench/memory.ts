// Resident memory of a process and all its descendants (`next start` runs the server in a child, next-server), read
// from /proc every 200 ms. Linux only; elsewhere the sampler reports nothing.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The fields of a /proc/<pid>/stat line after `pid (comm)`, from the state on (field 3): comm may hold spaces and
 * parentheses, so they are read after the last ')'.
 */
const statFields = (stat: string): string[] => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

function parentOf(pid: number): number | null {
  try {
    return Number(statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'))[1]);
  } catch {
    return null;
  }
}

/** The process and every descendant alive now. */
export function processTree(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (!pids.includes(pid)) continue;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * User plus system CPU time from a /proc/<pid>/stat line, in clock ticks (fields 14 and 15; every thread of the
 * process, so V8's GC helpers too).
 */
export function cpuTicksOf(stat: string): number {
  const fields = statFields(stat);
  return Number(fields[11]) + Number(fields[12]);
}

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every architecture Node runs on. */
const MS_PER_TICK = 10;

/** CPU time used so far by the processes, in ms (a process gone since counts nothing). */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      ticks += cpuTicksOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      // gone
    }
  }
  return ticks * MS_PER_TICK;
}

export function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export type MemorySampler = {
  /** Peak of the summed resident memory, in MB, since start (or since the last mark). */
  peakMb: () => number;
  /** Starts a new window; returns the peak of the one that ended. */
  mark: () => number;
  /** The tree as last scanned (at most a second ago), for reading its CPU time without a scan of its own. */
  tree: () => number[];
  /** Every pid seen in the tree, to stop leftovers at the end. */
  seen: () => number[];
  stop: () => void;
};

export function sampleMemory(root: number, everyMs = 200): MemorySampler {
  let tree = processTree(root);
  const seen = new Set(tree);
  let peak = 0;
  let windowPeak = 0;
  let ticks = 0;
  const sample = () => {
    // The tree changes rarely (workers start once); rescan it every second, read RSS every tick.
    if (ticks++ % 5 === 0) {
      tree = processTree(root);
      for (const pid of tree) seen.add(pid);
    }
    const kb = tree.reduce((sum, pid) => sum + rssKb(pid), 0);
    peak = Math.max(peak, kb);
    windowPeak = Math.max(windowPeak, kb);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    peakMb: () => peak / 1024,
    mark: () => {
      const ended = windowPeak / 1024;
      windowPeak = 0;
      return ended;
    },
    tree: () => tree,
    seen: () => [...seen],
    stop: () => clearInterval(timer),
  };
}

/** The processes of the tree with their name and resident memory now, for the report. */
export function describeTree(root: number): { pid: number; name: string; rssMb: number }[] {
  return processTree(root).map((pid) => {
    let name = '?';
    try {
      name = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 3).join(' ').slice(0, 80);
    } catch {
      // gone
    }
    return { pid, name, rssMb: Math.round(rssKb(pid) / 1024) };
  });
}
