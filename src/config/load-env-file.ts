import { existsSync } from 'node:fs';

/**
 * Loads ./.env when present (copied from .env.example). Variables already set in the
 * environment win over the file.
 */
export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
