import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { TendersModule } from '../tenders';
import { OcdsController } from './api/ocds.controller';
import { OcdsFeedQuery } from './application/ocds-feed.query';
import { OcdsPackageQuery } from './application/ocds-package.query';

@Module({
  imports: [TendersModule, AuditModule],
  controllers: [OcdsController],
  providers: [OcdsPackageQuery, OcdsFeedQuery],
})
export class OcdsModule {}
