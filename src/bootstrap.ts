import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadEnvFile } from './config/load-env-file';
import { ConfigError, readConfig, ServiceConfig } from './config/read-config';
import { configureHttp } from './common/http/configure-http';
import { createFastifyAdapter } from './common/http/fastify-adapter';
import { prepareDatabase } from './database/prepare-database';

/** Starts the HTTP API (and, for APP_ROLE=all, the workers in the same process). */
export async function startApi(config: ServiceConfig): Promise<NestFastifyApplication> {
  await prepareDatabase(config.databaseUrl);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRole(config),
    createFastifyAdapter(),
    { bufferLogs: true },
  );
  await configureHttp(app);
  await app.listen(config.port, '0.0.0.0');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
  app.get(Logger).log(`offset-tender ${config.appRole} listening on ${url}`, 'Bootstrap');
  return app;
}

/** Starts the BullMQ workers only, with no HTTP server. */
export async function startWorker(config: ServiceConfig): Promise<void> {
  await prepareDatabase(config.databaseUrl);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRole({ ...config, appRole: 'worker' }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('offset-tender worker started', 'Bootstrap');
}

/** Reads the configuration, or stops with a message that names the bad variable. */
export function configOrExit(): ServiceConfig {
  try {
    loadEnvFile();
    return readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`offset-tender: configuration error: ${error.message}\n`);
    process.exit(1);
  }
}

export function exitOnFailure(error: unknown): never {
  process.stderr.write(
    `offset-tender: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
}
