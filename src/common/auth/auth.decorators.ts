import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthUser, Role } from './role';

export const PUBLIC_ROUTE = 'offset-tender:public';
export const ROLES_KEY = 'offset-tender:roles';

/** Anyone may call this route, signed in or not (the caller is still read when given). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call this route; others get 403 FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface AuthenticatedRequest {
  user?: AuthUser;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | undefined =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
