/**
 * The PostgreSQL error behind a failed query: TypeORM wraps pg's error as `driverError`
 * (a QueryFailedError); a plain pg error is its own.
 */
export function postgresError(error: unknown): { code?: string; constraint?: string } {
  const e = error as { driverError?: { code?: string; constraint?: string } } | undefined;
  return (e?.driverError ?? e ?? {}) as { code?: string; constraint?: string };
}
