// Each broken fixture is dropped into a copy of the real content and built on
// its own; the build must fail with a message naming the file and the field,
// and must leave the published dist/ alone.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'broken-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the real content plus one fixture article; returns exit code and all output. */
function buildWith(fixture: string): { status: number | null; output: string } {
  const dir = join(work, fixture.replace(/\.mdx$/, ''));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(root, 'tests/fixtures/broken', fixture), join(dir, 'content/articles/en', fixture));
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: join(dir, 'content'),
      ASTRO_OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const publishedDist = join(root, 'dist');
const distStamp = () => (existsSync(publishedDist) ? statSync(publishedDist).mtimeMs : 'absent');

describe('a build with broken content fails, saying where and what', () => {
  it.each([
    [
      'see-also-missing.mdx',
      'content/articles/en/see-also-missing.mdx: seeAlso[0]: no article "no-such-article" in en (expected a file articles/en/no-such-article.mdx)',
    ],
    [
      'photo-missing.mdx',
      'content/articles/en/photo-missing.mdx: photos[0].src: no file at "../../photos/no-such-photo.jpg"',
    ],
  ])('%s', (fixture, message) => {
    const before = distStamp();
    const { status, output } = buildWith(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(distStamp()).toEqual(before);
  });
});
