import { randomBytes } from 'node:crypto';
import type { ApiClient, ApiResponse, SignedIn } from '../../support/api-client';
import { aBid } from '../../support/tender-factory';

/** Strings and amounts no response, header or log line may carry before opening. */
export function sealMarkers() {
  const mark = `SEALMARK${randomBytes(6).toString('hex')}`;
  return {
    mark,
    price: '1313131.31',
    investment: '3456789012.00',
    needles: [mark, '1313131', '3456789012'],
  };
}

export type SealMarkers = ReturnType<typeof sealMarkers>;

/** A bid carrying the markers in every free-text and money field, and a marked document. */
export async function submitMarkedBid(
  api: ApiClient,
  tenderId: string,
  bidder: SignedIn,
  m: SealMarkers,
): Promise<{ bidId: string; docId: string }> {
  const bid = await api.post(
    `/tenders/${tenderId}/bids`,
    aBid({
      unitPriceRub: m.price,
      investmentRub: m.investment,
      technicalProposal: `${m.mark} solid-state cells`,
      plant: { address: `${m.mark} Zelenograd`, capacityPerYear: 5000 },
    }),
    bidder.token,
  );
  if (bid.status !== 201) throw new Error(`bid: ${bid.status} ${bid.text}`);
  const doc = await api.upload(
    `/tenders/${tenderId}/bids/${bid.body.id}/documents`,
    { name: `${m.mark}-plan.pdf`, bytes: Buffer.from(`%PDF ${m.mark} 1313131.31`) },
    bidder.token,
  );
  if (doc.status !== 201) throw new Error(`document: ${doc.status} ${doc.text}`);
  return { bidId: bid.body.id, docId: doc.body.id };
}

/** Which needles a response shows, in its body or any header. */
export function leaked(res: ApiResponse, needles: string[]): string[] {
  const headers = [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  return needles.filter((n) => res.text.includes(n) || headers.includes(n));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g;

/**
 * What an observer can compare between two answers: status, body and its length, with the
 * named ids swapped for their roles, other ids and instants blanked, and the platform-wide
 * release sequence in OCDS release ids (`<ocid>-7`, `<ocid>-compiled-<ms>`) dropped.
 */
export function shape(res: ApiResponse, names: Record<string, string> = {}) {
  let text = res.text;
  for (const [id, name] of Object.entries(names)) text = text.split(id).join(name);
  const body = text
    .replace(UUID, '<uuid>')
    .replace(INSTANT, '<instant>')
    .replace(/(>-(?:compiled-)?)\d+/g, '$1<n>');
  return { status: res.status, length: Buffer.byteLength(body), body };
}
