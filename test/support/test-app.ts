import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDatabaseIfMissing } from '../../src/database/prepare-database';
import { ApiClient } from './api-client';
import { dropQueueKeys } from './queue-keys';
import {
  databaseName,
  dropDatabase,
  templateName,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  withDatabase,
} from './test-database';

export const DIST_MAIN = join(__dirname, '..', '..', 'dist', 'main.js');
export const DIST_WORKER = join(__dirname, '..', '..', 'dist', 'worker.js');

export interface TestApp {
  api: ApiClient;
  baseUrl: string;
  databaseUrl: string;
  env: Record<string, string>;
  /** A direct connection, for tests that play the database administrator. */
  sql: Client;
  /** Everything the server process has logged so far. */
  logs(): string;
  close(): Promise<void>;
}

/**
 * Starts the built server (`node dist/main.js`, API + worker as APP_ROLE=all) as a real
 * process on a fresh database copied from the migrated template, with its own Redis
 * queue prefix and a free port. `npm test` builds first.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const name = `${databaseName(TEST_DATABASE_URL)}_${randomBytes(5).toString('hex')}`;
  const databaseUrl = withDatabase(TEST_DATABASE_URL, name);
  await createDatabaseIfMissing(databaseUrl, templateName());
  const prefix = `test-${name}`;
  const fullEnv: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    SANDBOX: 'true',
    LOG_LEVEL: 'info',
    PORT: '0',
    APP_ROLE: 'all',
    ...env,
  };
  const logFile = join(tmpdir(), `${name}.log`);
  const server = await spawnServer(fullEnv, logFile);
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  return {
    api: new ApiClient(server.baseUrl),
    baseUrl: server.baseUrl,
    databaseUrl,
    env: fullEnv,
    sql,
    logs: () => readFileSync(logFile, 'utf8'),
    async close() {
      await sql.end();
      await stopProcess(server.child);
      await dropQueueKeys(TEST_REDIS_URL, prefix);
      await dropDatabase(name);
      if (!process.env.KEEP_TEST_LOGS) rmSync(logFile, { force: true });
    },
  };
}

/**
 * Runs a built entry point (dist/main.js or dist/worker.js) with exactly this environment
 * (in cwd, if given), logging to logFile, and resolves with the first match of `ready` in its
 * output.
 */
export function spawnProcess(
  script: string,
  env: Record<string, string>,
  logFile: string,
  ready: RegExp,
  cwd?: string,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return spawnCommand([process.execPath, script], env, logFile, ready, { cwd });
}

/** As spawnProcess, for any command (`npm start`); `detached` gives it a process group. */
export async function spawnCommand(
  [command, ...args]: string[],
  env: Record<string, string>,
  logFile: string,
  ready: RegExp,
  options: { cwd?: string; detached?: boolean } = {},
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const script = [command, ...args].join(' ');
  const child = spawn(command, args, {
    ...options,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`${script} not ready in 60 s:\n${seen}`)),
      60000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = ready.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready:\n${seen}`));
    });
  });
  return { child, match };
}

async function spawnServer(env: Record<string, string>, logFile: string) {
  const { child, match } = await spawnProcess(
    DIST_MAIN,
    env,
    logFile,
    /listening on (http:\/\/[^\s"]+)/,
  );
  return { child, baseUrl: match[1] };
}

export async function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill(signal);
  });
}
