import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { PUBLIC_ROUTE } from '../../../common/auth/auth.decorators';
import type { AccountRequest } from './signed-in-account.decorator';
import { DomainError } from '../../../common/errors/domain-error';
import type { AccessTokenClaims } from '../application/access-token-claims';
import { GroupCommit } from '../../../common/persistence/group-commit';
import { activeAccountsByIds, type ActiveAccountRow } from '../infrastructure/user-rows';
import { VerifiedTokens } from './verified-tokens';

// Only a well-formed id may join a shared read: a malformed one would fail the whole statement.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Global guard: a route needs a valid bearer token unless it is @Public(). The account is
 * re-read on every request, so a deactivated user's tokens stop working at once and a
 * role change takes effect immediately. Requests that arrive while an account read is in
 * flight share the next one (each still read after it arrived): under load one statement
 * authenticates many requests. Only HS256 is accepted (never `alg: none`).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();
  private readonly accounts = new GroupCommit<string, ActiveAccountRow | undefined>({
    run: async (_key, ids) => {
      const found = new Map(
        (await activeAccountsByIds(this.dataSource, ids)).map((a) => [a.id, a]),
      );
      return ids.map((id) => ({ ok: found.get(id.toLowerCase()) }));
    },
    // A failed read (the database unreachable) is every waiting request's answer.
    sharedByAll: () => true,
    maxItems: 100,
  });

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context
      .switchToHttp()
      .getRequest<AccountRequest & { headers: Record<string, unknown> }>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header)?.[1] : undefined;
    const account = token ? await this.authenticate(token) : undefined;
    if (account) {
      request.user = {
        id: account.id,
        role: account.role,
        organizationId: account.organization_id,
        ...(account.organization_id && {
          organization: {
            id: account.organization_id,
            name: account.organization_name as string,
            inn: account.organization_inn as string,
          },
        }),
      };
      request.account = account;
    }
    const user = request.user;
    if (isPublic) return true;
    if (!user) throw new DomainError('UNAUTHENTICATED', 'A valid bearer token is required');
    return true;
  }

  private async authenticate(token: string): Promise<ActiveAccountRow | undefined> {
    const claims =
      this.verified.claimsOf(token, Math.floor(Date.now() / 1000)) ?? (await this.verify(token));
    if (!claims) return undefined;
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub)) return undefined;
    return this.accounts.submit('accounts', claims.sub);
  }

  private async verify(token: string): Promise<AccessTokenClaims | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        algorithms: ['HS256'],
      });
      this.verified.remember(token, claims);
      return claims;
    } catch {
      return undefined;
    }
  }
}
