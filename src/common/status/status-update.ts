import { In, type EntityManager, type EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { InvalidStateError, NotFoundError } from '../errors/domain-error';
import { nextStatus, type TransitionTable } from './transition-table';

interface WithStatus<S extends string> {
  id: string;
  status: S;
  updatedAt: Date;
}

export interface StatusUpdate<R extends WithStatus<S>, S extends string, E extends string> {
  /** The owner's entity: only owners' status writers call this. */
  target: EntityTarget<R>;
  table: TransitionTable<S, E>;
  /** The aggregate's name in the 404 and 409 messages, e.g. `Tender`. */
  aggregate: string;
  id: string;
  event: E;
  at: Date;
  set?: QueryDeepPartialEntity<R>;
}

/**
 * One statement, `UPDATE … SET status = <to> WHERE id = … AND status IN (<from>)`, for the
 * writers of entity-mapped aggregates; when no row moves, the table says why: 404 for no
 * such row, else 409 INVALID_STATE naming the status it is in.
 */
export async function updateStatus<R extends WithStatus<S>, S extends string, E extends string>(
  m: EntityManager,
  u: StatusUpdate<R, S, E>,
): Promise<S> {
  const { from, to } = u.table[u.event];
  const result = await m.update<R>(u.target, { id: u.id, status: In([...from]) }, {
    ...u.set,
    status: to,
    updatedAt: u.at,
  } as never);
  if (result.affected) return to;
  const row = await m.findOne<R>(u.target, {
    where: { id: u.id } as never,
    select: { id: true, status: true } as never,
  });
  if (!row) throw new NotFoundError(u.aggregate);
  const name = u.aggregate.toLowerCase();
  nextStatus(u.table, name, row.status, u.event);
  throw new InvalidStateError(`The ${name} is ${row.status}`, row.status);
}
