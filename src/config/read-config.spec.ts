import { generateKeyPairSync } from 'node:crypto';
import { DEV_DEFAULTS } from './dev-defaults';
import { ConfigError, readConfig } from './read-config';

describe('readConfig', () => {
  it('runs on development defaults with no environment at all: embedded, queues on PostgreSQL', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      production: false,
      port: 3000,
      databaseUrl: undefined,
      redisUrl: undefined,
      embeddedPostgresDir: './.data/postgres',
      sandbox: true,
      appRole: 'all',
    });
    expect(config.sealingKey).toHaveLength(32);
    expect(config.receiptSigningKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(config.auditCheckpointIntervalMs).toBe(3600000); // hourly (DOMAIN.md §9)
  });

  it('refuses the embedded mode in production and for a lone API or worker process', () => {
    const production = productionSecrets();
    expect(() => readConfig({ ...production, REDIS_URL: 'redis://r:6379' })).toThrow(
      /NODE_ENV=production needs DATABASE_URL and REDIS_URL/,
    );
    expect(() => readConfig({ ...production, DATABASE_URL: 'postgres://db/x' })).toThrow(
      /NODE_ENV=production needs DATABASE_URL and REDIS_URL/,
    );
    expect(() => readConfig({ APP_ROLE: 'worker' })).toThrow(
      'APP_ROLE=worker needs DATABASE_URL: the embedded PostgreSQL serves a single process (APP_ROLE=all)',
    );
    expect(readConfig({ APP_ROLE: 'api', DATABASE_URL: 'postgres://db/x' }).redisUrl).toBe(
      undefined,
    );
  });

  it('refuses to start in production while a secret is a default, naming each', () => {
    const servers = { DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379' };
    expect(() =>
      readConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), ...servers }),
    ).toThrow(
      new ConfigError(
        'NODE_ENV=production refuses development defaults for: ADMIN_PASSWORD, SEALING_KEY, RECEIPT_SIGNING_KEY, METRICS_TOKEN',
      ),
    );
  });

  it('turns the sandbox off by default in production', () => {
    const config = readConfig({
      ...productionSecrets(),
      DATABASE_URL: 'postgres://db/x',
      REDIS_URL: 'redis://r:6379',
    });
    expect(config.sandbox).toBe(false);
  });

  it.each([
    ['PORT', 'eighty', /PORT must be a whole number/],
    ['PORT', '70000', /PORT must be between/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL must start with postgres/],
    ['REDIS_URL', 'not a url', /REDIS_URL is not a valid URL/],
    ['SANDBOX', 'yes', /SANDBOX must be true or false/],
    ['APP_ROLE', 'both', /APP_ROLE must be one of all, api, worker/],
    ['JWT_SECRET', 'short', /JWT_SECRET must be at least 32/],
    ['SEALING_KEY', Buffer.alloc(16).toString('base64'), /SEALING_KEY must be 32 bytes/],
    ['RECEIPT_SIGNING_KEY', 'garbage', /RECEIPT_SIGNING_KEY must be an Ed25519 private key/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
    ['LOG_FORMAT', 'fancy', /LOG_FORMAT must be one of json, pretty/],
    ['AUDIT_CHECKPOINT_INTERVAL_MS', '999', /AUDIT_CHECKPOINT_INTERVAL_MS must be between 1000/],
  ])('names %s when its value %p is invalid', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(message);
  });

  it('logs pretty lines to a developer at a terminal and JSON everywhere else', () => {
    const servers = { DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379' };
    const production = { ...productionSecrets(), ...servers };
    expect(readConfig({}, true).logFormat).toBe('pretty');
    expect(readConfig({}, false).logFormat).toBe('json');
    expect(readConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(readConfig(production, true).logFormat).toBe('json');
    expect(() => readConfig({ ...production, LOG_FORMAT: 'pretty' })).toThrow(
      'LOG_FORMAT=pretty is for development; production logs JSON',
    );
  });

  it('accepts the signing key as PEM or as its base64', () => {
    const pem = Buffer.from(DEV_DEFAULTS.RECEIPT_SIGNING_KEY, 'base64').toString('utf8');
    expect(readConfig({ RECEIPT_SIGNING_KEY: pem }).receiptSigningKeyPem).toBe(pem);
  });
});

function productionSecrets(): Record<string, string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    NODE_ENV: 'production',
    ADMIN_PASSWORD: 'a production admin password',
    JWT_SECRET: 'p'.repeat(48),
    SEALING_KEY: Buffer.alloc(32, 7).toString('base64'),
    RECEIPT_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    METRICS_TOKEN: 'a production metrics scrape token',
  };
}
