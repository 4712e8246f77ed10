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
      provide: SandboxClock,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new SandboxClock(ds),
    },
    {
      provide: Clock,
      inject: [appConfig.KEY, SandboxClock],
      useFactory: (config: AppConfig, sandbox: SandboxClock): Clock =>
        config.sandbox ? sandbox : new SystemClock(),
    },
  ],
  exports: [Clock, SandboxClock],
})
export class ClockModule {}
