import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, Role } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { isUniqueViolation } from '../../../common/persistence/unique-violation';
import { appendAuditEvent } from '../../audit';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import { insertUser } from '../infrastructure/user-store';
import { toUserView, UserView } from './user-view';

export type StaffRole = Exclude<Role, 'investor'>;

export interface CreateUserCommand {
  email: string;
  password: string;
  fullName: string;
  role: StaffRole;
}

/** Admin creates staff accounts; investors register themselves with an organization. */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: ScryptPasswordHasher,
  ) {}

  async execute(actor: Actor | null, command: CreateUserCommand): Promise<UserView> {
    const passwordHash = await this.hasher.hash(command.password);
    const at = await this.clock.now();
    try {
      return await this.dataSource.transaction(async (m) => {
        const user = await insertUser(m, {
          email: command.email.toLowerCase(),
          passwordHash,
          fullName: command.fullName.trim(),
          role: command.role,
          organizationId: null,
          active: true,
        });
        await appendAuditEvent(m, {
          at,
          actor,
          action: 'user.created',
          entityType: 'user',
          entityId: user.id,
          data: { email: user.email, role: user.role },
        });
        return toUserView(user, null);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new DomainError('EMAIL_TAKEN', 'An account with this email already exists');
      }
      throw error;
    }
  }
}
