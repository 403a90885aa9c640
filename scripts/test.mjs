// @ts-check
// `npm test`: every test, in two lanes side by side. A stage alone leaves a
// core of a two-core machine idle much of the time (`astro check` and a
// build run on one thread; the browser tests wait on pages), so the lanes
// share the machine: one builds the sites and drives the browsers, the other
// runs the unit tests, then the checks of the code and of the built files and
// the page budget. The browser tests are the longest stage: the lanes are
// balanced so that both end at about the same time.
// Each stage prints its output whole when it ends, then a table of what took
// how long. A failed stage stops only the stages that need it; the others
// run, so that one run says everything that is wrong.
//
// Usage: npm test   (each stage is an npm script: `npm run test:e2e` runs one)
import { spawn } from 'node:child_process';

/**
 * @typedef {object} Stage
 * @property {string} script The npm script.
 * @property {string[]} [needs] Stages whose success it needs, in either lane.
 */

/**
 * The lanes, each a list of stages run in order. `lint` runs `astro check`,
 * which writes Astro's generated types in .astro/ as a build does: it waits
 * for the builds.
 * @type {Stage[][]}
 */
const lanes = [
  [
    { script: 'build' },
    { script: 'build:fixtures', needs: ['build'] },
    { script: 'test:e2e', needs: ['build:fixtures'] },
  ],
  [
    { script: 'test:unit' },
    { script: 'lint', needs: ['build:fixtures'] },
    { script: 'test:dist', needs: ['build:fixtures'] },
    { script: 'budget', needs: ['build:fixtures'] },
  ],
];

/** @typedef {{ script: string, seconds: number, ok: boolean | undefined }} Outcome */

/** @type {Map<string, (ok: boolean) => void>} */
const finish = new Map();
/** Whether each stage passed, once it has ended (or been left out). */
const passed = new Map(
  lanes
    .flat()
    .map(({ script }) => [
      script,
      /** @type {Promise<boolean>} */ (new Promise((resolve) => finish.set(script, resolve))),
    ]),
);

const started = performance.now();
const elapsed = (from = started) => Math.round((performance.now() - from) / 100) / 10;

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
      const outcome = { script, seconds: elapsed(from), ok: code === 0 };
      console.log(
        `\n── [${elapsed()} s] ${script} ${outcome.ok ? 'passed' : 'FAILED'} in ${outcome.seconds} s ──`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve(outcome);
    });
  });
}

/**
 * Runs a lane's stages in order, each once the stages it needs have passed.
 * @param {Stage[]} lane
 * @returns {Promise<Outcome[]>}
 */
async function runLane(lane) {
  /** @type {Outcome[]} */
  const outcomes = [];
  for (const { script, needs = [] } of lane) {
    const ready = (await Promise.all(needs.map((need) => passed.get(need)))).every(Boolean);
    /** @type {Outcome} */
    const outcome = ready ? await run(script) : { script, seconds: 0, ok: undefined };
    outcomes.push(outcome);
    finish.get(script)?.(outcome.ok === true);
  }
  return outcomes;
}

const outcomes = (await Promise.all(lanes.map(runLane))).flat();
console.log(`\nnpm test: ${elapsed()} s in all, two lanes side by side`);
for (const { script, seconds, ok } of outcomes) {
  const state = ok === undefined ? 'not run: a stage it needs failed' : ok ? 'passed' : 'FAILED';
  console.log(`  ${script.padEnd(16)} ${String(seconds).padStart(6)} s  ${state}`);
}
process.exit(outcomes.every(({ ok }) => ok) ? 0 : 1);
