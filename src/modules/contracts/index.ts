export { openContract } from './application/open-contract';
export { refuseContract } from './application/refuse-contract';
export { nextContractCheck } from './domain/contract-next-check';
export type { NextContractEvent } from './domain/contract-next-check';
export { changeContractStatus } from './infrastructure/contract-status.writer';
export {
  changeMilestoneStatus,
  changeMilestoneStatuses,
} from './infrastructure/milestone-status.writer';
export { changeOrderStatus } from './infrastructure/order-status.writer';
export {
  contractClockRows,
  lockContractForCheck,
  lockContractsDueForCheck,
  scheduleContractChecks,
  tenderContractClockRows,
} from './infrastructure/contract-clock-reads';
export type {
  ContractClockRow,
  TenderContractClockRow,
} from './infrastructure/contract-clock-reads';
export {
  contractIdsOfTender,
  contractsOfTender,
  milestonesOfTender,
  tendersOfContractsAndMilestones,
} from './infrastructure/contract-ocds-reads';
export type { ContractOfTender, MilestoneOfTender } from './infrastructure/contract-ocds-reads';
export { recordMissingProductionReport } from './infrastructure/production-report-rows';
export { productionReportDueAt } from './domain/production-reports';
export { contractOutcomeAt } from './application/term-outcome';
export { writeOffClaimsUnderPp783 } from './application/write-off-claims-under-pp783';
export { ordersOfTender } from './infrastructure/contract-ocds-order-reads';
export type { OrderOfTender } from './infrastructure/contract-ocds-order-reads';
