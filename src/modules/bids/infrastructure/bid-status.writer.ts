import { In, Not, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updateStatus } from '../../../common/status/status-update';
import { plannedQuery } from '../../../common/persistence/prepared-query';
import { appendAuditEvent, appendAuditEvents } from '../../audit';
import type { AuditEntry } from '../../audit';
import { BID_TRANSITIONS, type BidEvent, type BidStatus } from '../domain/bid-status';
import { BidEntity } from './bid.entity';

export interface BidStatusChange {
  bidId: string;
  event: BidEvent;
  at: Date;
  /** Other columns the same step writes, in the same statement. */
  set?: QueryDeepPartialEntity<BidEntity>;
  /** The event recording the change; null where the step's own event is on another aggregate. */
  audit: AuditEntry | null;
}

/**
 * The one writer of `bids.status`, in the caller's transaction: a bid moves only as
 * BID_TRANSITIONS allows (else 409 INVALID_STATE), with its audit event beside it.
 */
export async function changeBidStatus(
  m: EntityManager,
  change: BidStatusChange,
): Promise<BidStatus> {
  const to = await updateStatus(m, {
    target: BidEntity,
    table: BID_TRANSITIONS,
    aggregate: 'Bid',
    id: change.bidId,
    event: change.event,
    at: change.at,
    set: change.set,
  });
  if (change.audit) await appendAuditEvent(m, change.audit);
  return to;
}

export interface BidReplacement {
  bidId: string;
  version: number;
  receiptSignature: string;
}

/**
 * Replaced bids (the intake's group commit): each moves by `replace` to its new version,
 * receipt and `at`, in one statement, with one `bid.replaced` event per version filed.
 * The caller holds the bids FOR UPDATE and checked each move, so a bid that does not move
 * is a bug, not a refusal.
 */
export async function recordReplacedBids(
  m: EntityManager,
  replaced: readonly BidReplacement[],
  at: Date,
  audit: readonly AuditEntry[],
): Promise<void> {
  const { from, to } = BID_TRANSITIONS.replace;
  // Planned at each call, not prepared: see lockOwnBidsOfTender. Sent with the events
  // behind it, in one round trip when the transaction is pipelined.
  const update = plannedQuery(
    m,
    `UPDATE bids b SET status = $4, version = r.version, submitted_at = $5, updated_at = $5,
       receipt_signature = r.signature
     FROM unnest($1::uuid[], $2::int[], $3::text[]) AS r(id, version, signature)
     WHERE b.id = r.id AND b.status = ANY($6::text[])`,
    [
      replaced.map((r) => r.bidId),
      replaced.map((r) => r.version),
      replaced.map((r) => r.receiptSignature),
      to,
      at,
      [...from],
    ],
  );
  const [{ rowCount: moved }] = await Promise.all([update, appendAuditEvents(m, audit)]);
  if (moved !== replaced.length) {
    throw new Error(`${replaced.length - (moved ?? 0)} locked bid(s) did not move by replace`);
  }
}

export interface TenderBidsStatusChange {
  tenderId: string;
  event: BidEvent;
  at: Date;
  /** The one bid the step moves by another event (the award's winner). */
  exceptBidId?: string;
  /** One event per bid moved, or null where the tender's event records the step. */
  audit: ((bidId: string) => AuditEntry) | null;
}

/**
 * Every bid of a tender that `event` may leave, moved at once (an amendment invalidates
 * them, the award's losers, a complaint upheld): one statement however many bids.
 * Returns the ids moved.
 */
export async function changeTenderBidsStatus(
  m: EntityManager,
  change: TenderBidsStatusChange,
): Promise<string[]> {
  const { from, to } = BID_TRANSITIONS[change.event];
  const result = await m
    .createQueryBuilder()
    .update(BidEntity)
    .set({ status: to, updatedAt: change.at })
    .where({
      tenderId: change.tenderId,
      status: In([...from]),
      ...(change.exceptBidId ? { id: Not(change.exceptBidId) } : {}),
    })
    .returning('id')
    .execute();
  const ids = (result.raw as { id: string }[]).map((r) => r.id);
  if (change.audit) await appendAuditEvents(m, ids.map(change.audit));
  return ids;
}

export interface OpeningDecision {
  bidId: string;
  tenderId: string;
  /** The opened bid's canonical JSON, as decrypted. */
  content: string;
  /** Every failed offset condition; none: admitted. */
  reasons: { code: string; message: string }[];
}

/**
 * The opening's write (DOMAIN.md §5–6): each opened bid's content with its automatic
 * admission decision, admitted or rejected with its findings, in one statement for all
 * the bids given (one new row version per bid, not one for the content and another for
 * the decision), each with its `bid.admitted` / `bid.rejected` event. The two statements
 * are independent and queued together, so a caller that awaits later (the opening, which
 * decrypts its next batch meanwhile) has each batch's writes run in the order it called.
 */
export async function recordOpenedBids(
  m: EntityManager,
  decisions: readonly OpeningDecision[],
  at: Date,
): Promise<void> {
  if (decisions.length === 0) return;
  const events = decisions.map((d) =>
    d.reasons.length === 0 ? ('admit_at_opening' as const) : ('reject_at_opening' as const),
  );
  const from = [...new Set(events.flatMap((e) => BID_TRANSITIONS[e].from))];
  // Contents and reasons travel as one JSON array each, not as jsonb[]: an array literal
  // escapes every quote of every content, and PostgreSQL spent 390 ms binding 10,000.
  const update = m.query(
    `UPDATE bids b SET opened_content = d.content, status = d.status,
       rejection_reasons = d.reasons, updated_at = $5
     FROM (
       SELECT u.id, u.status, c.value AS content, r.value AS reasons
       FROM unnest($1::uuid[], $3::text[]) WITH ORDINALITY AS u(id, status, n)
       JOIN jsonb_array_elements($2::jsonb) WITH ORDINALITY AS c(value, n) USING (n)
       JOIN jsonb_array_elements($4::jsonb) WITH ORDINALITY AS r(value, n) USING (n)
     ) d
     WHERE b.id = d.id AND b.status = ANY($6::text[])`,
    [
      decisions.map((d) => d.bidId),
      `[${decisions.map((d) => d.content).join(',')}]`,
      events.map((e) => BID_TRANSITIONS[e].to),
      JSON.stringify(decisions.map((d) => d.reasons)),
      at,
      from,
    ],
  );
  const audit = appendAuditEvents(
    m,
    decisions.map((d, i) => ({
      at,
      actor: null,
      action: events[i] === 'admit_at_opening' ? 'bid.admitted' : 'bid.rejected',
      entityType: 'bid',
      entityId: d.bidId,
      data: { tenderId: d.tenderId, reasons: d.reasons.map((r) => r.code) },
    })),
  );
  await Promise.all([update, audit]);
}
