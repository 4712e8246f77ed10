import { prepareDatabase } from '../../src/database/prepare-database';
import {
  assertTestDatabase,
  dropDatabase,
  templateName,
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
  await dropDatabase(templateName());
  await prepareDatabase(withDatabase(TEST_DATABASE_URL, templateName()));
}
