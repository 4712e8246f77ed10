import { InvalidStateError } from '../errors/domain-error';

/** One row of a lifecycle: the statuses an event may leave, and where it goes. */
export interface Transition<S extends string> {
  readonly from: readonly S[];
  readonly to: S;
}

/** A lifecycle as data (DOMAIN.md §4 and API.md): every event an aggregate knows. */
export type TransitionTable<S extends string, E extends string> = Readonly<
  Record<E, Transition<S>>
>;

/**
 * The one pure rule every status writer applies: the next status for `event`, or 409
 * INVALID_STATE naming the status the aggregate is in.
 */
export function nextStatus<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  aggregate: string,
  status: S,
  event: E,
): S {
  const row = table[event];
  if (!row.from.includes(status)) {
    throw new InvalidStateError(
      `A ${aggregate} that is ${status} cannot ${describe(event)}`,
      status,
    );
  }
  return row.to;
}

export function canTransition<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  status: S,
  event: E,
): boolean {
  return table[event].from.includes(status);
}

function describe(event: string): string {
  return event.replace(/_/g, ' ');
}
