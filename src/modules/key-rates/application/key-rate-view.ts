/** A recorded key rate, in the shape the penalty calculator takes (contracts' KeyRate). */
export interface KeyRateView {
  /** 'YYYY-MM-DD', the Moscow day it took effect. */
  effectiveFrom: string;
  /** Percent per year, two decimals: "16.00". */
  ratePct: string;
}
