// topCosts ranks a build's CPU profile; a wrong attribution would send the
// optimisation work to the wrong code, so it is checked on a profile whose
// answer is known.
import { describe, expect, it } from 'vitest';
import { costGroup, profileCosts, topCostsReport } from '../topCosts.ts';

const root = '/work/site/';
const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});

// Samples at 0, 1, 3, 6 and 10 ms after the start; the profile ends at 12 ms.
// A sample's time is the gap to the next one: 1, 2, 3, 4 and 2 ms.
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '') },
    { id: 2, callFrame: frame('typeset', 'file:///work/site/src/lib/typography.ts', 40) },
    {
      id: 3,
      callFrame: frame('renderPage', 'file:///work/site/node_modules/astro/dist/render.js', 9),
    },
    {
      id: 4,
      callFrame: frame('transform', 'file:///work/site/node_modules/@astrojs/mdx/dist/a.js'),
    },
    { id: 5, callFrame: frame('(garbage collector)', '') },
  ],
  startTime: 1_000_000,
  endTime: 1_012_000,
  samples: [2, 3, 2, 4, 5],
  timeDeltas: [0, 1000, 2000, 3000, 4000],
};

describe('costGroup', () => {
  it('names packages, built-ins, project files and V8 entries', () => {
    const group = (url: string, name = 'f') => costGroup(url, name, root);
    expect(group('file:///work/site/node_modules/vite/dist/node/chunk.js')).toBe('vite');
    expect(group('file:///work/site/node_modules/@astrojs/mdx/dist/index.js')).toBe('@astrojs/mdx');
    expect(group('file:///work/site/node_modules/a/node_modules/b/index.js')).toBe('b');
    expect(group('node:internal/fs/promises')).toBe('node (built-in modules)');
    expect(group('file:///work/site/src/lib/articles.ts')).toBe('src/lib/articles.ts');
    expect(group('', '(garbage collector)')).toBe('(garbage collector)');
  });
});

describe('profileCosts', () => {
  const costs = profileCosts([profile], root);

  it('gives each sample the time until the next and sums per function', () => {
    expect(costs.totalMs).toBe(12);
    expect(costs.functions.map((f) => [f.name, f.selfMs])).toEqual([
      ['typeset', 4],
      ['transform', 4],
      ['renderPage', 2],
      ['(garbage collector)', 2],
    ]);
    expect(costs.functions[0]!.location).toBe('src/lib/typography.ts:41');
  });

  it('sums per file and package', () => {
    expect(costs.groups[0]).toEqual({ group: 'src/lib/typography.ts', selfMs: 4 });
    expect(costs.groups.map((g) => g.group)).toContain('astro');
  });

  it('adds up several profiles (one per thread)', () => {
    expect(profileCosts([profile, profile], root).totalMs).toBe(24);
  });

  it('reports the top functions and groups with their share', () => {
    const text = topCostsReport(costs, { functions: 2, groups: 2 });
    expect(text).toMatch(/1\. +4 ms +33\.3% +typeset +src\/lib\/typography\.ts:41/);
    expect(text.match(/^ +\d+\./gm)).toHaveLength(4);
  });
});
