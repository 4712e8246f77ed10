import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../../common/auth/role';

export interface ActiveUserRow {
  id: string;
  role: Role;
  organization_id: string | null;
}

/** The account behind a token, if it still exists and is active. */
export async function activeUserById(
  db: DataSource,
  id: string,
): Promise<ActiveUserRow | undefined> {
  const rows = await db.query<ActiveUserRow[]>(
    'SELECT id, role, organization_id FROM users WHERE id = $1 AND active',
    [id],
  );
  return rows[0];
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
