/**
 * Government Decree 1042 of 30.08.2017 (CONTRACT.md §5): the fines per fact of a contract,
 * by the band its value falls in. Part of the procedure rules, so a tender keeps the
 * ladders it was published under when the decree is amended.
 */
export interface PenaltyLadders {
  /** A failed order: percent of its stage's value, by the contract value's band. */
  stageFinePct: LadderStep[];
  /** A breach without a price value (build deadline, investment, localization, 30 % rule). */
  fixedFineRub: LadderStep[];
}

export interface LadderStep {
  /** The band's upper bound in rubles, inclusive; null: above every other band. */
  upToRub: string | null;
  /** Percent (stageFinePct) or rubles (fixedFineRub). */
  value: string;
}

const MN = '000000';
const BN = '000000000';

/** Decree 1042 points 3 and 6, as amended in 2022. */
export const DECREE_1042_LADDERS: PenaltyLadders = {
  stageFinePct: [
    { upToRub: `3${MN}`, value: '10' },
    { upToRub: `50${MN}`, value: '5' },
    { upToRub: `100${MN}`, value: '1' },
    { upToRub: `500${MN}`, value: '0.5' },
    { upToRub: `1${BN}`, value: '0.4' },
    { upToRub: `2${BN}`, value: '0.3' },
    { upToRub: `5${BN}`, value: '0.25' },
    { upToRub: `10${BN}`, value: '0.2' },
    { upToRub: null, value: '0.1' },
  ],
  fixedFineRub: [
    { upToRub: `3${MN}`, value: '1000' },
    { upToRub: `50${MN}`, value: '5000' },
    { upToRub: `100${MN}`, value: '10000' },
    { upToRub: null, value: '100000' },
  ],
};
