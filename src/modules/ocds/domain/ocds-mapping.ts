/** Pure OCDS 1.1 mapping (DOMAIN.md §9): no Nest, no TypeORM. Money as JSON numbers. */
export interface OcdsTenderInput {
  id: string;
  status: string;
  title: string;
  description: string;
  customer: string;
  /** The one-line form of version 1, read when `items` is not given. */
  item?: string;
  unit?: string;
  quantity?: number;
  maxUnitPriceRub?: string | null;
  /** The tender's items (CONTRACT.md §1), each with its total quantity over the plan. */
  items?: OcdsItemInput[];
  criteria: { code: string; weight: number }[];
  enquiriesUntil: Date;
  submissionDeadline: Date;
  publishedAt: Date | null;
  updatedAt: Date;
  bidsOpenedAt: Date | null;
  bidsCount: number | null;
  amendments: { number: number; reason: string; createdAt: Date }[];
}
export interface OcdsItemInput {
  code: string;
  name: string;
  unit: string;
  maxUnitPriceRub: string;
  quantity: number;
}
export interface OcdsAwardInput {
  id: string;
  status: string;
  awardedAt: Date;
}
export interface OcdsMilestoneInput {
  id: string;
  title: string;
  dueDate: Date;
  status: string;
  metAt: Date | null;
}
export interface OcdsContractInput {
  id: string;
  awardId: string | null;
  status: string;
  valueRub: string;
  milestones: OcdsMilestoneInput[];
}

const TENDER_STATUS: Record<string, string> = {
  draft: 'planning',
  tendering: 'active',
  evaluation: 'active',
  standstill: 'active',
  contracting: 'active',
  complete: 'complete',
  cancelled: 'cancelled',
  unsuccessful: 'unsuccessful',
};
const CONTRACT_STATUS: Record<string, string> = {
  pending_signature: 'pending',
  active: 'active',
  completed: 'terminated',
  terminated: 'terminated',
  refused: 'cancelled',
};
const MILESTONE_STATUS: Record<string, string> = {
  pending: 'scheduled',
  reported: 'scheduled',
  met: 'met',
  met_late: 'met',
  overdue: 'notMet',
};

export const PENALTIES_TEXT =
  'Penalty for each overdue milestone, per day of delay until its accepted report: ' +
  'keyRate / 300 × (contract value − value of accepted deliveries) (44-FZ art. 34 p. 7), ' +
  'keyRate being the Bank of Russia key rate in force that day; contract value = unit ' +
  'price × quantity. All penalties together are capped at the contract value.';

export const ocidOf = (prefix: string, tenderId: string) => `${prefix}-${tenderId}`;
export const mapTenderStatus = (s: string) => TENDER_STATUS[s] ?? 'active';
/** Decimal string → JSON number (OCDS Value.amount is a number). */
export const amount = (rub: string) => Number(rub);

/** OCDS items: one per product line, quantity over the whole plan, unit value the ceiling. */
function ocdsItems(t: OcdsTenderInput) {
  const lines = t.items ?? [
    {
      code: '1',
      name: t.item ?? '',
      unit: t.unit ?? '',
      maxUnitPriceRub: t.maxUnitPriceRub ?? '0',
      quantity: t.quantity ?? 0,
    },
  ];
  return lines.map((i) => ({
    id: i.code,
    description: i.name,
    quantity: i.quantity,
    unit: { name: i.unit, value: { amount: amount(i.maxUnitPriceRub), currency: 'RUB' } },
  }));
}

export function toOcdsTender(t: OcdsTenderInput) {
  const items = ocdsItems(t);
  // Σ ceiling × quantity, in kopecks so that the sum of several lines stays exact.
  const kopecks = items.reduce(
    (sum, i) => sum + Math.round(i.unit.value.amount * 100) * i.quantity,
    0,
  );
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    status: mapTenderStatus(t.status),
    procuringEntity: { name: t.customer },
    value: { amount: kopecks / 100, currency: 'RUB' },
    items,
    awardCriteria: 'ratedCriteria',
    awardCriteriaDetails: t.criteria.map((c) => `${c.code}: ${c.weight}%`).join('; '),
    enquiryPeriod: {
      startDate: t.publishedAt?.toISOString(),
      endDate: t.enquiriesUntil.toISOString(),
    },
    tenderPeriod: {
      startDate: t.publishedAt?.toISOString(),
      endDate: t.submissionDeadline.toISOString(),
    },
    amendments: t.amendments.map((a) => ({
      id: String(a.number),
      date: a.createdAt.toISOString(),
      rationale: a.reason,
    })),
  };
}

export function toOcdsContract(c: OcdsContractInput) {
  return {
    id: c.id,
    awardID: c.awardId ?? c.id,
    status: CONTRACT_STATUS[c.status] ?? 'pending',
    value: { amount: amount(c.valueRub), currency: 'RUB' },
    description: PENALTIES_TEXT,
    implementation: {
      milestones: c.milestones.map((m) => ({
        id: m.id,
        title: m.title,
        dueDate: m.dueDate.toISOString(),
        status: MILESTONE_STATUS[m.status] ?? 'scheduled',
        ...(m.metAt ? { dateMet: m.metAt.toISOString() } : {}),
      })),
    },
  };
}

/** The compiled release: a full snapshot of what the public may see now. */
export function toCompiledRelease(
  prefix: string,
  t: OcdsTenderInput,
  awards: OcdsAwardInput[],
  contracts: OcdsContractInput[],
) {
  const tags = ['compiled'];
  const release: Record<string, unknown> = {
    ocid: ocidOf(prefix, t.id),
    id: `${ocidOf(prefix, t.id)}-compiled-${t.updatedAt.getTime()}`,
    date: t.updatedAt.toISOString(),
    tag: tags,
    initiationType: 'tender',
    language: 'en',
    buyer: { name: t.customer },
    tender: toOcdsTender(t),
  };
  // Sealed bidding (DOMAIN.md §5): before opening, not even the count of bids.
  if (t.bidsOpenedAt && t.bidsCount !== null) {
    release.bids = {
      statistics: [
        { id: '1', measure: 'bids', value: t.bidsCount, date: t.bidsOpenedAt.toISOString() },
      ],
    };
  }
  if (awards.length > 0) {
    release.awards = awards.map((a) => ({
      id: a.id,
      status: a.status,
      date: a.awardedAt.toISOString(),
    }));
  }
  if (contracts.length > 0) release.contracts = contracts.map(toOcdsContract);
  return release;
}
