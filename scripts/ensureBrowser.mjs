// Makes sure the browser tests have their engines, without downloading a
// browser build where a system one can be had:
//   1. system browsers (Chromium, Firefox ESR, WebKitGTK) are used as they are;
//   2. on Debian as root, the missing ones are installed with apt-get;
//   3. elsewhere, Chromium may be Playwright's own (`npx playwright install chromium`);
//   4. Firefox and WebKit run only from system packages: where one is missing,
//      its tests say so and are skipped, except on CI (CI=true), where that
//      is an error.
// If Chromium cannot be had, it stops and says exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { engines, testChromium } from './browser.mjs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
const missing = () => engines.filter((engine) => !engine.find());

function playwrightChromiumInstalled() {
  try {
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (missing().length > 0 && isDebian && isRoot) {
  const packages = missing().flatMap((engine) => engine.packages);
  console.log(`browser: installing Debian's ${packages.join(', ')} with apt-get`);
  if (!run('apt-get', ['update', '-qq'])) console.error('browser: apt-get update failed');
  else run('apt-get', ['install', '-y', '-qq', ...packages]);
}

for (const engine of engines) {
  const found = engine.find();
  if (found)
    console.log(
      `browser: ${engine.name}: ${typeof found === 'string' ? found : Object.values(found).join(', ')}`,
    );
}

if (!testChromium()) {
  if (!isDebian && !playwrightChromiumInstalled()) {
    console.log("browser: no system Chromium; installing Playwright's Chromium");
    run('npx', ['playwright', 'install', 'chromium']);
  }
  if (playwrightChromiumInstalled()) console.log("browser: Chromium: Playwright's own");
  else {
    console.error(`
No Chromium for the browser tests could be found or installed.
Install one, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install chromium-headless-shell
  elsewhere:      npx playwright install chromium
`);
    process.exit(1);
  }
}

const absent = missing().filter((engine) => engine.name !== 'Chromium');
if (absent.length > 0) {
  const packages = absent.flatMap((engine) => engine.packages).join(' ');
  console.error(
    `browser: no ${absent.map((engine) => engine.name).join(' or ')}: the reader journey will not run in ${absent.length > 1 ? 'them' : 'it'}.\n` +
      `  Debian/Ubuntu:  sudo apt-get install ${packages}`,
  );
  if (process.env.CI) process.exit(1);
}
