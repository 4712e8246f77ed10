import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../../../common/auth/auth.decorators';
import { toAccountView, type UserView } from '../application/user-view';
import type { ActiveAccountRow } from '../infrastructure/user-rows';

/** A request the JWT guard authenticated, with the account row it read to do so. */
export interface AccountRequest extends AuthenticatedRequest {
  account?: ActiveAccountRow;
}

/** The signed-in account as the guard read it: GET /me needs no second read. */
export const SignedInAccount = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): UserView | undefined => {
    const row = ctx.switchToHttp().getRequest<AccountRequest>().account;
    return row ? toAccountView(row) : undefined;
  },
);
