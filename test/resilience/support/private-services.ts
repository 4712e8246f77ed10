import { ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { Client } from 'pg';
import { freePort } from '../../../src/database/embedded/cluster-files';
import { stopProcess } from '../../support/test-app';
import { waitFor } from './process-faults';

/**
 * A PostgreSQL cluster and a Redis server of the test's own, on free ports, that it may
 * stop and restart at will: the machine's shared services are never touched.
 */

const run = promisify(execFile);

function postgresBin(tool: string): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin', tool)).find((p) => existsSync(p));
  return found ?? tool; // else hope it is on PATH
}

/** initdb and pg_ctl refuse to run as root: as root, run them as the `postgres` user. */
function asClusterOwner(tool: string, args: string[]): [string, string[]] {
  const bin = postgresBin(tool);
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, args];
}

export class PrivatePostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'resilience-pg-'));
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    const pg = new PrivatePostgres(dir, await freePort());
    try {
      await run(
        ...asClusterOwner('initdb', [
          '-D',
          pg.dataDir,
          '-A',
          'trust',
          '-U',
          'postgres',
          '-E',
          'UTF8',
          '--locale=C',
          '--no-sync',
        ]),
      );
      await pg.start();
    } catch (error) {
      await pg.destroy();
      throw error;
    }
    return pg;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await run(
      ...asClusterOwner('pg_ctl', [
        '-D',
        this.dataDir,
        '-o',
        options,
        '-l',
        join(this.dir, 'server.log'),
        '-w',
        '-t',
        '60',
        'start',
      ]),
    );
  }

  /** `fast`: every session is terminated at once, as in a restart during a deploy. */
  async stop(): Promise<void> {
    await run(...asClusterOwner('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']));
  }

  async destroy(): Promise<void> {
    await run(
      ...asClusterOwner('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']),
    ).catch(() => undefined); // already stopped, or never started
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Without persistence, so a restart comes back empty, like a failover to a blank replica. */
export class PrivateRedis {
  private child?: ChildProcess;

  private constructor(readonly port: number) {}

  static async create(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', ''];
    this.child = spawn('redis-server', [...args, '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor('redis to answer PING', () => this.ping(), Boolean, 10000, 100);
  }

  async stop(): Promise<void> {
    if (this.child) await stopProcess(this.child);
    this.child = undefined;
  }

  private async ping(): Promise<boolean> {
    const client = new Redis(this.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  }
}
