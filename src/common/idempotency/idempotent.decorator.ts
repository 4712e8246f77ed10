import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT_ROUTE = 'offset-tender:idempotent';

/**
 * This creating POST honours `Idempotency-Key` (API.md conventions) for signed-in callers:
 * the same key with the same body replays the first response; another body → 422.
 */
export const Idempotent = () => SetMetadata(IDEMPOTENT_ROUTE, true);
