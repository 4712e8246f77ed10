import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorEnvelope } from '../errors/error-envelope';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED or a specific code)',
  401: 'UNAUTHENTICATED: missing, invalid or expired token',
  403: 'FORBIDDEN: the role may not do this',
  404: 'NOT_FOUND',
  409: 'Conflict with the current state (see code)',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'IDEMPOTENCY_KEY_REUSED',
  429: 'RATE_LIMITED',
};

/** Documents the error responses a route can give, all in API.md's envelope. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorEnvelope }),
    ),
  );
}
