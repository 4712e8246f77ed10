import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadEnvFile } from './config/load-env-file';
import { ConfigError, readConfig, ServiceConfig } from './config/read-config';
import { configureHttp } from './common/http/configure-http';
import { createFastifyAdapter } from './common/http/fastify-adapter';
import { prepareDatabase } from './database/prepare-database';
import { Infrastructure, settleInfrastructure } from './infrastructure';

/** Starts the HTTP API (and, for APP_ROLE=all, the workers in the same process). */
export async function startApi(serviceConfig: ServiceConfig): Promise<NestFastifyApplication> {
  return withInfrastructure(serviceConfig, async ({ config, notes }) => {
    await prepareDatabase(config.databaseUrl);
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRole(config),
      createFastifyAdapter(),
      { bufferLogs: true },
    );
    await configureHttp(app);
    await app.listen(config.port, '0.0.0.0');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
    const logger = app.get(Logger);
    for (const note of notes) logger.warn(note, 'Bootstrap');
    logger.log(
      `offset-tender ${config.appRole} listening on ${url} — ${config.infrastructure}`,
      'Bootstrap',
    );
    return app;
  });
}

/** Starts the BullMQ workers only, with no HTTP server. */
export async function startWorker(serviceConfig: ServiceConfig): Promise<void> {
  await withInfrastructure({ ...serviceConfig, appRole: 'worker' }, async ({ config }) => {
    await prepareDatabase(config.databaseUrl);
    const app = await NestFactory.createApplicationContext(AppModule.forRole(config), {
      bufferLogs: true,
    });
    app.useLogger(app.get(Logger));
    await app.init();
    app.get(Logger).log(`offset-tender worker started — ${config.infrastructure}`, 'Bootstrap');
    return app;
  });
}

/**
 * Runs start-up on settled infrastructure and gives the process one orderly shutdown: on
 * SIGTERM or SIGINT the app closes (HTTP drained, workers stopped, pool closed), then what
 * the infrastructure started (an embedded PostgreSQL) stops, then the process exits. A failed
 * start stops it too, so no PostgreSQL of ours outlives the process.
 */
async function withInfrastructure<T extends INestApplicationContext>(
  serviceConfig: ServiceConfig,
  start: (infrastructure: Infrastructure) => Promise<T>,
): Promise<T> {
  const infrastructure = await settleInfrastructure(serviceConfig);
  let app: T;
  try {
    app = await start(infrastructure);
  } catch (error) {
    await infrastructure.stop().catch(() => undefined);
    throw error;
  }
  let closing = false;
  const shutdown = () => {
    // Ctrl-C reaches npm and node alike, so a signal may come twice: close once.
    if (closing) return;
    closing = true;
    app
      .close()
      .then(() => infrastructure.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => exitOnFailure(error, 'failed to stop'),
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  return app;
}

/** Reads the configuration, or stops with a message that names the bad variable. */
export function configOrExit(): ServiceConfig {
  try {
    loadEnvFile();
    return readConfig(process.env, process.stdout.isTTY === true);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`offset-tender: configuration error: ${error.message}\n`);
    process.exit(1);
  }
}

export function exitOnFailure(error: unknown, what = 'failed to start'): never {
  process.stderr.write(
    `offset-tender: ${what}: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
}
