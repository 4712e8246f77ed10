import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) from a /proc/<pid>/stat line: fields 14 and 15, in 1/100 s. */
export function procCpuSec(pid: number | string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of each PostgreSQL process on this machine (postmaster, backends, WAL writer,
 * checkpointer, autovacuum) by pid, or null if none is visible: the bench's database is
 * then elsewhere and its CPU is not ours to count.
 */
export function postgresCpuByPid(): Map<string, number> | null {
  const cpu = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
      cpu.set(pid, procCpuSec(pid));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return cpu.size > 0 ? cpu : null;
}

/**
 * PostgreSQL's CPU between two readings: each process's own growth, a new one counted from
 * zero. One that exited meanwhile took its ticks with it and is left out: subtracting
 * totals instead counted its whole life negatively (a pool connection closed when idle
 * after the warm-up once made the intake's figure 0.16 ms per bid).
 */
export function postgresCpuSince(before: Map<string, number> | null): number | null {
  const after = postgresCpuByPid();
  if (before === null || after === null) return null;
  let total = 0;
  for (const [pid, sec] of after) total += sec - (before.get(pid) ?? 0);
  return total;
}

/** Busy CPU seconds of the whole machine, all cores (/proc/stat, everything but idle and iowait). */
export function machineBusySec(): number {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  return (total - ticks[3] - ticks[4]) / 100;
}
