import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEV_DEFAULTS } from '../config/dev-defaults';
import { Http } from './http';
import { playScenario } from './scenario';

/**
 * `npm run demo`: plays the Moscow battery tender against the sandbox server at API_URL,
 * or starts one (node dist/main.js, SANDBOX=true) if none answers there.
 */
async function startServer(http: Http): Promise<ChildProcess> {
  const port = new URL(http.baseUrl).port || '3000';
  console.log(`No server answers at ${http.baseUrl}; starting one (SANDBOX=true, PORT=${port})`);
  const child = spawn(process.execPath, [join(__dirname, '..', 'main.js')], {
    env: { ...process.env, PORT: port, SANDBOX: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (await http.ready()) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  throw new Error('the server did not become ready within 60 s');
}

async function main(): Promise<void> {
  const http = new Http(
    (process.env.API_URL ?? `http://localhost:${DEV_DEFAULTS.PORT}`).replace(/\/$/, ''),
  );
  const server = (await http.ready()) ? undefined : await startServer(http);
  try {
    await playScenario(http, {
      email: process.env.ADMIN_EMAIL ?? DEV_DEFAULTS.ADMIN_EMAIL,
      password: process.env.ADMIN_PASSWORD ?? DEV_DEFAULTS.ADMIN_PASSWORD,
    });
    console.log(
      'Demo finished: the tender ran from notice to a year of milestones and a first supply year.',
    );
  } finally {
    if (server) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }
}

main().catch((error: unknown) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
