import { anOffer, batteryTender as demoBatteryTender } from '../src/cli/data';

/**
 * The Moscow battery tender of DOMAIN.md §1 with a timeline of the bench's choosing.
 * `expertCriterion: false` drops the commission-scored "technology" criterion, so an
 * award needs no expert scores (the 10,000-bid evaluation measures computation, not a
 * commission typing 10,000 scores).
 */
export function batteryTender(
  commission: string[],
  enquiriesUntil: Date,
  submissionDeadline: Date,
  expertCriterion = true,
) {
  const demo = demoBatteryTender(commission, enquiriesUntil);
  return {
    ...demo,
    criteria: expertCriterion
      ? demo.criteria
      : [
          { code: 'price', weight: 60 },
          { code: 'investment', weight: 20 },
          { code: 'buildTime', weight: 10 },
          { code: 'localization', weight: 10 },
        ],
    timeline: {
      enquiriesUntil: enquiriesUntil.toISOString(),
      submissionDeadline: submissionDeadline.toISOString(),
    },
  };
}

/**
 * A bid that meets every offset condition. `n` varies price, investment and build time
 * (integer arithmetic on kopecks and millions: money is never a float) so that ranking
 * has work to do.
 */
export function aBid(n = 0) {
  const priceKopecks = 130_000_000n + BigInt(n % 1500) * 1000n; // 1,300,000.00 … 1,314,990.00 RUB
  const unitPriceRub = `${priceKopecks / 100n}.${String(priceKopecks % 100n).padStart(2, '0')}`;
  return anOffer(unitPriceRub, 3400 + (n % 500), 24 + (n % 12), 55 + (n % 40));
}
