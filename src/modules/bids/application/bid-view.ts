import type { BidContent } from '../domain/bid-content';
import type { BidStatus } from '../domain/bid-status';
import type { Finding } from '../domain/offset-findings';
import type { Receipt } from '../infrastructure/receipt-signer';

export interface BidOrganization {
  id: string;
  name: string;
  inn: string;
}

/**
 * A bid as the API shows it. `content` is present when it is known without decrypting:
 * in the response to the submission itself, and after opening. Before opening even the
 * owner sees only the receipt: the server cannot read a sealed bid.
 */
export interface BidView extends Partial<BidContent> {
  id: string;
  tenderId: string;
  organization: BidOrganization;
  status: BidStatus;
  version: number;
  submittedAt: string;
  updatedAt: string;
  sealed: boolean;
  warnings?: Finding[];
  receipt: Receipt;
  /** The bid's documents; their names are sealed (null) until opening. */
  documents?: BidDocumentSummary[];
}

export interface BidDocumentSummary {
  id: string;
  filename: string | null;
  size: number;
  sha256: string;
}

/** The stored view of a bid: content only once opened (sealed: false). */
export function storedBidView(
  bid: {
    id: string;
    tenderId: string;
    status: BidStatus;
    version: number;
    submittedAt: Date;
    updatedAt: Date;
    receiptSignature: string;
    openedContent: BidContent | null;
  },
  organization: BidOrganization,
  sha256: string,
): BidView {
  const at = bid.submittedAt.toISOString();
  return {
    id: bid.id,
    tenderId: bid.tenderId,
    organization,
    status: bid.status,
    version: bid.version,
    submittedAt: at,
    updatedAt: bid.updatedAt.toISOString(),
    sealed: bid.openedContent === null,
    receipt: { sha256, submittedAt: at, signature: bid.receiptSignature },
    ...(bid.openedContent ?? {}),
  };
}
