import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropQueueKeys } from '../test/support/queue-keys';
import { Api } from './api';
import type { BenchContext } from './context';
import { connect, databaseName, dropDatabase, recreateDatabase } from './database';
import { markdownTable, type BenchResults, writeResults } from './report';
import { auditVerify } from './scenarios/audit-verify';
import { tpcb } from './scenarios/baseline';
import { bidIntake, type BidIntakeResult } from './scenarios/bid-intake';
import { deadlinePrecision } from './scenarios/deadlines';
import { evaluationAtScale } from './scenarios/evaluation';
import { trivialGet } from './scenarios/framework-ceiling';
import { overdueSweep } from './scenarios/overdue-sweep';
import { startServer } from './server';
import { productionSecrets, readSettings } from './settings';

const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/**
 * Where a bid's CPU goes besides the server (all in ms per bid): PostgreSQL, the load
 * generator, and the whole machine (all three, the kernel's network stack, anything else).
 * Two cores give 2,000 ms of CPU a second: 2,000 ÷ the machine's ms per bid is the rate
 * this cost allows.
 */
function cpuPerBid(intake: BidIntakeResult) {
  const perBid = (sec: number) => Number(((sec * 1000) / intake.ok).toFixed(2));
  return {
    postgresCpuMsPerBid: intake.postgresCpuSec === null ? null : perBid(intake.postgresCpuSec),
    loadGeneratorCpuMsPerBid: perBid(intake.cpuSec),
    machineCpuMsPerBid: perBid(intake.machineCpuSec),
  };
}

/**
 * `npm run bench`: pgbench first (nothing else running), then the built server with
 * production settings on a fresh database, and each scenario in turn against it.
 */
async function main(): Promise<void> {
  const settings = readSettings(process.env);
  const startedAt = new Date();
  const load = loadavg();
  const name = databaseName(settings.databaseUrl);
  const queuePrefix = `bench-${process.pid}`;

  log(`TPC-B baseline (${settings.durationSec} s)`);
  const tpcbResult = await tpcb(settings);
  log(`  ${tpcbResult.tps.toFixed(0)} tps`);

  await recreateDatabase(settings.databaseUrl, name);
  const secrets = productionSecrets();
  const logFile = join(tmpdir(), `offset-tender-bench-${process.pid}.log`);
  const server = await startServer(
    {
      ...secrets,
      NODE_ENV: 'production',
      // The sandbox clock (enabled explicitly; production defaults it off) is what lets the
      // evaluation and overdue scenarios move time. It costs one indexed read per "now".
      SANDBOX: 'true',
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: settings.redisUrl,
      QUEUE_PREFIX: queuePrefix,
      PORT: '0',
      APP_ROLE: 'all',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    },
    logFile,
    process.env.BENCH_CPU_PROF,
  );
  log(`server ${server.baseUrl} (pid ${server.pid}, log ${logFile})`);
  const sql = await connect(settings.databaseUrl);
  try {
    const api = new Api(server.baseUrl);
    const adminToken = await api.login(secrets.ADMIN_EMAIL, secrets.ADMIN_PASSWORD);
    const officerEmail = 'bench-officer@offset-tender.local';
    const officerPassword = 'bench officer password';
    const officer = await api.expect(201, 'POST', '/users', adminToken, {
      email: officerEmail,
      password: officerPassword,
      fullName: 'Anna Smirnova',
      role: 'officer',
    });
    const ctx: BenchContext = {
      settings,
      server,
      api,
      sql,
      jwtSecret: secrets.JWT_SECRET,
      admin: { token: adminToken },
      officer: {
        id: officer.body.id as string,
        token: await api.login(officerEmail, officerPassword),
      },
    };

    log(
      `framework ceiling: GET /me, ${settings.repeats} passes after a ${settings.warmupSec} s warm-up (the JIT compiles the path)`,
    );
    await trivialGet(ctx, settings.warmupSec);
    const { get, getCpuMs } = await medianPass(settings.repeats, async () => {
      const before = server.cpuSec();
      const pass = await trivialGet(ctx);
      return { get: pass, getCpuMs: ((server.cpuSec() - before) * 1000) / pass.ok };
    });
    // The peak so far after each scenario, to tell which one set the final peak.
    const peakRssAfter: Record<string, number> = { trivialGet: server.peakRssMb() };
    log(`  ${get.okPerSec.toFixed(0)} req/s, p99 ${get.p99Ms} ms, ${get.errors} errors`);

    log(
      `bid intake: ${settings.connections} connections, ${settings.durationSec} s after a ${settings.warmupSec} s warm-up on another tender`,
    );
    // The intake's own path (validation, the seal, the group commit) is JIT-compiled by the
    // warm-up, as GET /me's is by its own.
    await bidIntake(ctx, settings.warmupSec);
    const cpuBefore = server.cpuSec();
    const intake = await bidIntake(ctx);
    peakRssAfter.bidIntake = server.peakRssMb();
    const intakeCpuMs = ((server.cpuSec() - cpuBefore) * 1000) / intake.ok;
    log(
      `  ${intake.okPerSec.toFixed(0)} bids/s, p50 ${intake.p50Ms} ms, p99 ${intake.p99Ms} ms, ${intake.errors} errors`,
    );

    log(`deadline precision: ${settings.deadlineTenders} tenders`);
    const deadlines = await deadlinePrecision(ctx);
    peakRssAfter.deadlines = server.peakRssMb();
    log(
      `  ${deadlines.allOpened} opened, lateness p50 ${deadlines.p50LatenessMs} ms, max ${deadlines.maxLatenessMs} ms`,
    );

    log(
      `evaluation: one tender, ${settings.evaluationBids} bids, after a warm-up of ${settings.evaluationWarmupBids} on another`,
    );
    // The protocol and award paths run nowhere before: a process's first evaluation pays for
    // the JIT as well (in probes 2.8-3.2 s for 10,000 bids where later ones took 2.2-2.7 s),
    // as GET /me and the intake would without theirs.
    const evaluationWarmup = await evaluationAtScale(ctx, settings.evaluationWarmupBids);
    const evaluation = await evaluationAtScale(ctx);
    peakRssAfter.evaluation10k = server.peakRssMb();
    log(
      `  reminders ${evaluation.remindersSec} s (not in the target), open ${evaluation.openSec} s, protocol ${evaluation.protocolSec} s, award ${evaluation.awardSec} s`,
    );

    log(`audit verify: ${settings.auditEvents} events, the median of ${settings.repeats} passes`);
    const audit = await auditVerify(ctx);
    peakRssAfter.auditVerify = server.peakRssMb();
    log(`  ${audit.eventsPerSec} events/s (${audit.events} events, valid: ${audit.valid})`);

    log(`overdue sweep: ${settings.milestones} milestones`);
    const sweep = await overdueSweep(ctx, evaluation.tenderId);
    peakRssAfter.overdueSweep = server.peakRssMb();
    log(`  ${sweep.seconds} s, ${sweep.markedOverdue} of ${sweep.fallingDue} marked overdue`);

    const results: BenchResults = {
      bidIntake: {
        bidsPerSec: Math.round(intake.okPerSec),
        p50Ms: intake.p50Ms,
        p99Ms: intake.p99Ms,
        errors: intake.errors,
        tpcbTps: Math.round(tpcbResult.tps),
        ratioToTpcb: Number((intake.okPerSec / tpcbResult.tps).toFixed(3)),
        created: intake.created,
        replaced: intake.replaced,
        maxMs: intake.maxMs,
        statusCodes: intake.statusCodes,
        connections: settings.connections,
        durationSec: intake.durationSec,
        serverCpuMsPerBid: Number(intakeCpuMs.toFixed(2)),
        ...cpuPerBid(intake),
      },
      deadlines: { ...deadlines },
      evaluation10k: { ...evaluation, warmup: evaluationWarmup },
      auditVerify: { ...audit },
      overdueSweep: { ...sweep },
      peakRssMb: server.peakRssMb(),
      peakRssMbAfter: peakRssAfter,
      baseline: {
        tpcbScale: tpcbResult.scale,
        trivialGetPerSec: Math.round(get.okPerSec),
        trivialGetP99Ms: get.p99Ms,
        trivialGetErrors: get.errors,
        trivialGetServerCpuMsPerRequest: Number(getCpuMs.toFixed(2)),
      },
      run: {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        scale: settings.scale,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        loadAverageAtStart: load.map((x) => Number(x.toFixed(2))),
        node: process.version,
        commit: gitCommit(),
      },
    };
    const file = writeResults(results, startedAt);
    console.log(`\n${markdownTable(results)}\n\nwritten to ${file}`);
  } finally {
    await sql.end();
    await server.stop();
    await dropQueueKeys(settings.redisUrl, queuePrefix);
    if (process.env.BENCH_KEEP_DATABASE !== '1') await dropDatabase(settings.databaseUrl, name);
  }
}

/** Runs `pass` n times and keeps the one with the median server CPU per request. */
async function medianPass<T extends { getCpuMs: number }>(
  n: number,
  pass: () => Promise<T>,
): Promise<T> {
  const passes: T[] = [];
  for (let i = 0; i < n; i++) passes.push(await pass());
  passes.sort((a, b) => a.getCpuMs - b.getCpuMs);
  return passes[Math.floor(passes.length / 2)];
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
