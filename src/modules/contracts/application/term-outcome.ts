import type { EntityManager } from 'typeorm';
import { termOutcome } from '../domain/compliance';
import { contractById } from '../infrastructure/contract-rows';
import { assessContract } from './contract-assessment';

/**
 * CONTRACT.md §4: how the contract ends at `endsAt`, for the chronograph's term_end step —
 * fulfilled with nothing breached, every order fulfilled and every milestone met.
 */
export async function contractOutcomeAt(
  m: EntityManager,
  contractId: string,
  at: Date,
): Promise<'fulfilled' | 'breached'> {
  const contract = await contractById(m, contractId);
  if (!contract) return 'breached';
  const assessment = await assessContract(m, contract, at);
  return termOutcome(assessment.findings, assessment.orders, assessment.milestones);
}
