import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../config/app-config';
import { RolesGuard } from '../../common/auth/roles.guard';
import { AuthController } from './api/auth.controller';
import { JwtAuthGuard } from './api/jwt-auth.guard';
import { LoginThrottleGuard } from './api/login-throttle.guard';
import { MeController } from './api/me.controller';
import { UsersController } from './api/users.controller';
import { CreateUserUseCase } from './application/create-user.use-case';
import { DeactivateUserUseCase } from './application/deactivate-user.use-case';
import { EnsureFirstAdmin } from './application/ensure-first-admin';
import { LogInUseCase } from './application/log-in.use-case';
import { RegisterInvestorUseCase } from './application/register-investor.use-case';
import { UsersQuery } from './application/users.query';
import { PostgresThrottlerStorage } from './infrastructure/postgres-throttler-storage';
import { ScryptPasswordHasher } from './infrastructure/scrypt-password-hasher';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a PEM
        // public key on every verify and throws, which cost about a millisecond of CPU per
        // authenticated request (bench/, BENCHMARKS.md).
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [appConfig.KEY, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) => ({
        throttlers: [
          { name: 'login', ttl: config.loginThrottle.ttlMs, limit: config.loginThrottle.limit },
        ],
        storage: new PostgresThrottlerStorage(dataSource),
      }),
    }),
  ],
  controllers: [AuthController, UsersController, MeController],
  providers: [
    ScryptPasswordHasher,
    RegisterInvestorUseCase,
    LogInUseCase,
    CreateUserUseCase,
    DeactivateUserUseCase,
    UsersQuery,
    EnsureFirstAdmin,
    LoginThrottleGuard,
    // Authentication first, then the role check; both apply to every route.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AccountsModule {}
