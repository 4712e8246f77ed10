import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuthenticatedRequest, PUBLIC_ROUTE } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { DomainError } from '../../../common/errors/domain-error';
import type { AccessTokenClaims } from '../application/access-token-claims';
import { activeUserById } from '../infrastructure/user-rows';

/**
 * Global guard: a route needs a valid bearer token unless it is @Public(). The account is
 * re-read on every request, so a deactivated user's tokens stop working at once and a
 * role change takes effect immediately. Only HS256 is accepted (never `alg: none`).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
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
      .getRequest<AuthenticatedRequest & { headers: Record<string, unknown> }>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header)?.[1] : undefined;
    const user = token ? await this.authenticate(token) : undefined;
    if (user) request.user = user;
    if (isPublic) return true;
    if (!user) throw new DomainError('UNAUTHENTICATED', 'A valid bearer token is required');
    return true;
  }

  private async authenticate(token: string): Promise<AuthUser | undefined> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return undefined;
    }
    if (typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) return undefined;
    const row = await activeUserById(this.dataSource, claims.sub);
    return row ? { id: row.id, role: row.role, organizationId: row.organization_id } : undefined;
  }
}
