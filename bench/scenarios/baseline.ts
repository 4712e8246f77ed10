import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dropDatabase, recreateDatabase, withDatabase } from '../database';
import type { BenchSettings } from '../settings';

const run = promisify(execFile);

/**
 * The hardware's own limit: pgbench TPC-B (-c 8 -j 2) on the same PostgreSQL, in a
 * database of its own, scale 10 so eight clients do not all queue on one branch row.
 */
export async function tpcb(settings: BenchSettings): Promise<{ tps: number; scale: number }> {
  const name = `${new URL(settings.databaseUrl).pathname.slice(1)}_pgbench`;
  const url = withDatabase(settings.databaseUrl, name);
  const scale = 10;
  await recreateDatabase(settings.databaseUrl, name);
  try {
    await run(settings.pgbench, ['-i', '-q', '-s', String(scale), url]);
    const { stdout } = await run(settings.pgbench, [
      '-c',
      '8',
      '-j',
      '2',
      '-T',
      String(settings.durationSec),
      url,
    ]);
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return { tps: Number(tps), scale };
  } finally {
    await dropDatabase(settings.databaseUrl, name);
  }
}
