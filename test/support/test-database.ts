import { Client } from 'pg';

/**
 * Tests only ever touch databases whose name contains "test": the base name comes from
 * TEST_DATABASE_URL (default offset_tender_test on the local PostgreSQL), and every other
 * name is refused before anything connects.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/offset_tender_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export function assertTestDatabase(url: string): void {
  const name = databaseName(url);
  if (!name.includes('test')) {
    throw new Error(
      `refusing to run tests against database "${name}": its name must contain "test"`,
    );
  }
}

export function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

/**
 * One migrated template per jest run (named by the run's process id, handed to the test
 * workers through the environment), so two runs on one machine never drop each other's.
 */
export function templateName(): string {
  process.env.OFFSET_TENDER_TEST_TEMPLATE ??= `${databaseName(TEST_DATABASE_URL)}_template_${process.pid}`;
  return process.env.OFFSET_TENDER_TEST_TEMPLATE;
}

/** Runs statements on the server's maintenance database (for CREATE/DROP DATABASE). */
export async function onServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(TEST_DATABASE_URL, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  assertTestDatabase(withDatabase(TEST_DATABASE_URL, name));
  await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
