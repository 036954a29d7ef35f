import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests of the pages on Debian's Chromium (no browser download here): CHROMIUM_PATH, /usr/bin/chromium by
 * default. One worker: the tests share one federation with the demo data, and some of them change it (a consent
 * withdrawn). Screenshots of each page land in test-results/screenshots, kept as artefacts.
 */
export default defineConfig({
  testDir: 'test',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/output',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
  },
});
