// A temporary clone of the content as the editing page's "Work with Local
// Repository" sees it. The CMS asks the browser for a folder with
// showDirectoryPicker(), a dialog no test driver can answer; the test gives it
// instead a folder of the browser's own private file system (a real
// FileSystemDirectoryHandle, as the picker returns), filled with the clone's
// files, and copies what the CMS wrote there back into the clone.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, type Page } from '@playwright/test';

/**
 * A copy of content/ in the test's output folder, `root/content/...`: kept
 * after a failure to look at, and cleared by Playwright's next run.
 */
export function cloneContent(): string {
  const root = test.info().outputPath('clone');
  cpSync('content', join(root, 'content'), { recursive: true });
  return root;
}

const filesUnder = (root: string, dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

/**
 * Opens the editing page with the clone as its local repository: the picker
 * answers with the browser's copy of it, and the CMS lists the articles.
 */
export async function openWithClone(page: Page, root: string, path = '/admin/'): Promise<void> {
  await page.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('clone', { create: true }),
    });
  });
  await page.goto(path);
  const files = filesUnder(root, 'content').map((file) => ({
    path: file,
    bytes: readFileSync(join(root, file)).toString('base64'),
  }));
  await page.evaluate(async (files) => {
    const storage = await navigator.storage.getDirectory();
    await storage.removeEntry('clone', { recursive: true }).catch(() => undefined);
    const clone = await storage.getDirectoryHandle('clone', { create: true });
    // The CMS takes a folder with .git for a repository's root.
    await clone.getDirectoryHandle('.git', { create: true });
    for (const { path, bytes } of files) {
      let dir = clone;
      const parts = path.split('/');
      for (const part of parts.slice(0, -1))
        dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (
        await dir.getFileHandle(parts.at(-1)!, { create: true })
      ).createWritable();
      await writable.write(Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
  await page.getByRole('button', { name: /Local Repository|локальным репозиторием/i }).click();
}

/** Copies every file of the browser's clone back into the clone on disk; returns their paths. */
export async function copyBack(page: Page, root: string): Promise<string[]> {
  const files = await page.evaluate(async () => {
    const found: { path: string; bytes: string }[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of dir.entries()) {
        if (name === '.git') continue;
        if (handle.kind === 'directory')
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const buffer = new Uint8Array(
            await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
          );
          let binary = '';
          for (const byte of buffer) binary += String.fromCharCode(byte);
          found.push({ path: `${prefix}${name}`, bytes: btoa(binary) });
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('clone'), '');
    return found;
  });
  for (const { path, bytes } of files)
    writeFileSync(join(root, path), Buffer.from(bytes, 'base64'));
  return files.map(({ path }) => path);
}
