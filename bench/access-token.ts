import { createHmac } from 'node:crypto';

/**
 * An HS256 access token with the claims the server's login issues ({ sub, role }), signed
 * with the run's JWT_SECRET. Seeded investors get theirs this way because logging in
 * thousands of them would measure scrypt, not bid intake; the server verifies them as any.
 */
export function accessToken(secret: string, userId: string, role: string, ttlSec = 3600): string {
  const iat = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: userId, role, iat, exp: iat + ttlSec })}`;
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}
