import type { AppConfig } from './config/app-config';
import type { ServiceConfig } from './config/read-config';
import { selectQueueBackend } from './common/queue/queue-backend';
import { startEmbeddedPostgres } from './database/embedded/embedded-postgres';

export interface Infrastructure {
  config: AppConfig;
  /** What start-up repaired (e.g. a PostgreSQL left running by a crash), for the log. */
  notes: string[];
  /** Stops what this process started (the embedded PostgreSQL), after the app has closed. */
  stop(): Promise<void>;
}

/**
 * Settles where the data and the queues live before the app is created: DATABASE_URL's
 * PostgreSQL or an embedded one (EMBEDDED_PG_DIR), and Redis at REDIS_URL or BullMQ's
 * PostgreSQL backend. The embedded mode is for trials, demos and one machine; production
 * refuses it (read-config.ts).
 */
export async function settleInfrastructure(config: ServiceConfig): Promise<Infrastructure> {
  if (config.databaseUrl) {
    const database = `PostgreSQL at ${address(config.databaseUrl)}`;
    return settle(config, config.databaseUrl, database, { notes: [], stop: async () => {} });
  }
  const embedded = await startEmbeddedPostgres(config.embeddedPostgresDir);
  return settle(config, embedded.url, embedded.summary, embedded);
}

function settle(
  config: ServiceConfig,
  databaseUrl: string,
  database: string,
  lifecycle: Pick<Infrastructure, 'notes' | 'stop'>,
): Infrastructure {
  selectQueueBackend({ databaseUrl, redisUrl: config.redisUrl });
  const queues = config.redisUrl
    ? `queues on Redis at ${address(config.redisUrl)}`
    : 'queues on PostgreSQL';
  return {
    config: { ...config, databaseUrl, infrastructure: `${database}; ${queues}` },
    notes: lifecycle.notes,
    stop: () => lifecycle.stop(),
  };
}

/** host:port/path of a URL, never its credentials (this goes to logs and /health/ready). */
function address(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}${port ? `:${port}` : ''}${pathname === '/' ? '' : pathname}`;
}
