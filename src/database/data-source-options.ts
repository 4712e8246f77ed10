import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * One definition of the database connection for the app, the worker, the tests and the
 * TypeORM CLI. Schema changes go through migrations only: synchronize is off, always.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: 20,
      // Statements queued on one connection before the previous answer (the opening's reads
      // ahead and its writes) are sent at once and answered in order, as node-postgres
      // documents pipelining: without it pg 8 sends them one by one and warns that pg 9
      // will refuse them. Code that awaits each statement behaves as before.
      pipeline: true,
      // Fail fast when PostgreSQL is gone, so requests answer 503 instead of hanging.
      connectionTimeoutMillis: 5000,
      statement_timeout: 30000,
    },
  };
}
