import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { isAlive, runs } from './postmaster';

/**
 * The files the embedded PostgreSQL keeps beside its data directory (`cluster/`):
 * `connection.json` (its port and generated password, readable by the owner only) and
 * `owner.pid` (the offset-tender process using it, so two never share one cluster).
 */
export interface ClusterSettings {
  port: number;
  password: string;
}

export async function clusterSettings(dir: string): Promise<ClusterSettings> {
  const file = join(dir, 'connection.json');
  let settings: ClusterSettings | undefined;
  if (existsSync(file)) settings = JSON.parse(readFileSync(file, 'utf8')) as ClusterSettings;
  if (settings && (await portIsFree(settings.port))) return settings;
  // First start, or the port was taken meanwhile: a free port chosen by the kernel, never
  // PostgreSQL's default 5432 where a real server may run.
  const next = { port: await freePort(), password: settings?.password ?? secret() };
  writeFileSync(file, JSON.stringify(next), { mode: 0o600 });
  return next;
}

export function claimDirectory(dir: string): void {
  const file = join(dir, 'owner.pid');
  const owner = existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0;
  if (owner > 0 && owner !== process.pid && isAlive(owner) && runs(owner, 'node')) {
    throw new Error(
      `the embedded PostgreSQL in ${dir} is in use by process ${owner}; stop it, or set EMBEDDED_PG_DIR or DATABASE_URL`,
    );
  }
  writeFileSync(file, String(process.pid));
}

export function releaseDirectory(dir: string): void {
  rmSync(join(dir, 'owner.pid'), { force: true });
}

function secret(): string {
  return randomBytes(24).toString('base64url');
}

/** A port the kernel says is free on the loopback interface now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
