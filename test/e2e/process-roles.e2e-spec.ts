import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiClient } from '../support/api-client';
import { DIST_WORKER, spawnProcess, startTestApp, stopProcess } from '../support/test-app';
import {
  databaseName,
  dropDatabase,
  onServer,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  withDatabase,
} from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

describe('process roles and the start command', () => {
  it('`npm start` creates a missing database, migrates it, and serves ready API + worker', async () => {
    const name = `${databaseName(TEST_DATABASE_URL)}_start_${randomBytes(4).toString('hex')}`;
    const databaseUrl = withDatabase(TEST_DATABASE_URL, name);
    const exists = await onServer((c) =>
      c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
    );
    expect(exists.rowCount).toBe(0);

    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATABASE_URL: databaseUrl,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: `test-${name}`,
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, stopped as a terminal's Ctrl-C would: npm, sh and node together.
      detached: true,
    });
    try {
      let output = '';
      const baseUrl = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`not listening after 60 s:\n${output}`)),
          60000,
        );
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
      });
      const ready = await new ApiClient(baseUrl).get('/health/ready');
      expect(ready.status).toBe(200);
      expect(output).toMatch(/offset-tender all listening/);
    } finally {
      await stopProcessGroup(child);
      await dropDatabase(name);
    }
  }, 120000);

  it('runs API and worker as separate processes: the worker links the audit chain', async () => {
    const t = await startTestApp({ APP_ROLE: 'api' });
    const logFile = join(tmpdir(), `worker-${randomBytes(4).toString('hex')}.log`);
    const sql = new Client({ connectionString: t.databaseUrl });
    await sql.connect();
    let worker: ChildProcess | undefined;
    try {
      await t.api.registerInvestor();
      await new Promise((r) => setTimeout(r, 1500));
      const unlinked = await sql.query('SELECT count(*)::int AS n FROM audit_chain');
      expect(unlinked.rows[0].n).toBe(0); // the API alone does not link (no worker yet)

      const workerEnv = { ...t.env, APP_ROLE: 'worker', AUDIT_SEAL_INTERVAL_MS: '200' };
      worker = (await spawnProcess(DIST_WORKER, workerEnv, logFile, /worker started/)).child;
      const deadline = Date.now() + 15000;
      let linked = 0;
      while (Date.now() < deadline && linked < 2) {
        await new Promise((r) => setTimeout(r, 200));
        linked = (await sql.query('SELECT count(*)::int AS n FROM audit_chain')).rows[0].n;
      }
      expect(linked).toBe(2); // first admin + the registration
    } finally {
      await sql.end();
      if (worker) await stopProcess(worker);
      rmSync(logFile, { force: true });
      await t.close();
    }
  }, 60000);
});

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-(child.pid as number), 'SIGINT');
  await exited;
  // The server must have gone with npm: nothing of the group may be left running.
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline && groupAlive(child.pid as number))
    await new Promise((r) => setTimeout(r, 100));
  expect(groupAlive(child.pid as number)).toBe(false);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
