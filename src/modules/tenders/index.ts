export { CriterionInput } from './api/tender.dtos';
export { lockTenderForBidding } from './application/tender-for-bidding';
export type { TenderForBidding } from './application/tender-for-bidding';
export { TenderLifecycleHooks } from './application/tender-lifecycle-hooks';
export { TendersQuery } from './application/tenders.query';
export { criteriaProblems } from './domain/criteria';
export type { Criterion, CriterionCode } from './domain/criteria';
export { DAY_MS } from './domain/procedure-rules';
export type { ProcedureRules } from './domain/procedure-rules';
export { closingEvent, nextTenderCheck, nextTenderTransition } from './domain/tender-next-check';
export type { NextTenderEvent, TenderClockState, TenderDueEvent } from './domain/tender-next-check';
export type { TenderStatus } from './domain/tender-status';
export { changeTenderStatus, changeTenderStatuses } from './infrastructure/tender-status.writer';
export type { OffsetConditions, TenderEntity } from './infrastructure/tender.entity';
export { TendersModule } from './tenders.module';
export { recordBidsOpened, tenderSealStates } from './infrastructure/tender-opening';
export type { TenderSealState } from './infrastructure/tender-opening';
export {
  tenderCriteriaAndCommission,
  tenderForEvaluationForUpdate,
  tendersOffsetTerms,
} from './infrastructure/tender-reads';
export type { TenderEvaluationRow, TenderOffsetTerms } from './infrastructure/tender-reads';
export {
  tenderContractTerms,
  tenderMinInvestment,
  tenderStatusForUpdate,
  tenderSupplyItems,
} from './infrastructure/tender-contract-terms';
export type { TenderContractTerms } from './infrastructure/tender-contract-terms';
export { setTenderNextCheck } from './infrastructure/tender-next-check.store';
export {
  lockTenderForCheck,
  lockTendersDueForCheck,
  scheduleTenderChecks,
  tenderClockRows,
} from './infrastructure/tender-clock-reads';
export type { TenderClockRow } from './infrastructure/tender-clock-reads';
export { amendmentsOfTender, enquiriesOfTender } from './infrastructure/tender-ocds-reads';
export type { AmendmentOfTender, EnquiryOfTender } from './infrastructure/tender-ocds-reads';
export {
  firstSupplyYear,
  itemsOfOneLineSubject,
  itemsOfTender,
  plannedQuantity,
  supplyPlanProblems,
} from './domain/supply-plan';
export type { OneLineSubject, PlanTerms, SupplyItem } from './domain/supply-plan';
export {
  tenderMaxContractSharePct,
  tenderPenaltyLadders,
} from './infrastructure/tender-contract-conditions';
export { DECREE_1042_LADDERS } from './domain/penalty-ladders';
export type { LadderStep, PenaltyLadders } from './domain/penalty-ladders';
