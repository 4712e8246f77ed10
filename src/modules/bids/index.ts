export { BidOrganizationResponse } from './api/bid.responses';
export { openBids } from './application/open-bids';
export type { BidContent } from './domain/bid-content';
export { offsetFindings } from './domain/offset-findings';
export type { Finding } from './domain/offset-findings';
export {
  changeBidStatus,
  changeTenderBidsStatus,
  decideAtOpening,
} from './infrastructure/bid-status.writer';
export { bidderOrganizationIds, openedBidsOfTender } from './infrastructure/bid-reads';
export type { OpenedBidOfTender } from './infrastructure/bid-reads';
