import Decimal from 'decimal.js';
import { MONEY_PATTERN } from '../../../common/money/money';
import { addDays, isIsoDate, moscowDate } from '../../calendar';
import { KEY_RATE_PCT_PATTERN } from '../../key-rates';
import type { LadderStep, PenaltyLadders } from '../../tenders';

/** A Bank of Russia key rate and the Moscow day it took effect. */
export interface KeyRate {
  /** 'YYYY-MM-DD', Moscow. */
  effectiveFrom: string;
  /** Percent per year: "16.00" = 16 %. */
  ratePct: string;
}

/** An obligation with a price of its own: an order, or a build milestone's tranche. */
export interface PricedObligation {
  basis: 'ORDER_DELAY' | 'MILESTONE_DELAY';
  entityType: 'order' | 'milestone';
  entityId: string;
  valueRub: string;
  /** The last Moscow day that is on time. */
  dueOn: string;
  /** What of it was accepted, and on which Moscow day: it leaves the base the day after. */
  fulfilments: { on: string; valueRub: string }[];
  /** The Moscow day the delay ended (full acceptance, the accepted report's day, a failed order's closing); null while it goes on. */
  endedOn: string | null;
}

export const FINE_BASES = [
  'ORDER_FAILED',
  'BUILD_DEADLINE_MISSED',
  'INVESTMENT_BELOW_OFFER',
  'LOCALIZATION_BELOW_OFFER',
  'OUTPUT_SHARE_EXCEEDED',
] as const;
export type FineBasis = (typeof FINE_BASES)[number];

/** One fact of non-performance, fined once (Decree 1042). */
export interface FineFact {
  basis: FineBasis;
  entityType: 'contract' | 'milestone' | 'order' | 'production_report';
  entityId: string;
  /** The Moscow day of the fact. */
  on: string;
  /** ORDER_FAILED only: the value of the order's stage, the fine's base. */
  stageValueRub?: string;
}

/** What claims not withdrawn already cover: a later claim takes only what comes after. */
export interface ClaimedCoverage {
  /** coverageKey(obligation) → the last Moscow day of delay claimed. */
  delayThrough: Record<string, string>;
  /** fineKey(fact) of every fine claimed. */
  fines: string[];
  /** Their total: the cap leaves room only for the rest. */
  amountRub: string;
}

export interface PenaltyInput {
  contractValueRub: string;
  keyRates: KeyRate[];
  asOf: Date;
  ladders: PenaltyLadders;
  obligations: PricedObligation[];
  fines: FineFact[];
  /** Absent: everything accrued (the compliance view); present: what a new claim may take. */
  claimed?: ClaimedCoverage;
}

export interface PenaltyItem {
  kind: 'delay' | 'fine';
  basis: PricedObligation['basis'] | FineBasis;
  entityType: FineFact['entityType'];
  entityId: string;
  /** Moscow days, inclusive; a fine's are both the day of its fact. */
  from: string;
  to: string;
  /** Days of delay; 0 for a fine. */
  days: number;
  baseRub: string;
  amountRub: string;
}

export interface PenaltyResult {
  /** The one rate of the computation: in force on the as-of day. */
  keyRatePct: string;
  accruedRub: string;
  capRub: string;
  /** True when the cap cut an item or left some out. */
  capped: boolean;
  items: PenaltyItem[];
}

// Products of 17-digit amounts and 4-digit rates stay exact; rounding the quotient by
// 30 000 to kopecks is then the exact half-up rounding.
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
// keyRate / 300 with keyRate a fraction (16 % → 0.16) is ratePct / 30 000.
const PCT_PER_YEAR_TO_DAILY_SHARE = 30_000;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Penalties and fines of a contract at `asOf` (CONTRACT.md §5, 44-FZ art. 34, Decree 1042).
 *
 * Delay: every day from the day after `dueOn` through the day the delay ended, or through
 * the as-of day while it has not, accrues keyRate / 300 × (the obligation's value − what of
 * it was accepted before that day). Days with the same base form one item, rounded half-up
 * to kopecks, so each obligation's penalty stands on its own base, never on the contract's
 * value. One key rate for all: the one in force on the as-of day.
 *
 * Fines: a failed order costs the ladder's percent (by the contract value's band) of its
 * stage's value; any other fact the ladder's fixed sum. A fact after the as-of day is not
 * known yet.
 *
 * Everything together never exceeds the contract value: the item that crosses what is
 * left of the cap is cut to reach it, later ones (by day) are dropped.
 */
export function computePenalties(input: PenaltyInput): PenaltyResult {
  const cap = money(input.contractValueRub, 'contractValueRub');
  const asOfDay = moscowDate(instant(input.asOf, 'asOf'));
  const ratePct = rateInForce(sortedRates(input.keyRates), asOfDay);
  const claimed = input.claimed;

  const items: PenaltyItem[] = [];
  for (const obligation of input.obligations) {
    const through = claimed?.delayThrough[coverageKey(obligation)];
    items.push(...delayItems(obligation, asOfDay, ratePct, through));
  }
  for (const fact of input.fines) {
    if (fact.on > asOfDay || claimed?.fines.includes(fineKey(fact))) continue;
    const fine = fineItem(fact, cap, input.ladders);
    if (new Exact(fine.amountRub).greaterThan(0)) items.push(fine);
  }
  // Stable: items of one day keep the order given.
  items.sort((a, b) => byDay(a.from, b.from));
  const room = cap.minus(claimed ? money(claimed.amountRub, 'claimed.amountRub') : 0);
  return { keyRatePct: ratePct.toFixed(2), capRub: cap.toFixed(2), ...capAt(room, items) };
}

/** How a claim remembers the obligation whose delay it covered. */
export function coverageKey(o: { entityType: string; entityId: string }): string {
  return `${o.entityType}:${o.entityId}`;
}

/** How a claim remembers the fact it fined. */
export function fineKey(f: { basis: string; entityType: string; entityId: string }): string {
  return `${f.basis}:${f.entityType}:${f.entityId}`;
}

/** The obligation's delay as items of one base each, from the day after `claimedThrough`. */
function delayItems(
  o: PricedObligation,
  asOfDay: string,
  ratePct: Decimal,
  claimedThrough: string | undefined,
): PenaltyItem[] {
  const name = `${o.entityType} ${o.entityId}`;
  const value = money(o.valueRub, `valueRub of ${name}`);
  day(o.dueOn, `dueOn of ${name}`);
  const fulfilments = o.fulfilments.map((f) => ({
    on: day(f.on, `fulfilment day of ${name}`),
    value: money(f.valueRub, `fulfilment of ${name}`),
  }));
  const ended = o.endedOn === null ? null : day(o.endedOn, `endedOn of ${name}`);
  const last = ended !== null && ended < asOfDay ? ended : asOfDay;
  const first = addDays(claimedThrough && claimedThrough > o.dueOn ? claimedThrough : o.dueOn, 1);

  // The base changes the day after each fulfilment.
  const changes = [...new Set(fulfilments.map((f) => addDays(f.on, 1)))].sort(byDay);
  const baseOn = (d: string) =>
    Exact.max(
      fulfilments.filter((f) => f.on < d).reduce((rest, f) => rest.minus(f.value), value),
      0,
    );
  const items: PenaltyItem[] = [];
  for (let from = first; from <= last;) {
    const next = changes.find((c) => c > from);
    const to = next !== undefined && next <= last ? addDays(next, -1) : last;
    const base = baseOn(from);
    const days = daysFromTo(from, to);
    const amount = base.times(ratePct).times(days).div(PCT_PER_YEAR_TO_DAILY_SHARE);
    const rounded = amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (!rounded.isZero()) {
      items.push({
        kind: 'delay',
        basis: o.basis,
        entityType: o.entityType,
        entityId: o.entityId,
        from,
        to,
        days,
        baseRub: base.toFixed(2),
        amountRub: rounded.toFixed(2),
      });
    }
    from = addDays(to, 1);
  }
  return items;
}

function fineItem(fact: FineFact, contractValue: Decimal, ladders: PenaltyLadders): PenaltyItem {
  const on = day(fact.on, `day of ${fact.basis} ${fact.entityId}`);
  const common = { kind: 'fine' as const, ...pick(fact), from: on, to: on, days: 0 };
  if (fact.basis === 'ORDER_FAILED') {
    const stage = money(fact.stageValueRub ?? '', `stageValueRub of order ${fact.entityId}`);
    const pct = bandOf(ladders.stageFinePct, contractValue);
    const amount = stage.times(pct).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return { ...common, baseRub: stage.toFixed(2), amountRub: amount.toFixed(2) };
  }
  const sum = bandOf(ladders.fixedFineRub, contractValue);
  return { ...common, baseRub: contractValue.toFixed(2), amountRub: sum.toFixed(2) };
}

function pick({ basis, entityType, entityId }: FineFact) {
  return { basis, entityType, entityId };
}

/** The step of the ladder whose band holds the contract value. */
function bandOf(ladder: readonly LadderStep[], contractValue: Decimal): Decimal {
  const step = ladder.find((s) => s.upToRub === null || contractValue.lte(s.upToRub));
  if (!step) throw new RangeError(`no band of the ladder holds ${contractValue.toFixed(2)}`);
  return new Exact(step.value);
}

function capAt(room: Decimal, items: PenaltyItem[]) {
  let total = new Exact(0);
  const kept: PenaltyItem[] = [];
  for (const item of items) {
    const left = Exact.max(room.minus(total), 0);
    const amount = new Exact(item.amountRub);
    if (amount.greaterThan(left)) {
      if (!left.isZero()) kept.push({ ...item, amountRub: left.toFixed(2) });
      return { accruedRub: total.plus(left).toFixed(2), capped: true, items: kept };
    }
    kept.push(item);
    total = total.plus(amount);
  }
  return { accruedRub: total.toFixed(2), capped: false, items: kept };
}

interface ParsedRate {
  effectiveFrom: string;
  pct: Decimal;
}

function sortedRates(keyRates: readonly KeyRate[]): ParsedRate[] {
  const parsed = keyRates.map(({ effectiveFrom, ratePct }) => {
    if (!isIsoDate(effectiveFrom)) {
      throw new RangeError(`key rate effectiveFrom is not a YYYY-MM-DD date: "${effectiveFrom}"`);
    }
    if (!KEY_RATE_PCT_PATTERN.test(ratePct)) {
      throw new RangeError(`key rate of ${effectiveFrom} is not a percentage: "${ratePct}"`);
    }
    return { effectiveFrom, pct: new Exact(ratePct) };
  });
  parsed.sort((a, b) => byDay(a.effectiveFrom, b.effectiveFrom));
  parsed.forEach((rate, i) => {
    // Two rates for one day would make the penalty depend on input order.
    if (i > 0 && parsed[i - 1].effectiveFrom === rate.effectiveFrom) {
      throw new RangeError(`two key rates take effect on ${rate.effectiveFrom}`);
    }
  });
  return parsed;
}

/**
 * The rate in force on a Moscow day: the latest one that took effect on or before it. A day
 * before the first known rate uses that first rate: the table is assumed to reach back far
 * enough, and charging nothing for such a day would reward a gap in the reference data.
 */
function rateInForce(rates: readonly ParsedRate[], on: string): Decimal {
  if (rates.length === 0) {
    throw new RangeError(`no key rate is known, so penalties as of ${on} cannot be computed`);
  }
  let inForce = rates[0];
  for (const rate of rates) {
    if (rate.effectiveFrom > on) break;
    inForce = rate;
  }
  return inForce.pct;
}

/** Days from `from` through `to`, both counted. */
function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** 'YYYY-MM-DD' strings order as the days they name. */
function byDay(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function day(value: string, field: string): string {
  if (!isIsoDate(value)) throw new RangeError(`${field} is not a YYYY-MM-DD date: "${value}"`);
  return value;
}

function money(value: string, field: string): Decimal {
  if (!MONEY_PATTERN.test(value)) throw new RangeError(`${field} is not rubles: "${value}"`);
  return new Exact(value);
}

function instant(value: Date, field: string): Date {
  if (Number.isNaN(value.getTime())) throw new RangeError(`${field} is not a valid instant`);
  return value;
}
