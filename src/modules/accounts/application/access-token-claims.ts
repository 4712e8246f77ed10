import type { Role } from '../../../common/auth/role';

/** What our JWTs carry. The role is informational: each request re-reads the account. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
}
