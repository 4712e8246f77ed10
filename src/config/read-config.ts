import { createPrivateKey } from 'node:crypto';
import { DEV_DEFAULTS, SECRET_VARIABLES } from './dev-defaults';

export type AppRole = 'all' | 'api' | 'worker';
const APP_ROLES: readonly AppRole[] = ['all', 'api', 'worker'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface ServiceConfig {
  production: boolean;
  port: number;
  /** Unset: an embedded PostgreSQL in embeddedPostgresDir (one process, not production). */
  databaseUrl?: string;
  /** Unset: BullMQ keeps its queues in the PostgreSQL of databaseUrl. */
  redisUrl?: string;
  embeddedPostgresDir: string;
  queuePrefix: string;
  sandbox: boolean;
  adminEmail: string;
  adminPassword: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** 32-byte AES-256 key that wraps every tender's data key. */
  sealingKey: Buffer;
  /** Ed25519 private key (PKCS#8 PEM) that signs receipts and audit checkpoints. */
  receiptSigningKeyPem: string;
  appRole: AppRole;
  logLevel: LogLevel;
  /** `pretty` (pino-pretty, a dev dependency) for a person at a terminal; JSON otherwise. */
  logFormat: LogFormat;
  loginThrottle: { limit: number; ttlMs: number };
  auditSealIntervalMs: number;
  /** How often the worker signs the audit chain head, in real time (DOMAIN.md §9). */
  auditCheckpointIntervalMs: number;
  /** DOMAIN.md §3: the least weight of the price criterion, in percent. */
  minPriceWeight: number;
  /** How often the database sweep runs everything whose nextCheckAt has passed. */
  sweepIntervalMs: number;
  /** Most tenders the chronograph runs in one transaction (those falling due together). */
  tenderBatch: number;
  /** Audit chain links one statement of the verification checks. */
  auditVerifyRange: number;
  /** OCDS ocid prefix (DOMAIN.md §9): ocid = `<prefix>-<tender id>`. */
  ocidPrefix: string;
  /** The bearer token Prometheus presents to GET /metrics. */
  metricsToken: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the environment once, at boot; a bad value stops the process with a
 * message that names the variable. Defaults are for development only: with
 * NODE_ENV=production every secret must be set to something that is not its default.
 */
export function readConfig(env: Env, stdoutIsTerminal = false): ServiceConfig {
  const production = env.NODE_ENV === 'production';
  const value = (name: keyof typeof DEV_DEFAULTS): string => {
    const raw = env[name];
    return raw === undefined || raw === '' ? DEV_DEFAULTS[name] : raw;
  };
  const databaseUrl = optional(env.DATABASE_URL);
  const redisUrl = optional(env.REDIS_URL);
  if (production) {
    const defaulted = SECRET_VARIABLES.filter((name) => value(name) === DEV_DEFAULTS[name]);
    if (defaulted.length > 0) {
      throw new ConfigError(
        `NODE_ENV=production refuses development defaults for: ${defaulted.join(', ')}`,
      );
    }
  }
  return withServersWhereNeeded({
    production,
    port: integer('PORT', value('PORT'), 0, 65535), // 0: any free port (tests)
    databaseUrl: databaseUrl && url('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']),
    redisUrl: redisUrl && url('REDIS_URL', redisUrl, ['redis:', 'rediss:']),
    embeddedPostgresDir: value('EMBEDDED_PG_DIR'),
    queuePrefix: pattern('QUEUE_PREFIX', value('QUEUE_PREFIX'), /^[A-Za-z0-9_-]{1,64}$/),
    sandbox: boolean('SANDBOX', env.SANDBOX, !production),
    adminEmail: pattern('ADMIN_EMAIL', value('ADMIN_EMAIL'), /^[^@\s]+@[^@\s]+$/).toLowerCase(),
    adminPassword: minLength('ADMIN_PASSWORD', value('ADMIN_PASSWORD'), 12),
    jwtSecret: minLength('JWT_SECRET', value('JWT_SECRET'), 32),
    jwtTtlSeconds: integer('JWT_TTL', value('JWT_TTL'), 60, 7 * 24 * 3600),
    sealingKey: sealingKey(value('SEALING_KEY')),
    receiptSigningKeyPem: signingKey(value('RECEIPT_SIGNING_KEY')),
    appRole: oneOf('APP_ROLE', value('APP_ROLE'), APP_ROLES),
    logLevel: oneOf('LOG_LEVEL', value('LOG_LEVEL'), LOG_LEVELS),
    logFormat: logFormat(env.LOG_FORMAT, production, stdoutIsTerminal),
    loginThrottle: {
      limit: integer('LOGIN_THROTTLE_LIMIT', value('LOGIN_THROTTLE_LIMIT'), 1, 10000),
      ttlMs: integer('LOGIN_THROTTLE_TTL_MS', value('LOGIN_THROTTLE_TTL_MS'), 1000, 86400000),
    },
    minPriceWeight: integer('MIN_PRICE_WEIGHT', value('MIN_PRICE_WEIGHT'), 1, 100),
    sweepIntervalMs: integer(
      'CHRONOGRAPH_SWEEP_INTERVAL_MS',
      value('CHRONOGRAPH_SWEEP_INTERVAL_MS'),
      100,
      3600000,
    ),
    tenderBatch: integer('CHRONOGRAPH_TENDER_BATCH', value('CHRONOGRAPH_TENDER_BATCH'), 1, 5000),
    auditVerifyRange: integer('AUDIT_VERIFY_RANGE', value('AUDIT_VERIFY_RANGE'), 1, 10_000_000),
    auditSealIntervalMs: integer(
      'AUDIT_SEAL_INTERVAL_MS',
      value('AUDIT_SEAL_INTERVAL_MS'),
      100,
      60000,
    ),
    auditCheckpointIntervalMs: integer(
      'AUDIT_CHECKPOINT_INTERVAL_MS',
      value('AUDIT_CHECKPOINT_INTERVAL_MS'),
      1000,
      7 * 24 * 3600 * 1000,
    ),
    ocidPrefix: pattern('OCID_PREFIX', value('OCID_PREFIX'), /^[A-Za-z0-9-]{1,64}$/),
    metricsToken: minLength('METRICS_TOKEN', value('METRICS_TOKEN'), 24),
  });
}

/** The embedded mode (no DATABASE_URL / REDIS_URL) is for trials: one process, not production. */
function withServersWhereNeeded(config: ServiceConfig): ServiceConfig {
  if (config.production && (config.databaseUrl === undefined || config.redisUrl === undefined)) {
    throw new ConfigError(
      'NODE_ENV=production needs DATABASE_URL and REDIS_URL: the embedded PostgreSQL and queues on PostgreSQL are for trials on one machine',
    );
  }
  if (config.databaseUrl === undefined && config.appRole !== 'all') {
    throw new ConfigError(
      `APP_ROLE=${config.appRole} needs DATABASE_URL: the embedded PostgreSQL serves a single process (APP_ROLE=all)`,
    );
  }
  return config;
}

function optional(raw: string | undefined): string | undefined {
  return raw === undefined || raw === '' ? undefined : raw;
}

function fail(name: string, why: string): never {
  throw new ConfigError(`${name} ${why}`);
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) fail(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) fail(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function boolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  return fail(name, `must be true or false, got "${raw}"`);
}

function url(name: string, raw: string, protocols: string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return fail(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) fail(name, `must start with ${protocols.join(' or ')}`);
  return raw;
}

function pattern(name: string, raw: string, re: RegExp): string {
  if (!re.test(raw)) fail(name, `has an invalid value (expected ${String(re)})`);
  return raw;
}

function minLength(name: string, raw: string, min: number): string {
  if (raw.length < min) fail(name, `must be at least ${min} characters long`);
  return raw;
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    fail(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function sealingKey(raw: string): Buffer {
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) fail('SEALING_KEY', 'must be 32 bytes, base64-encoded');
  return key;
}

function signingKey(raw: string): string {
  // Accepts the PEM itself or its base64 (env files do not keep newlines well).
  const pem = raw.includes('BEGIN') ? raw : Buffer.from(raw, 'base64').toString('utf8');
  const normalized = pem.replace(/\\n/g, '\n');
  try {
    if (createPrivateKey(normalized).asymmetricKeyType === 'ed25519') return normalized;
  } catch {
    // reported below
  }
  return fail(
    'RECEIPT_SIGNING_KEY',
    'must be an Ed25519 private key in PKCS#8 PEM (or its base64)',
  );
}

/**
 * LOG_FORMAT, or by default pretty lines for a developer at a terminal and JSON wherever
 * logs are collected (a pipe, a file, production). Production refuses `pretty`: its image
 * has no dev dependencies, and its logs are read by machines.
 */
function logFormat(raw: string | undefined, production: boolean, terminal: boolean): LogFormat {
  if (raw === undefined || raw === '') return !production && terminal ? 'pretty' : 'json';
  const format = oneOf('LOG_FORMAT', raw, LOG_FORMATS);
  if (production && format === 'pretty') {
    throw new ConfigError('LOG_FORMAT=pretty is for development; production logs JSON');
  }
  return format;
}
