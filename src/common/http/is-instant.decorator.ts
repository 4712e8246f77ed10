import { ValidateBy, type ValidationOptions } from 'class-validator';

/** An instant as API.md writes it: ISO 8601 with a time and an offset (Z or ±hh:mm). */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An INSTANT on a day that exists: V8 reads `2027-02-30T00:00:00Z` as 2 March, so the
 * pattern alone would let a typo move a date silently.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && INSTANT.test(value) && isCalendarDate(value.slice(0, 10)),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be an ISO 8601 instant with an offset, e.g. 2027-12-01T09:00:00.000Z`,
      },
    },
    options,
  );
}

function isCalendarDate(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
