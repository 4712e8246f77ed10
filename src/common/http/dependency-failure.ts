/** Errors that mean PostgreSQL or Redis could not be reached, not that our code is wrong. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

export function isDependencyFailure(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof name === 'string' && RELEASED_RUNNER_ERRORS.has(name)) return true;
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code)) return true;
      // PostgreSQL classes 08 (connection exception) and 57P (operator intervention).
      if (/^08...$/.test(code) || /^57P0[1-3]$/.test(code)) return true;
    }
    if (typeof message === 'string' && DEPENDENCY_MESSAGES.some((m) => message.includes(m))) {
      return true;
    }
    e =
      (e as { cause?: unknown; driverError?: unknown }).driverError ??
      (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * TypeORM releases a transaction's query runner as soon as its connection errors (the
 * server went away mid-transaction); the transaction's next query then throws one of these.
 */
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

const DEPENDENCY_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Connection is closed',
  "Stream isn't writeable",
  // pg's client after its connection failed (a hot path's prepared statement runs on it).
  'is not queryable',
];
