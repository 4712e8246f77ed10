/** Pure mapping of the OCDS extension fields (enquiries, bids details). */
export interface OcdsEnquiryInput {
  id: string;
  question: string;
  askedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
}

export interface OcdsBidInput {
  id: string;
  status: string;
  submittedAt: Date;
  /** The bid price (CONTRACT.md §1: Σ unit price × planned quantity); null if unknown. */
  valueRub: string | null;
}

/** Enquiries extension, without askers (neither user nor organization). */
export const toOcdsEnquiries = (list: OcdsEnquiryInput[]) =>
  list.map((e) => ({
    id: e.id,
    date: e.askedAt.toISOString(),
    description: e.question,
    ...(e.answer !== null ? { answer: e.answer } : {}),
    ...(e.answeredAt ? { dateAnswered: e.answeredAt.toISOString() } : {}),
  }));

/** Bids extension details: only once there is an award (DOMAIN.md §9), without bidders. */
export const toOcdsBidDetails = (bids: OcdsBidInput[]) =>
  bids.map((b) => ({
    id: b.id,
    date: b.submittedAt.toISOString(),
    status: b.status,
    ...(b.valueRub !== null ? { value: { amount: Number(b.valueRub), currency: 'RUB' } } : {}),
  }));
