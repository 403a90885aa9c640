// `npm run build` replaces the site only with a whole one
// (scripts/publishBuild.mjs): a build that fails, at any point, leaves the
// last good site as it was. Astro is stood in for by functions that write a
// folder, so every way a build can end is tried in milliseconds.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { besideSite, buildInPlaceOf } from '../../scripts/publishBuild.mjs';

let site: string;
beforeEach(() => {
  site = join(mkdtempSync(join(tmpdir(), 'publish-build-')), 'dist');
  mkdirSync(join(site, '.git'), { recursive: true });
  writeFileSync(join(site, 'index.html'), 'last good');
  writeFileSync(join(site, '.git/HEAD'), 'ref: refs/heads/pages');
});
afterEach(() => rmSync(join(site, '..'), { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(site, path), 'utf8');
/** A build that writes a page, then, if told, fails as a build fails half-way. */
const building =
  (fail = false) =>
  async (folder: string) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), 'new');
    if (fail) throw new Error('the build stopped');
  };

describe('buildInPlaceOf', () => {
  it('puts a whole build in the place of the site, keeping its git repository', async () => {
    await buildInPlaceOf(site, building());
    expect(read('index.html')).toBe('new');
    expect(read('.git/HEAD')).toBe('ref: refs/heads/pages');
    const { building: beside, previous } = besideSite(site);
    expect([existsSync(beside), existsSync(previous)]).toEqual([false, false]);
  });

  it('leaves the last good site as it was when the build fails, and removes what it began', async () => {
    await expect(buildInPlaceOf(site, building(true))).rejects.toThrow('the build stopped');
    expect(read('index.html')).toBe('last good');
    expect(existsSync(besideSite(site).building)).toBe(false);
  });

  it('builds the first site, where there was none', async () => {
    rmSync(site, { recursive: true });
    await buildInPlaceOf(site, building());
    expect(read('index.html')).toBe('new');
  });

  it('puts back the last site that a build stopped between its two renames had set aside', async () => {
    const { building: beside, previous } = besideSite(site);
    rmSync(site, { recursive: true });
    mkdirSync(previous);
    writeFileSync(join(previous, 'index.html'), 'last good');
    mkdirSync(beside);
    writeFileSync(join(beside, 'index.html'), 'half');
    await expect(buildInPlaceOf(site, building(true))).rejects.toThrow();
    expect(read('index.html')).toBe('last good');
    expect([existsSync(beside), existsSync(previous)]).toEqual([false, false]);
  });
});
