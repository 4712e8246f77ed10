import { DynamicModule, Module, Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { appConfig, loadAppConfig, type AppConfig } from './config/app-config';
import { ClockModule } from './common/clock/clock.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { pinoHttpParams } from './common/logging/pino-http-options';
import { MetricsModule } from './common/metrics/metrics.module';
import { QueueModule } from './common/queue/queue.module';
import { dataSourceOptions } from './database/data-source-options';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AuditWorkerModule } from './modules/audit/audit-worker.module';
import { AuditModule } from './modules/audit/audit.module';
import { BidsModule } from './modules/bids/bids.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { ContractsModule } from './modules/contracts/contracts.module';
import { EvaluationModule } from './modules/evaluation/evaluation.module';
import { KeyRatesModule } from './modules/key-rates/key-rates.module';
import { OcdsModule } from './modules/ocds/ocds.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OperationsModule } from './modules/operations/operations.module';
import { SandboxModule } from './modules/sandbox/sandbox.module';
import { SchedulerWorkerModule } from './modules/scheduler/scheduler-worker.module';
import { SchedulerModule } from './modules/scheduler/scheduler.module';
import { TendersModule } from './modules/tenders/tenders.module';

/**
 * Wires the feature modules for one process role: `api` serves HTTP, `worker` runs the
 * BullMQ processors, `all` (the default) does both in one process.
 */
@Module({})
export class AppModule {
  static forRole(config: AppConfig): DynamicModule {
    const api = config.appRole !== 'worker';
    const worker = config.appRole !== 'api';
    const features: Type[] = [
      ...(api
        ? [
            AccountsModule,
            AuditModule,
            OperationsModule,
            CalendarModule,
            KeyRatesModule,
            TendersModule,
            BidsModule,
            SchedulerModule,
            NotificationsModule,
            EvaluationModule,
            ContractsModule,
            OcdsModule,
          ]
        : []),
      ...(api && config.sandbox ? [SandboxModule] : []),
      ...(worker ? [AuditWorkerModule, SchedulerWorkerModule] : []),
    ];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [loadAppConfig(config)],
        }),
        LoggerModule.forRootAsync({
          inject: [appConfig.KEY],
          useFactory: (c: AppConfig) => ({
            pinoHttp: pinoHttpParams(c.logLevel, c.logFormat),
            // No per-request middleware: request-log.ts writes the request lines from a hook.
            forRoutes: [],
          }),
        }),
        TypeOrmModule.forRootAsync({
          inject: [appConfig.KEY],
          useFactory: (c: AppConfig) => dataSourceOptions(c.databaseUrl),
        }),
        ClockModule,
        MetricsModule,
        QueueModule,
        ...(api ? [IdempotencyModule] : []),
        ...features,
      ],
    };
  }
}
