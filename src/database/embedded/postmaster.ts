import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The PostgreSQL server of a data directory, found through the postmaster.pid lock file it
 * keeps there. Knowing it by its lock file rather than by a child-process handle lets one
 * code path stop the server we started and the one a crashed predecessor left running.
 */
export interface Postmaster {
  pid: number;
  /** false: the lock file names a process that is gone or is not a PostgreSQL (a stale lock). */
  running: boolean;
}

export function findPostmaster(dataDir: string): Postmaster | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, running: false };
  return { pid, running: isAlive(pid) && runs(pid, 'postgres') };
}

/**
 * Asks for a fast shutdown (SIGINT: clients disconnected, data flushed) and waits for the
 * process to end; an immediate shutdown (SIGQUIT) if it has not within the grace period.
 */
export async function stopPostmaster(pid: number, graceMs = 15000): Promise<void> {
  signal(pid, 'SIGINT');
  if (await exited(pid, graceMs)) return;
  signal(pid, 'SIGQUIT');
  if (!(await exited(pid, 5000))) throw new Error(`PostgreSQL (pid ${pid}) does not stop`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** An ended process nobody has reaped yet (an orphan under a PID 1 that does not reap). */
function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Whether the process is the named program; with no /proc to ask, a live pid is trusted. */
export function runs(pid: number, program: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === program;
  } catch {
    return process.platform !== 'linux';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  for (let waited = 0; waited < withinMs; waited += 50) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}
