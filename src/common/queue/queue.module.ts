import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { appConfig, type AppConfig } from '../../config/app-config';
import { DeadlineScheduler } from './deadline-scheduler';
import { queueConnection } from './queue-backend';
import { QUEUES } from './jobs';

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfig) => ({
        connection: queueConnection(config),
        prefix: config.queuePrefix,
      }),
    }),
    BullModule.registerQueue({ name: QUEUES.chronograph }),
  ],
  providers: [DeadlineScheduler],
  exports: [BullModule, DeadlineScheduler],
})
export class QueueModule {}
