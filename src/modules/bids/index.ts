export { BidOrganizationResponse } from './api/bid.responses';
export { BidOpeningModule } from './bid-opening.module';
export { BidOpening } from './application/open-bids';
export type { AdmissionRule, OpenedBid, TenderOpening } from './application/open-bids';
export type { BidContent } from './domain/bid-content';
export { offsetFindings } from './domain/offset-findings';
export type { Finding } from './domain/offset-findings';
export { changeBidStatus, changeTenderBidsStatus } from './infrastructure/bid-status.writer';
export {
  bidStatusIn,
  countAdmittedBids,
  decidedBidForUpdate,
  isOpenedBidder,
  openedBidsOf,
} from './infrastructure/opened-bid-reads';
export type { OpenedBidRow } from './infrastructure/opened-bid-reads';
export {
  bidForContract,
  hasOpenedBid,
  lostBidIds,
  openedBidContent,
} from './infrastructure/bid-award-reads';
export { bidderOrganizationIds, openedBidsOfTender } from './infrastructure/bidder-reads';
export type { OpenedBidOfTender } from './infrastructure/bidder-reads';
export { bidPrice, capacityOf, pricedItems, unitPricesOf } from './domain/priced-items';
export type { BidPlant, BidPricing, PricedItem } from './domain/priced-items';
export type { ItemPrice } from './domain/bid-content';
export { bidPricingErrors } from './domain/bid-pricing';
