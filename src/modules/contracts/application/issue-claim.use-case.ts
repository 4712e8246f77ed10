import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, InvalidStateError } from '../../../common/errors/domain-error';
import { refuse } from '../../../common/errors/field-refusal';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { appendAuditEvent } from '../../audit';
import { KeyRatesQuery } from '../../key-rates';
import { notify } from '../../notifications';
import { coverageOf } from '../domain/claim-coverage';
import { CLAIM_INITIAL_STATUS } from '../domain/claim-status';
import { computePenalties } from '../domain/penalty-calculator';
import { claimsOfContract, insertClaim } from '../infrastructure/claim-rows';
import { claimFacts, toClaimView, type ClaimView } from './claim-view';
import { assessContract } from './contract-assessment';
import { readableContract } from './lock-supply-contract';
import { penaltyFacts } from './penalty-facts';

/**
 * An officer claims what has accrued and no earlier claim took (CONTRACT.md §5): the items
 * freeze at the key rate of the as-of day, so a later rate or a later day changes the
 * running figure, never this claim. The contract's row is locked, so two claims at once
 * cannot take the same days.
 */
@Injectable()
export class IssueClaimUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly keyRates: KeyRatesQuery,
  ) {}

  async execute(officer: AuthUser, contractId: string, asOfText?: string): Promise<ClaimView> {
    const keyRates = await this.keyRates.list();
    return this.dataSource.transaction(async (m) => {
      const contract = await readableContract(m, officer, contractId, 'update');
      if (!contract.build_deadline)
        throw new InvalidStateError('The contract is not signed yet', contract.status);
      // Decree 783 settled a fulfilled contract's claims at completion; a claim issued after
      // it would escape that rule.
      if (contract.outcome === 'fulfilled')
        throw new InvalidStateError('The contract was fulfilled and completed', contract.status);
      const now = await this.clock.now(m);
      const asOf = asOfText === undefined ? now : new Date(asOfText);
      if (asOf.getTime() > now.getTime()) {
        refuse(
          'asOf',
          'asOf must not be in the future: only what has accrued is claimed',
          'asOfInFuture',
        );
      }
      const earlier = await claimsOfContract(m, contractId);
      const assessment = await assessContract(m, contract, asOf);
      const due = computePenalties({
        ...(await penaltyFacts(m, contract, assessment, asOf)),
        keyRates,
        claimed: coverageOf(earlier.map(claimFacts)),
      });
      if (due.items.length === 0 || due.accruedRub === '0.00') {
        throw new DomainError(
          'NOTHING_TO_CLAIM',
          'Nothing has accrued since the last claim (or the claims reached the cap)',
        );
      }
      const claim = await insertClaim(m, {
        id: randomUUID(),
        contract_id: contractId,
        issued_by: officer.id,
        issued_at: now,
        as_of: asOf,
        key_rate_pct: due.keyRatePct,
        amount_rub: due.accruedRub,
        items: due.items,
        status: CLAIM_INITIAL_STATUS,
      });
      await appendAuditEvent(m, {
        at: now,
        actor: officer,
        action: 'claim.issued',
        entityType: 'contract',
        entityId: contractId,
        data: {
          claimId: claim.id,
          asOf: asOf.toISOString(),
          keyRatePct: due.keyRatePct,
          amountRub: due.accruedRub,
          items: due.items.length,
        },
      });
      await notify(m, await activeUserIdsOfOrganizations(m, [contract.organization_id]), {
        kind: 'claim_issued',
        subjectType: 'claim',
        subjectId: claim.id,
        message: `A claim for ${due.accruedRub} RUB of penalties and fines is issued (key rate ${due.keyRatePct} %)`,
        at: now,
      });
      return toClaimView(claim);
    });
  }
}
