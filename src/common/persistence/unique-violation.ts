import { postgresError } from './postgres-error';

/** True when a write failed on the named UNIQUE constraint (PostgreSQL 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const { code, constraint: violated } = postgresError(error);
  return code === '23505' && violated === constraint;
}
