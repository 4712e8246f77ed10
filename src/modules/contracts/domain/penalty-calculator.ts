import Decimal from 'decimal.js';
import { MONEY_PATTERN } from '../../../common/money/money';
import { addDays, isIsoDate } from '../../calendar';
import { moscowDate } from '../../calendar';
import { KEY_RATE_PCT_PATTERN } from '../../key-rates';

/** A Bank of Russia key rate and the Moscow day it took effect. */
export interface KeyRate {
  /** 'YYYY-MM-DD', Moscow. */
  effectiveFrom: string;
  /** Percent per year: "16.00" = 16 %. */
  ratePct: string;
}

export interface DelayedMilestone {
  milestoneId: string;
  dueDate: Date;
  /** The delay ends with the report that was accepted: its submission instant. */
  acceptedReportAt: Date | null;
}

export interface PenaltyInput {
  contractValueRub: string;
  acceptedDeliveriesRub: string;
  keyRates: KeyRate[];
  milestones: DelayedMilestone[];
  asOf: Date;
}

export interface PenaltyItem {
  milestoneId: string;
  /** 'YYYY-MM-DD', Moscow: one day of delay. */
  day: string;
  keyRatePct: string;
  amountRub: string;
}

export interface PenaltyResult {
  accruedRub: string;
  capped: boolean;
  items: PenaltyItem[];
}

// Products of 17-digit amounts and 4-digit rates stay exact; the quotient by 30 000 keeps
// enough digits that rounding it to kopecks is the exact half-up rounding.
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
// keyRate / 300 with keyRate a fraction (16 % → 0.16) is ratePct / 30 000.
const PCT_PER_YEAR_TO_DAILY_SHARE = 30_000;

/**
 * Penalties for late milestones (DOMAIN.md §8, 44-FZ art. 34 p. 7): each day of delay
 * accrues keyRate / 300 × (contract value − value of accepted deliveries).
 *
 * Days of delay are whole Moscow calendar days: those strictly after the Moscow day of the
 * due date, up to and including the Moscow day the delay ends — the submission of the
 * report that was accepted, or `asOf` while there is none (today counts once it has
 * begun). A report accepted after `asOf` is not yet known at `asOf`, so it ends nothing.
 * So a milestone due on D (ending 23:59:59.999 Moscow, DOMAIN.md §2) and reported on
 * D+10, at any hour, is 10 days overdue (D+1 … D+10); reported on D it is on time.
 *
 * Each day's amount is rounded half-up to kopecks; a day that comes to 0.00 (nothing left
 * to deliver) is not listed. Items run by day, then by milestone in the order given. All
 * penalties together are capped at the contract value: the item that crosses the cap is
 * cut to reach it exactly, later ones are dropped, and `capped` says the cap bit.
 */
export function computePenalties(input: PenaltyInput): PenaltyResult {
  const contractValue = money(input.contractValueRub, 'contractValueRub');
  const delivered = money(input.acceptedDeliveriesRub, 'acceptedDeliveriesRub');
  const base = Exact.max(contractValue.minus(delivered), 0);
  const rates = sortedRates(input.keyRates);
  const asOf = instant(input.asOf, 'asOf');

  const uncapped: PenaltyItem[] = [];
  for (const milestone of input.milestones) {
    for (const day of delayDays(milestone, asOf)) {
      const ratePct = rateInForce(rates, day);
      const amount = base
        .times(ratePct)
        .div(PCT_PER_YEAR_TO_DAILY_SHARE)
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      if (amount.isZero()) continue;
      uncapped.push({
        milestoneId: milestone.milestoneId,
        day,
        keyRatePct: ratePct.toFixed(2),
        amountRub: amount.toFixed(2),
      });
    }
  }
  // Stable sort: one day's items keep the milestones' given order.
  uncapped.sort((a, b) => byDay(a.day, b.day));
  return capAt(contractValue, uncapped);
}

/** The Moscow days of delay of one milestone, ascending; none if it is not late. */
function delayDays(milestone: DelayedMilestone, asOf: Date): string[] {
  const due = instant(milestone.dueDate, `dueDate of ${milestone.milestoneId}`);
  const reported = milestone.acceptedReportAt
    ? instant(milestone.acceptedReportAt, `acceptedReportAt of ${milestone.milestoneId}`)
    : null;
  const end = reported && reported.getTime() <= asOf.getTime() ? reported : asOf;
  const last = moscowDate(end);
  const days: string[] = [];
  for (let day = addDays(moscowDate(due), 1); day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

function capAt(cap: Decimal, items: PenaltyItem[]): PenaltyResult {
  let total = new Exact(0);
  const kept: PenaltyItem[] = [];
  for (const item of items) {
    const room = cap.minus(total);
    if (room.isZero()) return { accruedRub: total.toFixed(2), capped: true, items: kept };
    const amount = new Exact(item.amountRub);
    if (amount.greaterThan(room)) {
      kept.push({ ...item, amountRub: room.toFixed(2) });
      return { accruedRub: cap.toFixed(2), capped: true, items: kept };
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
function rateInForce(rates: readonly ParsedRate[], day: string): Decimal {
  if (rates.length === 0) {
    throw new RangeError(`no key rate is known, so the penalty for ${day} cannot be computed`);
  }
  let inForce = rates[0];
  for (const rate of rates) {
    if (rate.effectiveFrom > day) break;
    inForce = rate;
  }
  return inForce.pct;
}

/** 'YYYY-MM-DD' strings order as the days they name. */
function byDay(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function money(value: string, field: string): Decimal {
  if (!MONEY_PATTERN.test(value)) throw new RangeError(`${field} is not rubles: "${value}"`);
  return new Exact(value);
}

function instant(value: Date, field: string): Date {
  if (Number.isNaN(value.getTime())) throw new RangeError(`${field} is not a valid instant`);
  return value;
}
