import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import type { Engine } from './tests/e2e/reader/test';
import { chromiumArgs, testChromium } from './scripts/browser.mjs';

import { fixturePort, mirrorPort } from './tests/e2e/fixtureSite';

// Overridable so that two checkouts can run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4322);
const executablePath: string | undefined = testChromium();

export default defineConfig<{ engine: Engine }>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One worker per core: each drives its own browser, and a browser keeps a core busy.
  workers: availableParallelism(),
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    // The reader journey, and the one-file copies opened from a file, also run
    // in Debian's Firefox ESR and WebKitGTK (tests/e2e/reader/): many readers
    // are on iPhones (WebKit), some on Firefox.
    { name: 'firefox', testMatch: /(journey|oneFile)\.spec\.ts/, use: { engine: 'firefox' } },
    { name: 'webkit', testMatch: /(journey|oneFile)\.spec\.ts/, use: { engine: 'webkit' } },
  ],
  // The production build, as readers get it (npm test builds it first), served
  // by a plain static server as any host would.
  webServer: [
    {
      command: `sirv dist --port ${port} --host 127.0.0.1 --quiet`,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The site with test-only fixture articles (npm run build:fixtures).
      command: `sirv .fixture-site --port ${fixturePort} --host 127.0.0.1 --quiet`,
      url: `http://127.0.0.1:${fixturePort}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same dist/, served under a folder as a mirror would serve it.
      command: `node tests/e2e/mirrorServer.mjs ${mirrorPort}`,
      url: `http://127.0.0.1:${mirrorPort}/mirror/x/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
