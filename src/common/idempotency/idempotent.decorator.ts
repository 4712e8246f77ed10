import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT_ROUTE = 'offset-tender:idempotent';

export interface IdempotentOptions {
  /**
   * The response echoes a sealed request (a bid): it is stored encrypted (IdempotencyCipher),
   * so nothing sealed, nor anything derived from it, is kept in clear in `idempotency_keys`.
   */
  echoesSealedBody?: boolean;
}

/**
 * This creating POST honours `Idempotency-Key` (API.md conventions) for signed-in callers:
 * the same key with the same body replays the first response; another body → 422.
 */
export const Idempotent = (options: IdempotentOptions = {}) =>
  SetMetadata(IDEMPOTENT_ROUTE, options);
