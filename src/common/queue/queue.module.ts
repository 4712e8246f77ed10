import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { appConfig, type AppConfig } from '../../config/app-config';

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
