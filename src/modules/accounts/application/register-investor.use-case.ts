import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { isUniqueViolation } from '../../../common/persistence/unique-violation';
import { appendAuditEvent } from '../../audit';
import { Inn } from '../domain/inn';
import { insertOrganization } from '../infrastructure/organization-store';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import { insertUser } from '../infrastructure/user-store';
import { OrganizationView, toOrganizationView, toUserView, UserView } from './user-view';

export interface RegisterInvestorCommand {
  email: string;
  password: string;
  fullName: string;
  organization: { name: string; inn: string };
}

@Injectable()
export class RegisterInvestorUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: ScryptPasswordHasher,
  ) {}

  async execute(
    command: RegisterInvestorCommand,
  ): Promise<{ user: UserView; organization: OrganizationView }> {
    const inn = Inn.parse(command.organization.inn);
    if (!inn) {
      throw new DomainError(
        'INN_INVALID',
        'organization.inn is not a valid 10-digit legal-entity INN',
        {
          field: 'organization.inn',
        },
      );
    }
    const passwordHash = await this.hasher.hash(command.password);
    const at = await this.clock.now();
    try {
      return await this.dataSource.transaction(async (m) => {
        const organization = await insertOrganization(m, {
          name: command.organization.name.trim(),
          inn: inn.value,
        });
        const user = await insertUser(m, {
          email: command.email.toLowerCase(),
          passwordHash,
          fullName: command.fullName.trim(),
          role: 'investor',
          organizationId: organization.id,
          active: true,
        });
        await appendAuditEvent(m, {
          at,
          actor: { id: user.id, role: 'investor' },
          action: 'account.registered',
          entityType: 'user',
          entityId: user.id,
          data: { organizationId: organization.id, inn: inn.value, email: user.email },
        });
        return {
          user: toUserView(user, organization),
          organization: toOrganizationView(organization),
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new DomainError('EMAIL_TAKEN', 'An account with this email already exists');
      }
      if (isUniqueViolation(error, 'organizations_inn_key')) {
        throw new DomainError(
          'ORGANIZATION_EXISTS',
          'An organization with this INN is already registered',
        );
      }
      throw error;
    }
  }
}
