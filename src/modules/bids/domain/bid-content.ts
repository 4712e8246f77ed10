export const MILESTONE_CODES = [
  'land_secured',
  'permit_obtained',
  'construction_started',
  'equipment_installed',
  'commissioning',
  'production_start',
  'localization_confirmed',
  'other',
] as const;
export type MilestoneCode = (typeof MILESTONE_CODES)[number];

export interface PlannedMilestone {
  code: MilestoneCode;
  title: string;
  dueMonth: number;
  investmentRub: string;
}

/** A bid's price for one item of the tender (CONTRACT.md §1). */
export interface ItemPrice {
  item: string;
  unitPriceRub: string;
}

/**
 * What an investor offers (API.md submit body). Money as decimal strings. A tender of
 * several items is priced with `prices` and `plant.capacityByItem`; a one-item tender may
 * keep the one-line `unitPriceRub` and `plant.capacityPerYear` (CONTRACT.md §1). Intake
 * checks that exactly one form covers every item (bid-pricing.ts).
 */
export interface BidContent {
  unitPriceRub?: string;
  prices?: ItemPrice[];
  investmentRub: string;
  buildMonths: number;
  localizationPct: number;
  plant: { address: string; capacityPerYear?: number; capacityByItem?: Record<string, number> };
  milestones: PlannedMilestone[];
  technicalProposal: string;
}
