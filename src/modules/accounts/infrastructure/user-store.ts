import type { EntityManager } from 'typeorm';
import type { Role } from '../../../common/auth/role';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  organizationId: string | null;
  active: boolean;
}

/** Saves a new account; the returned entity carries the generated id and createdAt. */
export function insertUser(m: EntityManager, user: NewUser): Promise<UserEntity> {
  return m.save(m.create(UserEntity, user));
}

/** One page of accounts, oldest first, each with its organization, and the total. */
export function usersPage(
  m: EntityManager,
  limit: number,
  offset: number,
): Promise<[UserEntity[], number]> {
  return m.getRepository(UserEntity).findAndCount({
    relations: { organization: true },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: limit,
    skip: offset,
  });
}

/** The active account that signs in with this (already lower-cased) email. */
export function activeUserByEmail(m: EntityManager, email: string): Promise<UserEntity | null> {
  return m.getRepository(UserEntity).findOneBy({ email, active: true });
}

/** The account, FOR UPDATE in the caller's transaction. */
export function lockUser(m: EntityManager, id: string): Promise<UserEntity | null> {
  return m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

export async function deactivateUser(m: EntityManager, id: string, at: Date): Promise<void> {
  await m.update(UserEntity, { id }, { active: false, deactivatedAt: at });
}
