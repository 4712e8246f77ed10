import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../../common/auth/role';

export interface ActiveAccountRow {
  id: string;
  email: string;
  full_name: string;
  role: Role;
  organization_id: string | null;
  organization_name: string | null;
  organization_inn: string | null;
  created_at: Date;
}

/**
 * The accounts behind tokens with their organizations, those that still exist and are
 * active: one indexed read that authenticates every request (concurrent requests share
 * it) and is all GET /me needs.
 */
export async function activeAccountsByIds(
  db: DataSource,
  ids: readonly string[],
): Promise<ActiveAccountRow[]> {
  // Planned at each call, not prepared: a plan cached while `users` is small (a fresh
  // deployment; the bench's GET /me phase on three users) scans the table, and PostgreSQL
  // keeps it until the next ANALYZE however many users come (PostgreSQL CPU per bid 0.53 →
  // 1.46 ms in the intake after 200 GET /me, BENCHMARKS.md). A batch shares the planning.
  return db.query<ActiveAccountRow[]>(
    `SELECT u.id, u.email, u.full_name, u.role, u.organization_id, u.created_at,
       o.name AS organization_name, o.inn AS organization_inn
     FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE u.id = ANY($1::uuid[]) AND u.active`,
    [ids],
  );
}

export async function userEmailExists(db: DataSource, email: string): Promise<boolean> {
  const rows = await db.query<unknown[]>('SELECT 1 FROM users WHERE email = $1', [email]);
  return rows.length > 0;
}

/** The new admin's id, or undefined if the email was taken meanwhile. */
export async function insertAdminUnlessTaken(
  m: EntityManager,
  email: string,
  passwordHash: string,
): Promise<string | undefined> {
  const rows = await m.query<{ id: string }[]>(
    `INSERT INTO users (email, password_hash, full_name, role)
     VALUES ($1, $2, 'Administrator', 'admin')
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email, passwordHash],
  );
  return rows[0]?.id;
}

/** Of the given ids, those that are active officers. */
export async function activeOfficerIds(m: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await m.query<{ id: string }[]>(
    `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role = 'officer' AND active`,
    [ids],
  );
  return rows.map((r) => r.id);
}
