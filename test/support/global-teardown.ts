import { dropDatabase, templateName } from './test-database';

/** Drops this run's template database. */
export default async function globalTeardown(): Promise<void> {
  await dropDatabase(templateName());
}
