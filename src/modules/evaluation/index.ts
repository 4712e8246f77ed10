export { admissionAtOpening } from './application/admission-at-opening';
export { currentProtocol } from './application/protocol';
export { changePendingAwardStatus } from './infrastructure/award-status.writer';
export { reopenProtocol } from './infrastructure/protocol-status.writer';
export { rankedBidsOfFinalProtocol } from './infrastructure/protocol-reads';
export { extendStandstillTo } from './infrastructure/award-standstill.store';
export { awardsOfTender, pendingAwardStandstillEndsAt } from './infrastructure/award-reads';
export type { AwardOfTender } from './infrastructure/award-reads';
