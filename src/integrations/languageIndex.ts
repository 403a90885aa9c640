import { Worker } from 'node:worker_threads';

/** What searchIndexWorker.mjs is asked. */
export type Request =
  | { type: 'begin'; site: string; pages: string[] }
  | {
      type: 'finish';
      site: string;
      pages: string[];
      /** Each page's digest (digestOf its bytes), when known: the worker need not read them again. */
      digests?: string[];
      outputPath: string;
    };

/** One language's index, kept by a worker thread with its own Pagefind (searchIndexWorker.mjs). */
export class LanguageIndex {
  readonly #worker: Worker;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    // The worker only passes pages on: a small heap, collected often, keeps
    // the build's own memory as it was (two default heaps added 200 MB).
    this.#worker = new Worker(file, {
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 },
    });
    this.#worker.unref();
  }

  /** Asks the worker, one request at a time; answers how many pages had not changed. */
  request(request: Request): Promise<number | undefined> {
    const answer = this.#queue.then(
      () =>
        new Promise<number | undefined>((resolve, reject) => {
          const onExit = () => reject(new Error('search index: the indexing worker stopped'));
          this.#worker.once('exit', onExit);
          this.#worker.once('message', (message: { result?: number; error?: string }) => {
            this.#worker.off('exit', onExit);
            if (message.error !== undefined) reject(new Error(`search index: ${message.error}`));
            else resolve(message.result);
          });
          this.#worker.postMessage(request);
        }),
    );
    this.#queue = answer.catch(() => undefined);
    return answer;
  }

  /** Ends the worker and its Pagefind. */
  end(): Promise<number> {
    return this.#worker.terminate();
  }
}
