// Moscow has kept UTC+3 all year since 2014: a wall-clock time there converts exactly.
const OFFSET_MS = 3 * 3_600_000;

/** An instant as a `datetime-local` value in Moscow, rounded up to the next whole minute. */
export function toMoscowInput(iso: string): string {
  const ms = Math.ceil(new Date(iso).getTime() / 60_000) * 60_000;
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Moscow time, as an ISO instant. */
export function fromMoscowInput(value: string): string {
  return new Date(`${value}:00+03:00`).toISOString();
}
