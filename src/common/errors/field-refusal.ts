import { DomainError } from './domain-error';

/** A JSON-safe argument of a rule: a bound, an amount, a day, a list of item codes. */
export type RuleArg = string | number | (string | number)[];

/**
 * A refused rule, machine-readable: class-validator's name (`isNotEmpty`, `min`) or the
 * API's own (below), with its arguments, so a client can say it in its user's language.
 */
export interface FieldConstraint {
  code: string;
  args?: RuleArg[];
}

/** One entry of a 400 VALIDATION_FAILED's details: a field and why it is refused. */
export interface FieldError {
  field: string;
  errors: string[];
  /** One per entry of `errors`, in the same order. */
  constraints?: FieldConstraint[];
}

/**
 * The API's own rules behind a 400 VALIDATION_FAILED, by stable code, each with what its
 * arguments are, in order. A client words a refusal by its code, not by the English text;
 * the console has a string for each (`field-rules-have-console-words.spec.ts`).
 */
export const FIELD_RULES = {
  /** The request body has text PostgreSQL cannot store (NUL, a lone surrogate). */
  isWellFormedText: [],
  /** Not a calendar date written YYYY-MM-DD. */
  isIsoDate: [],
  /** A date whose year is outside the bounds. */
  yearBetween: ['min', 'max'],
  /** A non-working day that is not of the year being entered. */
  dateInYear: ['year'],
  /** A non-working day listed twice. */
  dateRepeated: ['date'],
  /** A key rate that is not 0 to 99.99 % with at most 2 decimals. */
  isKeyRatePct: [],
  /** Text too short or too long (Idempotency-Key). */
  isLength: ['min', 'max'],
  /** A list that must name at least `min` entries. */
  arrayMinSize: ['min'],
  /** An amendment with no change in it. */
  amendmentChangesNothing: [],
  /** A commission member who is not an active officer. */
  notActiveOfficer: ['userId'],
  /** A tender's lines sent in both forms, or in neither (CONTRACT.md §1). */
  itemsOrOneLineSubject: [],
  /** A product line code the tender or contract does not have. */
  unknownItem: ['item'],
  /** A bid price sent both as `unitPriceRub` and as `prices`. */
  priceInOneForm: [],
  /** A one-item bid with neither `unitPriceRub` nor `prices`. */
  priceRequired: [],
  /** An item priced twice in one bid. */
  itemPricedTwice: ['item'],
  /** Items the bid does not price. */
  itemsUnpriced: ['items'],
  /** A bid capacity sent both as `capacityPerYear` and as `capacityByItem`. */
  capacityInOneForm: [],
  /** A one-item bid with neither `capacityPerYear` nor `capacityByItem`. */
  capacityRequired: [],
  /** Items the bid states no capacity for. */
  itemsWithoutCapacity: ['items'],
  /** Expert scores that name none of the tender's expert criteria. */
  scoreExpertCriteria: ['criteria'],
  /** A score for a criterion that is not an expert criterion of the tender. */
  notExpertCriterion: ['criterion'],
  /** An order's `deliverBy` that falls in no stage of the contract (CONTRACT.md §3). */
  deliverByOutsideStages: ['deliverBy'],
  /** An order's `deliverBy` sooner than the lead time allows. */
  deliverByTooSoon: ['earliest', 'leadDays'],
  /** More accepted than the delivery brought. */
  acceptedAtMostDelivered: ['delivered'],
  /** A production report for a year that has not ended (CONTRACT.md §4). */
  yearNotEnded: ['year'],
  /** A production report for a year without accepted deliveries. */
  yearWithoutDeliveries: ['year'],
  /** Produced units that are not a whole number ≥ 0. */
  unitsWholeNonNegative: ['item'],
  /** A document id that names no evidence filed for the contract. */
  notContractDocument: ['documentId'],
  /** A claim as of a moment still to come (CONTRACT.md §5). */
  asOfInFuture: [],
  /** A payment dated before the claim was issued or after now. */
  paidAtOutsideClaim: ['issuedAt', 'now'],
  /** A payment of another amount than the claim's: a claim is paid whole. */
  claimPaidWhole: ['amountRub'],
  /** An upload that is not multipart/form-data. */
  isMultipart: [],
  /** An upload's file in another field than `file`. */
  fileInField: ['expected', 'given'],
  /** An upload without a file. */
  fileRequired: [],
  /** An empty file. */
  fileNotEmpty: [],
  /** A multipart body that cannot be read. */
  multipartMalformed: [],
} as const satisfies Record<string, readonly string[]>;

export type FieldRule = keyof typeof FIELD_RULES;

/** One JSON-safe argument per name, in order. */
export type ArgsOf<Names extends readonly string[]> = { -readonly [K in keyof Names]: RuleArg };

/** One argument per name the rule lists, in that order. */
export type RuleArgs<R extends FieldRule> = ArgsOf<(typeof FIELD_RULES)[R]>;

export const FIELD_RULE_CODES = Object.keys(FIELD_RULES) as FieldRule[];

/** One refused field: the English message (clients read it) and the rule behind it. */
export function refusal<R extends FieldRule>(
  field: string,
  message: string,
  code: R,
  ...args: RuleArgs<R>
): FieldError {
  const values = args as RuleArg[];
  return {
    field,
    errors: [message],
    constraints: [values.length > 0 ? { code, args: values } : { code }],
  };
}

/**
 * 400 VALIDATION_FAILED with these refusals as details, one entry per field (two messages
 * about one field, say two ids that are not officers, share its entry), as the validation
 * pipe lists them.
 */
export function validationFailed(message: string, refusals: readonly FieldError[]): DomainError {
  const byField = new Map<string, FieldError>();
  for (const r of refusals) {
    const entry = byField.get(r.field);
    if (!entry) {
      byField.set(r.field, {
        ...r,
        errors: [...r.errors],
        constraints: [...(r.constraints ?? [])],
      });
      continue;
    }
    entry.errors.push(...r.errors);
    entry.constraints?.push(...(r.constraints ?? []));
  }
  return new DomainError('VALIDATION_FAILED', message, [...byField.values()]);
}

/** One field refused by one rule: its message is also the error's. */
export function refuse<R extends FieldRule>(
  field: string,
  message: string,
  code: R,
  ...args: RuleArgs<R>
): never {
  throw validationFailed(message, [refusal(field, message, code, ...args)]);
}
