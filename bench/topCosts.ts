// Where a build spends its CPU: reads V8 .cpuprofile files (node --cpu-prof)
// and ranks functions and files/packages by self time.
//
// Usage: node bench/topCosts.ts <profile.cpuprofile | folder>... [--root <project root>]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The parts of V8's .cpuprofile the ranking reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  /** µs. */
  startTime: number;
  /** µs. */
  endTime: number;
  /** Node id per sample. */
  samples: number[];
  /** µs before each sample. */
  timeDeltas: number[];
}

/** One function's self time. */
export interface FunctionCost {
  name: string;
  location: string;
  group: string;
  selfMs: number;
}

export interface Costs {
  /** Sampled time across all profiles. */
  totalMs: number;
  /** By self time, largest first. */
  functions: FunctionCost[];
  /** Files and packages by self time, largest first. */
  groups: { group: string; selfMs: number }[];
}

const defaultRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * What a script URL belongs to: a package under node_modules (by its name), a
 * Node built-in, a file of the project (its path from the root), or for V8's
 * own entries such as (garbage collector), that name.
 */
export function costGroup(url: string, functionName: string, root = defaultRoot): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (built-in modules)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const packagePath = path.split('/node_modules/').at(-1);
  if (packagePath !== undefined && packagePath !== path) {
    const [first = '', second = ''] = packagePath.split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const inProject = relative(root, path);
  return inProject.startsWith('..') ? path : inProject;
}

/**
 * Self time per function and per file/package over one or more profiles.
 * A sample's time is the interval until the next sample, as DevTools counts it.
 */
export function profileCosts(profiles: CpuProfile[], root = defaultRoot): Costs {
  const functions = new Map<string, FunctionCost>();
  const groups = new Map<string, number>();
  let totalMs = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    let at = profile.startTime + (profile.timeDeltas[0] ?? 0);
    profile.samples.forEach((id, index) => {
      const next =
        index + 1 < profile.samples.length
          ? at + (profile.timeDeltas[index + 1] ?? 0)
          : profile.endTime;
      const ms = Math.max(0, next - at) / 1000;
      at = next;
      const frame = nodes.get(id);
      if (!frame) return;
      const name = frame.functionName || '(anonymous)';
      const group = costGroup(frame.url, name, root);
      const location = frame.url === '' ? '' : `${group}:${frame.lineNumber + 1}`;
      const key = `${name}\u0000${location}`;
      const entry = functions.get(key) ?? { name, location, group, selfMs: 0 };
      entry.selfMs += ms;
      functions.set(key, entry);
      groups.set(group, (groups.get(group) ?? 0) + ms);
      totalMs += ms;
    });
  }
  return {
    totalMs,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs),
    groups: [...groups]
      .map(([group, selfMs]) => ({ group, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

/**
 * The ranking as text: the top functions and the top files/packages, with
 * milliseconds and share of all sampled time.
 */
export function topCostsReport(costs: Costs, { functions = 15, groups = 10 } = {}): string {
  const share = (ms: number) => `${((ms / costs.totalMs) * 100).toFixed(1)}%`.padStart(6);
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(10);
  return [
    `sampled time: ${(costs.totalMs / 1000).toFixed(1)} s over all profiles. (idle) is a JS thread waiting,`,
    'e.g. on libvips threads, disk or a child; (program) is native work outside JS functions.',
    '',
    `top ${functions} functions by self time:`,
    ...costs.functions
      .slice(0, functions)
      .map(
        (f, i) =>
          `${String(i + 1).padStart(3)}. ${ms(f.selfMs)} ${share(f.selfMs)}  ${f.name}  ${f.location}`,
      ),
    '',
    `top ${groups} files/packages by self time:`,
    ...(costs.groups.slice(0, groups).some(({ group }) => group.startsWith('.astro/.prerender/'))
      ? [
          '(.astro/.prerender/chunks/ is the site as Astro bundled it for prerendering: src/ code and',
          " Astro's runtime together, each chunk named after one of its modules.)",
        ]
      : []),
    ...costs.groups
      .slice(0, groups)
      .map(
        (g, i) => `${String(i + 1).padStart(3)}. ${ms(g.selfMs)} ${share(g.selfMs)}  ${g.group}`,
      ),
  ].join('\n');
}

/**
 * The .cpuprofile files among the given files and folders.
 */
function profileFiles(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((file) => file.endsWith('.cpuprofile'))
          .sort()
          .map((file) => join(path, file))
      : [path],
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { root: { type: 'string' } },
  });
  const files = profileFiles(positionals);
  if (files.length === 0) {
    console.error('usage: node bench/topCosts.ts <profile.cpuprofile | folder>... [--root <dir>]');
    process.exit(2);
  }
  const profiles = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  console.log(`${files.length} profile(s): ${files.join(', ')}`);
  console.log(
    topCostsReport(profileCosts(profiles, values.root ? resolve(values.root) : defaultRoot)),
  );
}
