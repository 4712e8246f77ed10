/** A filing's receipt: what was filed (its hash), when, and the service's signature. */
export interface Receipt {
  sha256: string;
  submittedAt: string;
  signature: string;
}

/**
 * What a receipt signs (DOMAIN.md §5): `sha256|bidId|version|submittedAt`, so an investor
 * can later prove what it filed and when, against the key at /receipts/public-key.
 */
export function receiptMessage(
  sha256: string,
  bidId: string,
  version: number,
  submittedAt: string,
): string {
  return `${sha256}|${bidId}|${version}|${submittedAt}`;
}
