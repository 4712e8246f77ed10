import { defineConfig } from '@playwright/test';
import { CONSOLE_URL } from './e2e/support/server';

/**
 * The console's browser tests: Debian's Chromium (Playwright's own download cannot work
 * here), headless, against the built server (`node ../dist/main.js`, SANDBOX=true) on a
 * test database that global setup makes and drops.
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  // One story, told in order by several people: one worker, no retries that would retell it.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 3 * 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: CONSOLE_URL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
