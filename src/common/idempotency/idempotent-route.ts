export const IDEMPOTENT_ROUTE = 'offset-tender:idempotent';

export interface IdempotentOptions {
  /**
   * The response echoes a sealed request (a bid): it is stored encrypted (IdempotencyCipher),
   * so nothing sealed, nor anything derived from it, is kept in clear in `idempotency_keys`.
   */
  echoesSealedBody?: boolean;
}
