import { generateKeyPairSync, randomBytes } from 'node:crypto';

/**
 * What one run measures, from the environment. The defaults are issue #8's figures;
 * BENCH_SCALE (0 < s ≤ 1) shrinks every count for a quick development run, and
 * BENCH_DURATION_S shortens the timed load phases.
 */
export interface BenchSettings {
  scale: number;
  durationSec: number;
  /** Load before the first measurement: the JIT is still compiling 10–14 s after start. */
  warmupSec: number;
  /** Passes of GET /me, their median reported: one pass swings 10–25 % on a shared VM. */
  repeats: number;
  connections: number;
  deadlineTenders: number;
  bidsPerDeadlineTender: number;
  evaluationBids: number;
  /** The evaluation's warm-up: the same steps on another tender, its figures kept apart. */
  evaluationWarmupBids: number;
  auditEvents: number;
  milestones: number;
  milestonesPerContract: number;
  databaseUrl: string;
  redisUrl: string;
  pgbench: string;
}

export function readSettings(env: NodeJS.ProcessEnv): BenchSettings {
  const scale = Number(env.BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error('BENCH_SCALE must be in (0, 1]');
  const scaled = (n: number) => Math.max(10, Math.round(n * scale));
  return {
    scale,
    durationSec: Number(env.BENCH_DURATION_S ?? '20'),
    warmupSec: Number(env.BENCH_WARMUP_S ?? '15'),
    repeats: Math.max(1, Math.round(Number(env.BENCH_REPEATS ?? '3'))),
    connections: 32,
    deadlineTenders: scaled(1000),
    bidsPerDeadlineTender: 2,
    evaluationBids: scaled(10000),
    evaluationWarmupBids: scaled(2000),
    auditEvents: scaled(1_000_000),
    milestones: scaled(100_000),
    milestonesPerContract: 10,
    // Never a database whose name contains "test": those belong to test runs.
    databaseUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/offset_tender_bench',
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    pgbench: env.PGBENCH ?? 'pgbench',
  };
}

/** Fresh secrets per run: NODE_ENV=production refuses the public development defaults. */
export function productionSecrets() {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    ADMIN_EMAIL: 'bench-admin@offset-tender.local',
    ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    SEALING_KEY: randomBytes(32).toString('base64'),
    RECEIPT_SIGNING_KEY: Buffer.from(pem).toString('base64'),
    METRICS_TOKEN: randomBytes(24).toString('base64url'),
  };
}
