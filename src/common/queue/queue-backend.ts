import { createPostgresBackend, setDefaultBackendFactory, type ConnectionOptions } from 'bullmq';

interface QueueSettings {
  databaseUrl: string;
  redisUrl?: string;
}

/**
 * BullMQ runs on Redis when REDIS_URL is set, else on its PostgreSQL backend in the
 * service's own database (the zero-install mode). @nestjs/bullmq builds its queues and
 * workers with the process-wide default backend, so this runs before the app is created.
 * Deadlines do not depend on the choice: the chronograph's database sweep is their source of
 * truth, and nothing here relies on QueueEvents (which the PostgreSQL backend may miss).
 */
export function selectQueueBackend(settings: QueueSettings): void {
  setDefaultBackendFactory(settings.redisUrl ? undefined : createPostgresBackend);
}

export function queueConnection(settings: QueueSettings): ConnectionOptions {
  if (settings.redisUrl) return { url: settings.redisUrl, maxRetriesPerRequest: null };
  // A node-postgres pool config. migrate: BullMQ creates (or upgrades) its `bullmq` schema
  // on connect, under its own advisory lock.
  return { connectionString: settings.databaseUrl, max: 4, migrate: true };
}
