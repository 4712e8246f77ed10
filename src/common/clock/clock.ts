/**
 * The one source of "now" for every rule with a deadline. Async because in sandbox mode
 * the offset lives in the database, so API and worker processes agree on the time.
 */
export abstract class Clock {
  abstract now(): Promise<Date>;
}
