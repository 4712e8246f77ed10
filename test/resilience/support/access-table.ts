/**
 * Who may call what (API.md), one row per route of /docs-json. `ok` means the role gets
 * past authentication and the role check (the answer may still be 400/404/409: the matrix
 * knocks with random ids and empty bodies); 401 and 403 are the refusals expected.
 * The access-matrix suite fails on a documented route missing here and on a row the
 * server does not document; the fuzzer picks its caller from the same rows.
 */
export const ROLES = ['anonymous', 'investor', 'officer', 'auditor', 'admin'] as const;
export type Caller = (typeof ROLES)[number];
export type Cell = 'ok' | 401 | 403;
type Row = readonly [anonymous: Cell, investor: Cell, officer: Cell, auditor: Cell, admin: Cell];

const anyone: Row = ['ok', 'ok', 'ok', 'ok', 'ok'];
const nobody: Row = [401, 401, 401, 401, 401];
const anyUser: Row = [401, 'ok', 'ok', 'ok', 'ok'];
const investor: Row = [401, 'ok', 403, 403, 403];
const officer: Row = [401, 403, 'ok', 403, 403];
const auditor: Row = [401, 403, 403, 'ok', 403];
const admin: Row = [401, 403, 403, 403, 'ok'];
const auditTrail: Row = [401, 403, 403, 'ok', 'ok'];
const staffReference: Row = [401, 403, 'ok', 'ok', 'ok'];
// Bid and contract reads: parties to the procedure; the admin runs the platform, not tenders.
const parties: Row = [401, 'ok', 'ok', 'ok', 403];
// The review queue across contracts: auditors review, officers read along.
const reviewers: Row = [401, 403, 'ok', 'ok', 403];

export const ACCESS_TABLE: Record<string, Row> = {
  'POST /auth/register': anyone,
  'POST /auth/login': anyone,
  'GET /me': anyUser,
  'POST /users': admin,
  'GET /users': admin,
  'DELETE /users/{id}': admin,

  'GET /audit/events': auditTrail,
  'GET /audit/verify': auditTrail,
  'GET /audit/checkpoints': anyone,
  'GET /health': anyone,
  'GET /health/ready': anyone,
  'GET /metrics': nobody, // Prometheus's scrape token only (platform.e2e-spec.ts)
  'GET /receipts/public-key': anyone,
  'GET /sandbox/clock': anyone,
  'POST /sandbox/clock': admin,

  'GET /admin/calendar/{year}': staffReference,
  'PUT /admin/calendar/{year}': admin,
  'GET /admin/key-rates': staffReference,
  'POST /admin/key-rates': admin,

  'POST /tenders': officer,
  'GET /tenders': anyone,
  'GET /tenders/{id}': anyone,
  'PATCH /tenders/{id}': officer,
  'POST /tenders/{id}/publish': officer,
  'POST /tenders/{id}/amendments': officer,
  'POST /tenders/{id}/cancel': officer,
  'GET /tenders/{id}/schedule': anyone,
  'POST /tenders/{id}/documents': officer,
  'GET /tenders/{id}/documents/{docId}': anyone,
  'POST /tenders/{id}/enquiries': investor,
  'GET /tenders/{id}/enquiries': anyone,
  'POST /tenders/{id}/enquiries/{eid}/answer': officer,

  'POST /tenders/{id}/bids': investor,
  'GET /tenders/{id}/bids': parties,
  'GET /tenders/{id}/bids/{bidId}': parties,
  'PUT /tenders/{id}/bids/{bidId}': investor,
  'POST /tenders/{id}/bids/{bidId}/withdraw': investor,
  'POST /tenders/{id}/bids/{bidId}/confirm': investor,
  'POST /tenders/{id}/bids/{bidId}/documents': investor,
  'GET /tenders/{id}/bids/{bidId}/documents/{docId}': parties,

  'GET /tenders/{id}/evaluation': parties,
  'POST /tenders/{id}/evaluation/declarations': officer,
  'POST /tenders/{id}/evaluation/admission/{bidId}': officer,
  'PUT /tenders/{id}/evaluation/expert-scores/{bidId}': officer,
  'POST /tenders/{id}/award': officer,
  'POST /tenders/{id}/declare-unsuccessful': officer,
  'POST /tenders/{id}/complaints': investor,
  'POST /tenders/{id}/complaints/{cid}/decision': admin,

  'GET /contracts': parties,
  'GET /contracts/{id}': parties,
  'GET /contracts/{id}/compliance': parties,
  'POST /contracts/{id}/sign': investor,
  'POST /contracts/{id}/countersign': officer,
  'POST /contracts/{id}/terminate': officer,
  'POST /contracts/{id}/milestones/{mid}/reports': investor,
  'POST /contracts/{id}/milestones/{mid}/reports/{rid}/review': auditor,
  'POST /contracts/{id}/documents': investor,
  'GET /contracts/{id}/documents/{docId}': parties,
  'GET /contracts/{id}/stages': parties,
  'POST /contracts/{id}/orders': officer,
  'GET /contracts/{id}/orders': parties,
  'POST /contracts/{id}/orders/{oid}/close': officer,
  'POST /contracts/{id}/orders/{oid}/deliveries': investor,
  'POST /contracts/{id}/orders/{oid}/deliveries/{did}/acceptance': officer,
  'POST /contracts/{id}/production-reports': investor,
  'GET /contracts/{id}/production-reports': parties,
  'POST /contracts/{id}/production-reports/{rid}/review': auditor,
  'POST /contracts/{id}/claims': officer,
  'GET /contracts/{id}/claims': parties,
  'POST /contracts/{id}/claims/{cid}/payment': officer,
  'POST /contracts/{id}/claims/{cid}/write-off': officer,
  'POST /contracts/{id}/claims/{cid}/withdraw': officer,
  'GET /reviews/pending': reviewers,

  'GET /notifications': anyUser,
  'POST /notifications/{id}/read': anyUser,
  'GET /tenders/{id}/ocds': anyone,
  'GET /ocds/releases': anyone,
};

export function expectedFor(key: string, caller: Caller): Cell {
  const row = ACCESS_TABLE[key];
  if (!row) throw new Error(`${key} is not in the access table`);
  return row[ROLES.indexOf(caller)];
}
