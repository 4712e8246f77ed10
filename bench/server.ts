import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEAP_FLAGS } from '../src/config/heap-flags';
import { procCpuSec } from './cpu-accounting';

export interface BenchServer {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** CPU time the server process has used so far (user + system), in seconds. */
  cpuSec(): number;
  stop(): Promise<void>;
}

// Compiled to dist/bench/bench/ (the bench shares src/cli/data.ts with the demo).
const MAIN = join(__dirname, '..', '..', 'main.js');

/**
 * Starts the built server (API and worker in one process, as APP_ROLE=all deploys it) and
 * resolves once it logs "listening on <url>". BENCH_CPU_PROF=<dir> adds --cpu-prof.
 */
export async function startServer(
  env: Record<string, string>,
  logFile: string,
  cpuProfDir?: string,
): Promise<BenchServer> {
  // The heap bounds production starts with (npm start, the Dockerfile).
  const flags = [
    ...HEAP_FLAGS,
    ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []),
  ];
  const child = spawn(process.execPath, [...flags, MAIN], {
    // BENCH_NODE_OPTIONS: flags to try on the server alone (heap sizes, say), never on the bench.
    env: {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    // Only the start-up is scanned, and only a chunk plus the tail it may continue: once the
    // server is listening the listener goes, so measuring never pays for reading the log.
    let tail = '';
    const timer = setTimeout(() => done(new Error(`server not ready in 60 s:\n${tail}`)), 60000);
    const onData = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-8192);
      const found = /listening on (http:\/\/[^\s"]+)/.exec(tail);
      if (found) done(null, found[1]);
    };
    const onExit = (code: number | null) =>
      done(new Error(`server exited with ${code} before it was ready:\n${tail}`));
    function done(error: Error | null, url?: string) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(url as string);
    }
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
  const pid = child.pid as number;
  return {
    baseUrl,
    pid,
    logFile,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
      return Math.round(kb / 1024);
    },
    cpuSec: () => procCpuSec(pid),
    stop: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
