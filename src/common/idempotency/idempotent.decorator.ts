import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IDEMPOTENT_ROUTE, type IdempotentOptions } from './idempotent-route';

/**
 * This creating POST honours `Idempotency-Key` (API.md conventions) for signed-in callers:
 * the same key with the same body replays the first response; another body → 422. The
 * interceptor is bound to these routes only: as a global one it cost every other request
 * its pipeline (an AsyncResource bind per call, ~2 % of a GET /me profile).
 */
export const Idempotent = (options: IdempotentOptions = {}) =>
  applyDecorators(SetMetadata(IDEMPOTENT_ROUTE, options), UseInterceptors(IdempotencyInterceptor));
