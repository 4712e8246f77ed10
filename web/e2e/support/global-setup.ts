import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { CONSOLE_PORT, CONSOLE_URL, consoleDatabaseUrl, TEST_REDIS_URL } from './server';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const QUEUE_PREFIX = 'test-console';

async function dropDatabase(url: string, name: string) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

interface RedisClass {
  new (
    url: string,
    options: object,
  ): {
    keys(pattern: string): Promise<string[]>;
    del(...keys: string[]): Promise<number>;
    disconnect(): void;
  };
}

/** The server's queue keys, with the root package's Redis client (the server's own). */
async function dropQueueKeys() {
  const Redis = createRequire(join(ROOT, 'package.json'))('ioredis') as RedisClass;
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${QUEUE_PREFIX}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/**
 * A fresh test database and the built server on it (API + workers, SANDBOX=true), as
 * test/support/test-app.ts starts one for the API's own e2e tests.
 */
export default async function globalSetup() {
  const main = join(ROOT, 'dist', 'main.js');
  if (!existsSync(main))
    throw new Error(`${main} is missing: run \`npm run build\` at the root first`);
  const { url, name } = consoleDatabaseUrl();
  await dropDatabase(url, name);
  await dropQueueKeys();
  mkdirSync(join(import.meta.dirname, '..', '..', 'test-results'), { recursive: true });
  const log = createWriteStream(
    join(import.meta.dirname, '..', '..', 'test-results', 'server.log'),
  );
  const server = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX,
      SANDBOX: 'true',
      PORT: String(CONSOLE_PORT),
      APP_ROLE: 'all',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`server not ready in 60 s:\n${seen}`)), 60_000);
    server.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('listening on http')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${seen}`));
    });
  });
  process.stdout.write(`console tests: server at ${CONSOLE_URL} on database ${name}\n`);
  return async () => {
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      const kill = setTimeout(() => server.kill('SIGKILL'), 15_000);
      server.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      server.kill('SIGTERM');
    });
    await dropDatabase(url, name);
    await dropQueueKeys();
  };
}
