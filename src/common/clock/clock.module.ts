import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../config/app-config';
import { Clock } from './clock';
import { SandboxClock } from './sandbox-clock';
import { SystemClock } from './system-clock';

@Global()
@Module({
  providers: [
    {
      provide: Clock,
      inject: [appConfig.KEY, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource): Clock =>
        config.sandbox ? new SandboxClock(dataSource) : new SystemClock(),
    },
  ],
  exports: [Clock],
})
export class ClockModule {}
