import { DomainError } from '../errors/domain-error';

/** What one item of a group got: its own answer or its own refusal. */
export type GroupOutcome<R> = { ok: R } | { error: unknown };

export interface GroupCommitOptions<T, R> {
  /**
   * Runs a group of items for one key at once (one transaction, or one statement), each
   * item's outcome in the items' order. A throw fails the whole group (rolled back).
   */
  run: (key: string, items: T[]) => Promise<GroupOutcome<R>[]>;
  /** A throw that is every item's answer (the tender is closed, not found), not retried. */
  sharedByAll: (error: unknown) => boolean;
  /** Items in one group at most: bounds one transaction's size and time. */
  maxItems: number;
}

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items for one key that arrive while that key's group is running wait and
 * then run together, as the next group. A lone item runs at once, so nothing waits for a
 * timer; under load, one transaction (one lock, one commit) or one read serves many
 * requests. A group that fails for a reason not shared by all re-runs one item at a time,
 * so one bad item never fails the others.
 */
export class GroupCommit<T, R> {
  /** Per key, the items waiting for the next group; present while a group runs. */
  private readonly waiting = new Map<string, Waiting<T, R>[]>();

  constructor(private readonly options: GroupCommitOptions<T, R>) {}

  submit(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    const queue = this.waiting.get(key) as Waiting<T, R>[];
    let group: Waiting<T, R>[] = [];
    try {
      while (queue.length > 0) {
        group = queue.splice(0, this.options.maxItems);
        await this.runGroup(key, group);
      }
    } catch (error) {
      // A bug past run()'s own failure handling: no request may wait for ever behind it
      // (settling an answered one again does nothing).
      for (const w of [...group, ...queue.splice(0)]) w.reject(error);
    } finally {
      this.waiting.delete(key);
    }
  }

  private async runGroup(key: string, group: Waiting<T, R>[]): Promise<void> {
    let outcomes: GroupOutcome<R>[];
    try {
      outcomes = await this.options.run(
        key,
        group.map((w) => w.item),
      );
    } catch (error) {
      if (group.length === 1 || this.options.sharedByAll(error)) {
        for (const w of group) w.reject(error);
        return;
      }
      for (const w of group) await this.runGroup(key, [w]);
      return;
    }
    // Settled outside the try: the group has committed, so nothing here may re-run it.
    group.forEach((w, i) => settle(w, outcomes[i] ?? { error: new Error('no outcome') }));
  }
}

function settle<T, R>(w: Waiting<T, R>, outcome: GroupOutcome<R>): void {
  if ('ok' in outcome) w.resolve(outcome.ok);
  else w.reject(outcome.error);
}

/**
 * The group's outcomes in the items' order: each refusal as prepared, and what `answer`
 * makes of each prepared item, one at a time (they share the transaction's connection).
 */
export async function answerInOrder<P, R>(
  prepared: readonly GroupOutcome<P>[],
  answer: (item: P) => Promise<GroupOutcome<R>>,
): Promise<GroupOutcome<R>[]> {
  const outcomes: GroupOutcome<R>[] = [];
  for (const p of prepared) outcomes.push('ok' in p ? await answer(p.ok) : p);
  return outcomes;
}

/**
 * One item's step inside a group: its own refusal (a DomainError) becomes its outcome and
 * the group goes on; anything else fails the group.
 */
export function itemOutcome<R>(step: () => R): GroupOutcome<R> {
  try {
    return { ok: step() };
  } catch (error) {
    if (error instanceof DomainError) return { error };
    throw error;
  }
}
