import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from '../../support/api-client';
import { DIST_MAIN, DIST_WORKER, spawnProcess, stopProcess } from '../../support/test-app';

/**
 * Processes the resilience tests start, kill and restart themselves (beyond the one that
 * startTestApp owns), and the polling and timed requests they observe them with.
 */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until `done` holds, failing with the last value once `timeoutMs` passed. */
export async function waitFor<T>(
  what: string,
  probe: () => T | Promise<T>,
  done: (v: T) => boolean,
  timeoutMs: number,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: ${show(value)}`);
    }
    await sleep(everyMs);
    value = await probe();
  }
  return value;
}

function show(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 500) ?? String(value);
}

export interface ServiceProcess {
  child: ChildProcess;
  logFile: string;
  /** Set for API processes: the base URL changes on every restart (PORT=0). */
  api?: ApiClient;
}

function logFileFor(role: string): string {
  return join(tmpdir(), `resilience-${role}-${randomBytes(4).toString('hex')}.log`);
}

/** An HTTP-only process (APP_ROLE=api) with the given environment (e.g. a TestApp's). */
export async function startApiProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const logFile = logFileFor('api');
  const { child, match } = await spawnProcess(
    DIST_MAIN,
    { ...env, APP_ROLE: 'api', PORT: '0' },
    logFile,
    /listening on (http:\/\/[^\s"]+)/,
  );
  return { child, logFile, api: new ApiClient(match[1]) };
}

/** A BullMQ-only process (dist/worker.js). */
export async function startWorkerProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const logFile = logFileFor('worker');
  const { child } = await spawnProcess(
    DIST_WORKER,
    { ...env, APP_ROLE: 'worker' },
    logFile,
    /worker started/,
  );
  return { child, logFile };
}

/** SIGKILL: no shutdown hook, no draining, requests in flight are cut. */
export async function killProcess(p: ServiceProcess): Promise<void> {
  await stopProcess(p.child, 'SIGKILL');
}

export async function stopProcesses(processes: ServiceProcess[]): Promise<void> {
  await Promise.all(processes.map((p) => stopProcess(p.child)));
  for (const p of processes) rmSync(p.logFile, { force: true });
}

export type TimedResult =
  | { status: number; code?: string; body: any; ms: number }
  | { status: 'timeout' | 'network'; code?: undefined; body?: undefined; ms: number };

/**
 * One request with a client-side deadline: a server that hangs shows up as `timeout`,
 * a process that died or refuses connections as `network`.
 */
export async function timedRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> },
  timeoutMs: number,
): Promise<TimedResult> {
  const started = Date.now();
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: any = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: response.status, code: body?.code, body, ms: Date.now() - started };
  } catch (error) {
    const name = (error as { name?: string }).name;
    const status = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
    return { status, ms: Date.now() - started };
  }
}

/** The server's log lines about errors it did not expect (for a failing test's message). */
export function unexpectedErrorsLogged(p: ServiceProcess): string[] {
  return readFileSync(p.logFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes('unexpected error'))
    .slice(0, 5)
    .map((line) => line.slice(0, 1500));
}
