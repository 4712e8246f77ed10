import type { ErrorCode } from './error-codes';

/**
 * The one error type that domain and application code throw. The HTTP layer maps `code`
 * to a status (error-codes.ts); the worker logs it. No HTTP knowledge below controllers.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role may not do this') {
    super('FORBIDDEN', message);
  }
}

export class InvalidStateError extends DomainError {
  constructor(message: string, status: string) {
    super('INVALID_STATE', message, { status });
  }
}
