import { DECREE_1042_LADDERS, type PenaltyLadders } from './penalty-ladders';

/**
 * DOMAIN.md §3: the procedure's rules, snapshot onto each tender when it is published so a
 * later change of configuration never changes a running tender.
 */
export interface ProcedureRules {
  /** false in sandbox mode: only the order of dates and "in the future" are enforced. */
  enforced: boolean;
  minBiddingDays: number;
  enquiriesCloseDaysBeforeDeadline: number;
  enquiriesPerOrganization: number;
  answerDueWorkingDays: number;
  amendmentCutoffWorkingDays: number;
  minDaysLeftAfterConditionChange: number;
  standstillDays: number;
  signingWorkingDays: number;
  minPriceWeight: number;
  /** CONTRACT.md §5: the fines the contract of this tender will be held to. */
  penaltyLadders: PenaltyLadders;
}

export function procedureRules(enforced: boolean, minPriceWeight: number): ProcedureRules {
  return {
    enforced,
    minBiddingDays: 20,
    enquiriesCloseDaysBeforeDeadline: 3,
    enquiriesPerOrganization: 3,
    answerDueWorkingDays: 2,
    amendmentCutoffWorkingDays: 1,
    minDaysLeftAfterConditionChange: 10,
    standstillDays: 10,
    signingWorkingDays: 5,
    minPriceWeight,
    penaltyLadders: DECREE_1042_LADDERS,
  };
}

export const DAY_MS = 24 * 3600 * 1000;
