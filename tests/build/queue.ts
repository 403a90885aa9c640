/**
 * A queue that runs at most `concurrency` tasks at once, in the order they
 * were asked for. Whole-site builds are CPU-bound: more of them at once than
 * there are cores only makes each slower.
 */
export function queue(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < concurrency) running += 1;
    // A finished task hands its place straight to the next, so a newcomer cannot slip in between.
    else await new Promise<void>((start) => waiting.push(start));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
