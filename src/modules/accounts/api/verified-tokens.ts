import type { AccessTokenClaims } from '../application/access-token-claims';

type ExpiringClaims = AccessTokenClaims & { exp: number };

/**
 * Claims of access tokens this process has already verified, keyed by the token's exact
 * text, until they expire. An HMAC check is deterministic for one secret, so a token that
 * verified once verifies again until its `exp`, and a client sends the same token on every
 * request: jsonwebtoken's verify was ~5 % of a GET /me CPU profile (issue #19). Only
 * verified tokens with an expiry enter, so forged ones cannot fill it; at the bound the
 * oldest entry goes. The account is still re-read on every request (deactivation, roles).
 */
export class VerifiedTokens {
  private readonly byToken = new Map<string, ExpiringClaims>();

  constructor(private readonly limit = 10_000) {}

  /** The claims, if this exact token verified before and has not expired (as jsonwebtoken judges). */
  claimsOf(token: string, nowSec: number): AccessTokenClaims | undefined {
    const claims = this.byToken.get(token);
    if (claims === undefined) return undefined;
    if (nowSec >= claims.exp) {
      this.byToken.delete(token);
      return undefined;
    }
    return claims;
  }

  remember(token: string, claims: AccessTokenClaims & { exp?: unknown }): void {
    if (typeof claims.exp !== 'number') return;
    if (this.byToken.size >= this.limit) {
      const oldest = this.byToken.keys().next();
      if (!oldest.done) this.byToken.delete(oldest.value);
    }
    this.byToken.set(token, { ...claims, exp: claims.exp });
  }
}
