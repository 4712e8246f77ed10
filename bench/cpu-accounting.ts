import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) from a /proc/<pid>/stat line: fields 14 and 15, in 1/100 s. */
export function procCpuSec(pid: number | string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of every PostgreSQL process on this machine (postmaster, backends, WAL
 * writer, checkpointer, autovacuum), or null if none is visible: the bench's database is
 * then elsewhere and its CPU is not ours to count. Backends that exit meanwhile take their
 * ticks with them; the server's pool keeps its connections, so a phase loses little.
 */
export function postgresCpuSec(): number | null {
  let total = 0;
  let seen = false;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
      total += procCpuSec(pid);
      seen = true;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return seen ? total : null;
}

/** Busy CPU seconds of the whole machine, all cores (/proc/stat, everything but idle and iowait). */
export function machineBusySec(): number {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  return (total - ticks[3] - ticks[4]) / 100;
}
