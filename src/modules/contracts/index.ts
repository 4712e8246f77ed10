export { openContract } from './application/open-contract';
export { refuseContract } from './application/refuse-contract';
export { nextContractCheck } from './domain/contract-next-check';
export type { NextContractEvent } from './domain/contract-next-check';
export { changeContractStatus } from './infrastructure/contract-status.writer';
export { changeMilestoneStatus } from './infrastructure/milestone-status.writer';
export {
  contractClockRow,
  contractsDueForCheck,
  lockContractForCheck,
  scheduleContractCheck,
  tenderContractClockRow,
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
