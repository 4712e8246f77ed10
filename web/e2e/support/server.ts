/** Where global setup starts the server; a fixed port, so the config can name it. */
export const CONSOLE_PORT = Number(process.env.CONSOLE_TEST_PORT ?? 39170);
export const CONSOLE_URL = `http://127.0.0.1:${CONSOLE_PORT}`;

const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/offset_tender_test';

/** The base test database's name with `_console`: always a name that contains "test". */
export function consoleDatabaseUrl(): { url: string; name: string } {
  const url = new URL(TEST_DATABASE_URL);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_console`;
  if (!name.includes('test')) throw new Error(`refusing database "${name}": no "test" in its name`);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const ADMIN = { email: 'admin@offset-tender.local', password: 'change-me-admin-password' };
