import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT_ROUTE = 'offset-tender:idempotent';

export interface IdempotentOptions {
  /**
   * The response echoes a sealed request (a bid): store it without the request's fields
   * and put them back from the replayed request, which the key's hash proves identical.
   * Nothing sealed is then kept in clear in `idempotency_keys`.
   */
  echoesSealedBody?: boolean;
}

/**
 * This creating POST honours `Idempotency-Key` (API.md conventions) for signed-in callers:
 * the same key with the same body replays the first response; another body → 422.
 */
export const Idempotent = (options: IdempotentOptions = {}) =>
  SetMetadata(IDEMPOTENT_ROUTE, options);
