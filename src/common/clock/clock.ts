import type { EntityManager } from 'typeorm';

/**
 * The one source of "now" for every rule with a deadline. Async because in sandbox mode
 * the offset lives in the database, so API and worker processes agree on the time. Inside
 * a transaction pass its manager: the sandbox clock then reads on that connection instead
 * of taking a second one from the pool (which, under load, could starve the pool).
 */
export abstract class Clock {
  abstract now(manager?: EntityManager): Promise<Date>;

  /**
   * The time once `held` (locks sent ahead, in a pipelinedTransaction) has answered: a
   * deadline checked against it holds for as long as the locks do. The system clock is
   * read only then; the sandbox clock sends its read at once, behind the locks.
   */
  async nowOnceHeld(held: Promise<unknown>, manager?: EntityManager): Promise<Date> {
    await held;
    return this.now(manager);
  }
}
