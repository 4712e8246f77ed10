import type { EntityManager } from 'typeorm';
import { offsetFindings, type AdmissionRule } from '../../bids';
import { tendersOffsetTerms } from '../../tenders';
import { protocolInputsChanged } from '../infrastructure/kept-protocol.store';

/**
 * Automatic admission (DOMAIN.md §6), applied by the opening step to the bids it has
 * just decrypted, in the same transaction: each opened bid is admitted, or rejected with
 * every failed offset condition of its tender as a reason. The opening decides the
 * protocol's bids and their admission: no protocol kept before it is current.
 */
export function admissionAtOpening(m: EntityManager): AdmissionRule {
  return async (tenderIds) => {
    await protocolInputsChanged(m, tenderIds);
    const termsOf = new Map(
      [...(await tendersOffsetTerms(m, tenderIds))].map(([id, tender]) => [
        id,
        {
          items: tender.items,
          minInvestmentRub: tender.offset_conditions.minInvestmentRub,
          maxBuildMonths: tender.offset_conditions.maxBuildMonths,
          minLocalizationPct: tender.offset_conditions.minLocalizationPct,
          maxContractSharePct: tender.offset_conditions.maxContractSharePct ?? null,
        },
      ]),
    );
    return (bid) => {
      const terms = termsOf.get(bid.tenderId);
      if (!terms) throw new Error(`tender ${bid.tenderId} is gone`);
      return offsetFindings(bid.content, terms);
    };
  };
}
