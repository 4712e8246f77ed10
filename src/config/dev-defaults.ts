/**
 * Development defaults: with no environment at all the service runs against PostgreSQL on
 * 127.0.0.1:5432 (user postgres) and Redis on 127.0.0.1:6379. The secrets below are
 * public (they are in this file), so production refuses to start while any is in use.
 */
export const DEV_DEFAULTS = {
  PORT: '3000',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/offset_tender',
  REDIS_URL: 'redis://127.0.0.1:6379',
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
  MIN_PRICE_WEIGHT: '60',
  CHRONOGRAPH_SWEEP_INTERVAL_MS: '30000',
  OCID_PREFIX: 'ocds-offset',
} as const;

export const SECRET_VARIABLES = [
  'ADMIN_PASSWORD',
  'JWT_SECRET',
  'SEALING_KEY',
  'RECEIPT_SIGNING_KEY',
] as const satisfies readonly (keyof typeof DEV_DEFAULTS)[];
