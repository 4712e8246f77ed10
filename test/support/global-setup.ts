import { prepareDatabase } from '../../src/database/prepare-database';
import {
  assertTestDatabase,
  dropDatabase,
  TEMPLATE_NAME,
  TEST_DATABASE_URL,
  withDatabase,
} from './test-database';

/**
 * Migrates a template database once per run; every e2e test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE), so files run in parallel without sharing a clock, a chain
 * or a queue.
 */
export default async function globalSetup(): Promise<void> {
  assertTestDatabase(TEST_DATABASE_URL);
  await dropDatabase(TEMPLATE_NAME);
  await prepareDatabase(withDatabase(TEST_DATABASE_URL, TEMPLATE_NAME));
}
