// `npm run dev` in a copy of the project: a frontmatter mistake shows in the
// browser, whether the server starts with it (Astro itself cannot start
// then) or it is made while the server runs, and the page comes back once
// the file is corrected. Drafts show, marked as such.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedProject, projectRoot } from './isolatedBuild';

const brief = 'articles/en/what-kazakhstan-will-be-like-after-presidential-election.mdx';
const briefPath = '/en/articles/what-kazakhstan-will-be-like-after-presidential-election/';

/** A port nobody listens on now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The environment an editor's terminal has: this one without what vitest adds. */
const editorEnvironment = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(name)),
  );

let work: string;
let content: string;
let child: ChildProcess;
let output = '';
let base: string;

/** The page at `path` once `ready` holds for its HTML, or what it was after 60 s. */
async function pageWhen(path: string, ready: (html: string) => boolean) {
  let last = { status: 0, html: '' };
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    try {
      const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      last = { status: response.status, html: await response.text() };
      if (ready(last.html)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return last;
}

const edit = (file: string, find: string | RegExp, replace: string) => {
  const path = join(content, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(find, replace));
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dev-server-'));
  content = isolatedProject(join(work, 'project'), (dir) => {
    const path = join(dir, brief);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/^headline: .*$/m, 'headline: Test: A Day in Almaty'),
    );
    writeFileSync(
      join(dir, 'articles/en/work-in-progress.mdx'),
      '---\nlang: en\ndraft: true\nheadline: "Work in progress"\nstandfirst: "S."\npublished: 2026-11-20\nauthors: [bulletin-newsroom]\ntopics: [kazakhstan]\n---\n\nBody.\n',
    );
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, [join(projectRoot, 'scripts/dev.mjs'), '--port', String(port)], {
    cwd: join(work, 'project'),
    // Its own cache: node_modules (and Astro's default cache in it) is the real project's.
    // Without vitest's variables (NODE_ENV=test, VITEST...), under which Astro's dev server
    // leaves page requests unhandled ("Cannot GET").
    env: { ...editorEnvironment(), NO_COLOR: '1', ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
});

afterAll(async () => {
  child.kill();
  await new Promise((resolve) => child.once('close', resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows a mistake the content has when it starts, in the browser and the terminal', async () => {
    const { status, html } = await pageWhen(briefPath, (page) => page.includes('<h1>'));
    expect(status, output).toBe(500);
    expect(html).toContain('<h1>The site cannot be shown: 1 problem in the content</h1>');
    expect(html).toContain(
      'line 3: headline: YAML reads &quot;: &quot; in a text as the start of another field',
    );
    expect(output).toContain('The site cannot be shown: 1 problem in the content.');
  });

  it('shows the site once the file is corrected, drafts marked', async () => {
    edit(brief, /^headline: .*$/m, 'headline: "Test: A Day in Almaty"');
    const article = await pageWhen(briefPath, (page) => page.includes('article__headline'));
    expect(article.status, `${output}\n${article.html.slice(0, 800)}`).toBe(200);
    expect(article.html).toMatch(/<h1 class="article__headline"[^>]*>Test: A Day in Almaty<\/h1>/);
    const draft = await pageWhen('/en/articles/work-in-progress/', (page) =>
      page.includes('article__headline'),
    );
    expect(draft.html).toContain('Draft: this article is not published.');
  });

  it('shows a mistake made while it runs, instead of the page as it was', async () => {
    edit(
      'articles/en/what-do-protesting-moods-in-kazakhstan-tell-about.mdx',
      '    caption: Alimzhan Izbasarov',
      '    captoin: Alimzhan Izbasarov',
    );
    const { status, html } = await pageWhen(briefPath, (page) => page.includes('captoin'));
    expect(status, output).toBe(500);
    expect(html).toContain('photos[0].captoin: not a field of a photo; did you mean caption?');
  });
});
