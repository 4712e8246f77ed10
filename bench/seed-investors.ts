import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { accessToken } from './access-token';

export interface SeededInvestor {
  userId: string;
  organizationId: string;
  token: string;
}

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
let nextInn = 100_000_000;

/** A distinct 10-digit INN with a correct check digit (organizations.inn is unique). */
function uniqueInn(): string {
  const digits = String(nextInn++).split('').map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * INN_WEIGHTS[i], 0);
  return [...digits, (sum % 11) % 10].join('');
}

/**
 * Investors written straight into the database, one organization each, with minted
 * tokens: registering them over HTTP would spend minutes in scrypt before anything is
 * measured. The password hash is a placeholder; these accounts never log in.
 */
export async function seedInvestors(
  sql: Client,
  count: number,
  jwtSecret: string,
): Promise<SeededInvestor[]> {
  const orgIds = Array.from({ length: count }, () => randomUUID());
  const userIds = Array.from({ length: count }, () => randomUUID());
  const inns = orgIds.map(uniqueInn);
  await sql.query('BEGIN');
  await sql.query(
    `INSERT INTO organizations (id, name, inn)
     SELECT id, 'Bench Battery Works ' || inn, inn FROM unnest($1::uuid[], $2::text[]) AS t(id, inn)`,
    [orgIds, inns],
  );
  await sql.query(
    `INSERT INTO users (id, email, password_hash, full_name, role, organization_id)
     SELECT u, 'investor-' || o || '@bench.example.org', 'not-a-password-hash', 'Bench Investor',
       'investor', o
     FROM unnest($1::uuid[], $2::uuid[]) AS t(u, o)`,
    [userIds, orgIds],
  );
  await sql.query('COMMIT');
  return userIds.map((userId, i) => ({
    userId,
    organizationId: orgIds[i],
    token: accessToken(jwtSecret, userId, 'investor'),
  }));
}
