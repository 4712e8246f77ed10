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
export { bidderOrganizationIds } from './infrastructure/bid-reads';
