export interface ComplaintView {
  id: string;
  tenderId: string;
  subject: string;
  text: string;
  status: 'pending' | 'upheld' | 'dismissed';
  filedAt: string;
  decision: { reason: string; at: string } | null;
}

export interface ComplaintRow {
  id: string;
  tender_id: string;
  subject: string;
  text: string;
  status: ComplaintView['status'];
  filed_at: Date;
  decided_at?: Date | null;
  decision_reason?: string | null;
}

export function toComplaintView(row: ComplaintRow): ComplaintView {
  return {
    id: row.id,
    tenderId: row.tender_id,
    subject: row.subject,
    text: row.text,
    status: row.status,
    filedAt: row.filed_at.toISOString(),
    decision: row.decided_at
      ? { reason: row.decision_reason ?? '', at: row.decided_at.toISOString() }
      : null,
  };
}
