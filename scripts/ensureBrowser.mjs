// Makes sure the browser tests have a Chromium to drive, without downloading
// a browser build where a system one can be had:
//   1. a system Chromium (/usr/bin/chromium ...) is used as it is;
//   2. on Debian as root, Debian's `chromium` package is installed with apt-get;
//   3. elsewhere, Playwright's own Chromium (`npx playwright install chromium`);
//   4. if none of these works, it stops and says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { systemChromium } from './browser.mjs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

function playwrightChromiumInstalled() {
  try {
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (systemChromium()) {
  console.log(`browser: using ${systemChromium()}`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
if (isDebian && isRoot) {
  console.log("browser: no system Chromium; installing Debian's chromium package with apt-get");
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
    if (systemChromium()) process.exit(0);
  }
} else if (playwrightChromiumInstalled()) {
  console.log("browser: using Playwright's Chromium");
  process.exit(0);
} else if (!isDebian) {
  console.log("browser: no system Chromium; installing Playwright's Chromium");
  if (run('npx', ['playwright', 'install', 'chromium']) && playwrightChromiumInstalled()) {
    process.exit(0);
  }
}

console.error(`
No Chromium for the browser tests could be found or installed.
Install one, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install chromium
  elsewhere:      npx playwright install chromium
`);
process.exit(1);
