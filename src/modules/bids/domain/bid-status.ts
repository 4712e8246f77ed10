export const BID_STATUSES = [
  'submitted',
  'withdrawn',
  'invalidated',
  'admitted',
  'rejected',
  'awarded',
  'refused',
  'contracted',
  'lost',
] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

/** Before opening, the investor may still replace or withdraw these. */
export const LIVE_BEFORE_OPENING: readonly BidStatus[] = ['submitted', 'invalidated'];
