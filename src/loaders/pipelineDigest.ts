import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/** Relative module specifiers of import and export statements. */
const specifiers = /^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const extensions = ['', '.ts', '.js', '.mjs', '/index.ts', '/index.js'];

async function existing(path: string): Promise<{ path: string; text: string } | undefined> {
  for (const extension of extensions) {
    const text = await readFile(`${path}${extension}`, 'utf8').catch(() => undefined);
    if (text !== undefined) return { path: `${path}${extension}`, text };
  }
  return undefined;
}

/**
 * The project's own source files that a module imports, directly or through
 * others, itself included, with their text: what a change to would change
 * what the module computes.
 */
export async function localModuleGraph(entry: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const visit = async (path: string) => {
    const file = await existing(path);
    if (!file || found.has(file.path)) return;
    found.set(file.path, file.text);
    for (const [, specifier] of file.text.matchAll(specifiers)) {
      await visit(resolve(dirname(file.path), specifier!));
    }
  };
  await visit(entry);
  return found;
}

/**
 * What the rendered entries of the content store depend on besides their own
 * files: the content config and every project file it imports (schemas,
 * typography, the loader and its plugins), and the lockfile (Sätteri's
 * version). Astro clears the store when the content config file itself
 * changes, not when a file it imports does; the loader compares this digest.
 */
export async function pipelineDigest(
  root: string,
  configFile: string,
  digest: (text: string) => string,
): Promise<string> {
  const files = await localModuleGraph(configFile);
  const lockfile = await readFile(join(root, 'package-lock.json'), 'utf8').catch(() => '');
  const parts = [...files].map(([path, text]) => `${relative(root, path)}\n${text}`).sort();
  return digest([...parts, lockfile].join('\u0000'));
}
