import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import { deactivateUser, lockUser } from '../infrastructure/user-store';

/** Accounts are kept for the record; a deactivated one can no longer sign in or act. */
@Injectable()
export class DeactivateUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, userId: string): Promise<void> {
    if (actor.id === userId) {
      throw new InvalidStateError('An admin cannot deactivate their own account', 'active');
    }
    const at = await this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const user = await lockUser(m, userId);
      if (!user) throw new NotFoundError('User');
      if (!user.active) return; // already deactivated: nothing changes, nothing to record
      await deactivateUser(m, userId, at);
      await appendAuditEvent(m, {
        at,
        actor,
        action: 'user.deactivated',
        entityType: 'user',
        entityId: userId,
        data: { role: user.role },
      });
    });
  }
}
