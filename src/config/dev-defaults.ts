/**
 * Development defaults. DATABASE_URL and REDIS_URL have none: unset, the service runs on an
 * embedded PostgreSQL kept in EMBEDDED_PG_DIR with its queues on that PostgreSQL (see
 * read-config.ts). The secrets below are public (they are in this file), so production
 * refuses to start while any is in use.
 */
export const DEV_DEFAULTS = {
  PORT: '3000',
  EMBEDDED_PG_DIR: './.data/postgres',
  QUEUE_PREFIX: 'offset-tender',
  ADMIN_EMAIL: 'admin@offset-tender.local',
  ADMIN_PASSWORD: 'change-me-admin-password',
  JWT_SECRET: 'development-only-jwt-secret-change-me-0123456789',
  JWT_TTL: '3600',
  SEALING_KEY: '/ltV6K69yT7ewzvf8UUzp1PmDpMfrzUqzCbewA2jYqI=',
  RECEIPT_SIGNING_KEY:
    'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSU00VmlPWEFnVE1TTHhtOUYvazdCVWhHV3ZBTVIyeE5LejFyRUZIL0IvVVcKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=',
  APP_ROLE: 'all',
  LOG_LEVEL: 'info',
  LOGIN_THROTTLE_LIMIT: '10',
  LOGIN_THROTTLE_TTL_MS: '60000',
  AUDIT_SEAL_INTERVAL_MS: '1000',
  AUDIT_CHECKPOINT_INTERVAL_MS: '3600000',
  AUDIT_VERIFY_RANGE: '100000',
  MIN_PRICE_WEIGHT: '60',
  CHRONOGRAPH_SWEEP_INTERVAL_MS: '30000',
  CHRONOGRAPH_TENDER_BATCH: '200',
  OCID_PREFIX: 'ocds-offset',
  METRICS_TOKEN: 'development-only-metrics-token-0123456789',
} as const;

export const SECRET_VARIABLES = [
  'ADMIN_PASSWORD',
  'JWT_SECRET',
  'SEALING_KEY',
  'RECEIPT_SIGNING_KEY',
  'METRICS_TOKEN',
] as const satisfies readonly (keyof typeof DEV_DEFAULTS)[];
