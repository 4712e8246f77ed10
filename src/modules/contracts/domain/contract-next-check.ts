export interface ContractClockState {
  status: string;
  endsAt: Date | null;
}

export type ContractDueEvent = 'term_end';

/**
 * The chronograph's rule for a contract (DOMAIN.md §8): an active contract completes when
 * its term ends. Milestone deadlines join here with contract performance tracking.
 */
export function nextContractCheck(
  contract: ContractClockState,
): { event: ContractDueEvent; at: Date } | null {
  return contract.status === 'active' && contract.endsAt
    ? { event: 'term_end', at: contract.endsAt }
    : null;
}
