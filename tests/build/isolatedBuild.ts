import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** The project whose site is built. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What a build ended with. */
export interface BuildResult {
  /** The exit code; null when the build was killed. */
  status: number | null;
  /** Everything it printed, stdout and stderr as they came, without colours. */
  output: string;
  /** How long it took. */
  seconds: number;
}

/** What a build needs of the project besides content/ and node_modules/. */
const projectFiles = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of the project under `dir` (its own root, content and .astro/, the
 * real node_modules), with the content changed by `arrange`; returns its
 * content folder.
 */
export function isolatedProject(dir: string, arrange: (contentDir: string) => void): string {
  mkdirSync(dir, { recursive: true });
  for (const file of projectFiles) {
    if (existsSync(join(projectRoot, file))) {
      cpSync(join(projectRoot, file), join(dir, file), { recursive: true });
    }
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const contentDir = join(dir, 'content');
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  arrange(contentDir);
  return contentDir;
}

/**
 * Builds the site, with the real content as changed by `arrange`, in a
 * project of its own under `dir`. Its own project because Astro writes its
 * generated modules to <root>/.astro/ whatever the out and cache folders
 * are: two builds sharing a root render each other's pages, and a build
 * from the real root would rewrite the working copy's .astro/. Nothing is
 * written outside `dir`.
 */
export async function buildInIsolation(
  dir: string,
  arrange: (contentDir: string) => void,
): Promise<BuildResult> {
  isolatedProject(dir, arrange);
  return buildProject(dir);
}

/**
 * Runs `npm run build` in a project made by isolatedProject, into
 * `<dir>/<outDir>` with the cache folder `<dir>/<cacheDir>` (builds one
 * after the other in one project may keep a cache folder, or not), with
 * `env` added to its environment.
 */
export async function buildProject(
  dir: string,
  { outDir = 'dist', cacheDir = 'cache', env = {} as Record<string, string> } = {},
): Promise<BuildResult> {
  const started = performance.now();
  // `npm run build`, which ends a failed build with the editor's block.
  const build = join(projectRoot, 'scripts/build.mjs');
  // The Node that runs the tests runs the build: the project's own, whatever is on PATH.
  const child = spawn(process.execPath, [build], {
    cwd: dir,
    env: {
      ...process.env,
      CONTENT_DIR: join(dir, 'content'),
      ASTRO_OUT_DIR: join(dir, outDir),
      ASTRO_CACHE_DIR: join(dir, cacheDir),
      NO_COLOR: '1',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return {
    status,
    output: stripVTControlCharacters(output),
    seconds: (performance.now() - started) / 1000,
  };
}
