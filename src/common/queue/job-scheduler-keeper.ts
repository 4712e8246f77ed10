import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

const logger = new Logger('JobSchedulerKeeper');

/**
 * Upserts a repeatable job now and again every `everyMs` (idempotent by name), so a Redis
 * that lost its keys (FLUSHDB, failover to an empty replica) gets the schedule back by
 * itself. Returns a function that stops the re-upserting.
 */
export async function keepJobScheduler(
  queue: Queue,
  name: string,
  everyMs: number,
): Promise<() => void> {
  const upsert = () =>
    queue.upsertJobScheduler(
      name,
      { every: everyMs },
      { name, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  await upsert();
  const timer = setInterval(
    () => {
      upsert().catch((error: unknown) =>
        logger.warn({ err: error }, `could not renew job scheduler ${name}`),
      );
    },
    Math.max(everyMs, 1000),
  );
  timer.unref();
  return () => clearInterval(timer);
}
