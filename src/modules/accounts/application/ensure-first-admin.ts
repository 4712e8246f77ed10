import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock/clock';
import { appendAuditEvent } from '../../audit';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import { insertAdminUnlessTaken, userEmailExists } from '../infrastructure/user-rows';

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD once. Later starts leave the
 * account alone, even if it was deactivated or its password changed.
 */
@Injectable()
export class EnsureFirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(EnsureFirstAdmin.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: ScryptPasswordHasher,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.adminEmail;
    if (await userEmailExists(this.dataSource, email)) return;
    const passwordHash = await this.hasher.hash(this.config.adminPassword);
    const at = await this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const userId = await insertAdminUnlessTaken(m, email, passwordHash);
      if (userId === undefined) return; // another process created it first
      await appendAuditEvent(m, {
        at,
        actor: null,
        action: 'user.created',
        entityType: 'user',
        entityId: userId,
        data: { email, role: 'admin', reason: 'first admin from configuration' },
      });
      this.logger.log(`first admin ${email} created`);
    });
  }
}
