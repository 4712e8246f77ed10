import { Module } from '@nestjs/common';
import { NotificationsController } from './api/notifications.controller';
import { NotificationsQuery } from './application/notifications.query';

@Module({ controllers: [NotificationsController], providers: [NotificationsQuery] })
export class NotificationsModule {}
