import type {
  FineFact,
  PenaltyInput,
  PricedObligation,
} from '../../src/modules/contracts/domain/penalty-calculator';
import { DECREE_1042_LADDERS } from '../../src/modules/tenders/domain/penalty-ladders';

/** The Moscow contract's value: 16.7 bn rubles (the demo's). */
export const CONTRACT_VALUE_RUB = '16700000000.00';
export const KEY_RATE_16 = [{ effectiveFrom: '2025-12-22', ratePct: '16.00' }];

/** Noon in Moscow of a day: the instant a compliance view is asked for. */
export function noonMoscow(day: string): Date {
  return new Date(`${day}T09:00:00.000Z`);
}

export function anOrder(overrides: Partial<PricedObligation> = {}): PricedObligation {
  return {
    basis: 'ORDER_DELAY',
    entityType: 'order',
    entityId: 'order-1',
    valueRub: '52800000.00',
    dueOn: '2027-03-31',
    fulfilments: [],
    endedOn: null,
    ...overrides,
  };
}

export function aMilestone(overrides: Partial<PricedObligation> = {}): PricedObligation {
  return {
    basis: 'MILESTONE_DELAY',
    entityType: 'milestone',
    entityId: 'milestone-1',
    valueRub: '150000000.00',
    dueOn: '2027-06-30',
    fulfilments: [],
    endedOn: null,
    ...overrides,
  };
}

export function aFine(overrides: Partial<FineFact> = {}): FineFact {
  return {
    basis: 'BUILD_DEADLINE_MISSED',
    entityType: 'contract',
    entityId: 'contract-1',
    on: '2027-06-30',
    ...overrides,
  };
}

/** A computation on the Moscow contract at 16 %, with nothing but what the test adds. */
export function penaltyInput(overrides: Partial<PenaltyInput>): PenaltyInput {
  return {
    contractValueRub: CONTRACT_VALUE_RUB,
    keyRates: KEY_RATE_16,
    asOf: noonMoscow('2027-12-01'),
    ladders: DECREE_1042_LADDERS,
    obligations: [],
    fines: [],
    ...overrides,
  };
}
