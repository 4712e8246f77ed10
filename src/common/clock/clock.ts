import type { EntityManager } from 'typeorm';

/**
 * The one source of "now" for every rule with a deadline. Async because in sandbox mode
 * the offset lives in the database, so API and worker processes agree on the time. Inside
 * a transaction pass its manager: the sandbox clock then reads on that connection instead
 * of taking a second one from the pool (which, under load, could starve the pool).
 */
export abstract class Clock {
  abstract now(manager?: EntityManager): Promise<Date>;
}
