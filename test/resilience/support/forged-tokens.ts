import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT signed with HMAC as jsonwebtoken would, but with any header, claims and key. */
export function hmacJwt(
  claims: Record<string, unknown>,
  secret: string,
  alg: 'HS256' | 'HS384' | 'HS512' = 'HS256',
): string {
  const data = `${b64url({ alg, typ: 'JWT' })}.${b64url(claims)}`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${data}.${createHmac(hash, secret).update(data).digest('base64url')}`;
}

/** The classic forgery: no signature at all, and the header says that is fine. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
}

/**
 * Fresh secrets for one server, each long and unique, so a grep of responses and logs for
 * them cannot match by accident and cannot miss a leak of a development default.
 */
export function freshSecrets() {
  const pem = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  return {
    JWT_SECRET: `jwt-${randomBytes(24).toString('hex')}`,
    ADMIN_PASSWORD: `admin-${randomBytes(12).toString('hex')}`,
    SEALING_KEY: randomBytes(32).toString('base64'),
    RECEIPT_SIGNING_KEY: Buffer.from(pem).toString('base64'),
    METRICS_TOKEN: `metrics-${randomBytes(16).toString('hex')}`,
  };
}

/** Every form a secret could leak in: as configured, and decoded where it is an encoding. */
export function secretForms(secrets: ReturnType<typeof freshSecrets>): Record<string, string> {
  const sealing = Buffer.from(secrets.SEALING_KEY, 'base64');
  const pemBody = Buffer.from(secrets.RECEIPT_SIGNING_KEY, 'base64')
    .toString()
    .split('\n')
    .filter((line) => line && !line.startsWith('-----'))
    .join('');
  return {
    ...secrets,
    'SEALING_KEY (hex)': sealing.toString('hex'),
    'SEALING_KEY (base64url)': sealing.toString('base64url'),
    'RECEIPT_SIGNING_KEY (PEM body)': pemBody,
  };
}
