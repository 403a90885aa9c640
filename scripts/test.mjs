// @ts-check
// `npm test`: every test, in two lanes side by side. A stage alone leaves a
// core of a two-core machine idle much of the time (`astro check` and a
// build run on one thread; the browser tests wait on pages), so the lanes
// share the machine: one builds the sites and drives the browsers, the other
// runs the unit tests, then the checks of the code and of the built files.
// Each stage prints its output whole when it ends, then a table of what took
// how long. A failed stage stops the rest of its lane; the other lane runs
// on, so that one run says everything that is wrong.
//
// Usage: npm test   (the stages are npm scripts: `npm run test:e2e` runs one)
import { spawn } from 'node:child_process';

/**
 * The lanes, each a list of npm scripts run in order. `lint` runs `astro
 * check`, which writes Astro's generated types in .astro/ as a build does:
 * it waits for the builds to be done (`after`).
 * @type {{ script: string, after?: string }[][]}
 */
const lanes = [
  [{ script: 'build' }, { script: 'build:fixtures' }, { script: 'test:e2e' }],
  [
    { script: 'test:unit' },
    { script: 'lint', after: 'build:fixtures' },
    { script: 'test:dist', after: 'build:fixtures' },
    { script: 'budget', after: 'build:fixtures' },
  ],
];

/** @typedef {{ script: string, seconds: number, ok: boolean | undefined }} Outcome */

/** @type {Map<string, Promise<boolean>>} */
const finished = new Map();
/** @type {Map<string, (ok: boolean) => void>} */
const finish = new Map();
for (const { script } of lanes.flat()) {
  finished.set(script, new Promise((resolve) => finish.set(script, resolve)));
}

const started = performance.now();
const elapsed = (from = started) => ((performance.now() - from) / 1000).toFixed(1);

/**
 * Runs one npm script with its output kept; prints it whole when it ends.
 * @param {string} script
 * @returns {Promise<Outcome>}
 */
function run(script) {
  return new Promise((resolve) => {
    const from = performance.now();
    console.log(`[${elapsed()} s] ${script}: started`);
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
    });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = Number(elapsed(from));
      console.log(`\n── ${script} ${ok ? 'passed' : 'FAILED'} in ${seconds} s ──`);
      process.stdout.write(Buffer.concat(output));
      resolve({ script, seconds, ok });
    });
  });
}

/**
 * Runs a lane's stages in order, each after what it waits for.
 * @param {{ script: string, after?: string }[]} lane
 * @returns {Promise<Outcome[]>}
 */
async function runLane(lane) {
  /** @type {Outcome[]} */
  const outcomes = [];
  let failed = false;
  for (const { script, after } of lane) {
    const ready = !failed && (after ? await finished.get(after) : true);
    /** @type {Outcome} */
    const outcome = ready ? await run(script) : { script, seconds: 0, ok: undefined };
    outcomes.push(outcome);
    failed ||= outcome.ok !== true;
    finish.get(script)?.(outcome.ok === true);
  }
  return outcomes;
}

const outcomes = (await Promise.all(lanes.map(runLane))).flat();
console.log(`\nnpm test: ${elapsed()} s in all, the two lanes side by side`);
for (const { script, seconds, ok } of outcomes) {
  const state = ok === undefined ? 'not run: what it needs failed' : ok ? 'passed' : 'FAILED';
  console.log(`  ${script.padEnd(16)} ${String(seconds).padStart(6)} s  ${state}`);
}
process.exit(outcomes.every(({ ok }) => ok) ? 0 : 1);
