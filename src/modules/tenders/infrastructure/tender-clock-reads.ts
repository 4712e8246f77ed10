import type { EntityManager } from 'typeorm';
import type { ProcedureRules } from '../domain/procedure-rules';
import type { TenderStatus } from '../domain/tender-status';

export interface TenderClockRow {
  status: TenderStatus;
  submissionDeadline: Date;
  commission: string[];
  rules: ProcedureRules | null;
  signingDays: number;
  /** Unanswered questions, oldest first (whether reminded is the notifications' record). */
  openEnquiries: { id: string; askedAt: Date }[];
}

/** The tenders' own part of the chronograph's state, with their unanswered questions. */
export async function tenderClockRows(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<Map<string, TenderClockRow>> {
  const rows = await m.query<
    {
      id: string;
      status: TenderStatus;
      submission_deadline: Date;
      commission: string[];
      rules: ProcedureRules | null;
      signing_days: number;
      enquiry_ids: string[];
      enquiry_asked_at: Date[];
    }[]
  >(
    `SELECT t.id, t.status, t.submission_deadline, t.commission, t.rules, t.signing_days,
       COALESCE(q.ids, '{}') AS enquiry_ids, COALESCE(q.asked, '{}') AS enquiry_asked_at
     FROM tenders t
     LEFT JOIN LATERAL (
       SELECT array_agg(e.id ORDER BY e.asked_at, e.id) AS ids,
              array_agg(e.asked_at ORDER BY e.asked_at, e.id) AS asked
       FROM enquiries e WHERE e.tender_id = t.id AND e.answer IS NULL
     ) q ON true
     WHERE t.id = ANY($1::uuid[])`,
    [tenderIds],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        status: row.status,
        submissionDeadline: row.submission_deadline,
        commission: row.commission,
        rules: row.rules,
        signingDays: row.signing_days,
        openEnquiries: row.enquiry_ids.map((id, i) => ({ id, askedAt: row.enquiry_asked_at[i] })),
      },
    ]),
  );
}

/** When the chronograph looks at each tender next (null: nothing is ever due again). */
export async function scheduleTenderChecks(
  m: EntityManager,
  checks: readonly { tenderId: string; at: Date | null }[],
): Promise<void> {
  if (checks.length === 0) return;
  await m.query(
    `UPDATE tenders t SET next_check_at = c.at
     FROM unnest($1::uuid[], $2::timestamptz[]) AS c(id, at) WHERE t.id = c.id`,
    [checks.map((c) => c.tenderId), checks.map((c) => c.at)],
  );
}

/**
 * Holds up to `limit` tenders whose next check has come, most overdue first, for one
 * batch of the chronograph; skipLocked passes over tenders another transaction holds (a
 * worker's batch, a bid being filed) instead of waiting for them.
 */
export async function lockTendersDueForCheck(
  m: EntityManager,
  now: Date,
  limit: number,
  skipLocked: boolean,
): Promise<string[]> {
  const rows = await m.query<{ id: string }[]>(
    `SELECT id FROM tenders WHERE next_check_at <= $1 ORDER BY next_check_at, id LIMIT $2
     FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}

/** Holds the tender's row for the chronograph; false if it is gone or (skipLocked) held. */
export async function lockTenderForCheck(
  m: EntityManager,
  tenderId: string,
  skipLocked: boolean,
): Promise<boolean> {
  const locked = await m.query<unknown[]>(
    `SELECT 1 FROM tenders WHERE id = $1 FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
    [tenderId],
  );
  return locked.length > 0;
}
