import { describe, expect, it } from 'vitest';
import { stoppedBuildMessage } from '../../src/newsroom/stoppedBuild';

const gb = 1024 ** 3;

describe('stoppedBuildMessage', () => {
  it.for([
    { signal: 'SIGKILL', memory: 4 * gb, says: 'ran out of memory (it has 4.0 GB)' },
    { signal: 'SIGKILL', memory: 23.5 * gb, says: 'ran out of memory (it has 23.5 GB)' },
    { signal: 'SIGABRT', memory: 4 * gb, says: 'heap out of memory' },
    { signal: 'SIGINT', memory: 4 * gb, says: 'it was interrupted' },
    { signal: 'SIGTERM', memory: 4 * gb, says: 'it was asked to stop' },
    { signal: 'SIGSEGV', memory: 4 * gb, says: 'see the lines above' },
    { signal: null, memory: 4 * gb, says: '(no exit code): see the lines above' },
  ])('$signal with $memory bytes: "$says"', ({ signal, memory, says }) => {
    const message = stoppedBuildMessage({ signal, memory });
    expect(message).toContain(`(${signal ?? 'no exit code'})`);
    expect(message).toContain(says);
    // Whatever stopped it, the site is as the last good build left it.
    expect(message.split('\n').at(-1)).toBe(
      'The site in the output folder is the last good build, unchanged.',
    );
  });
});
