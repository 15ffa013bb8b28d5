import { availableParallelism, getPriority } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ContentFile } from '../content/load-content.js';
import type { Corpus, Passage } from '../content/types.js';
import { analyzerFor, indexShard, mergeEngineIndex, type EngineIndex, type GlossaryNames, type IndexedFields, type IndexShard } from '../search/engine-index.js';
import { replyOf, siblingModule, startWorker } from './worker-script.js';

/** What a worker is sent: a run of passages to index. */
export interface ShardRequest {
  readonly glossary: readonly GlossaryNames[];
  /** The run's passages; the first is passage `first` of the corpus. */
  readonly passages: readonly IndexedFields[];
  readonly first: number;
}

export type ShardReply = { readonly kind: 'indexed'; readonly shard: IndexShard } | { readonly kind: 'failed'; readonly message: string };

/** What a worker is started with. */
export interface ShardWorkerData {
  /** The nice value to index at (Linux): the starting thread's, which may be lowered (a reindex). */
  readonly priority?: number;
}

/** Content characters in a run below which starting a worker (a few hundred ms) costs more than it saves: some 20,000 passages. */
const MIN_RUN_CHARS = 8_000_000;
/**
 * A worker's young generation (MB): indexing makes many short-lived objects, and the bot runs with
 * a small one (`--max-semi-space-size=2`, for its footprint) that would slow it by a fifth.
 */
const YOUNG_GENERATION_MB = 48;

/**
 * How much larger this thread's run of passages is than a worker's: a worker is handed its passages
 * and hands its index back (some 0.4 s for 50,000 passages), and indexed its run some 8% slower
 * besides; equal runs left this thread waiting a second for the worker on 100,000 passages.
 */
const THIS_THREAD_SHARE = 1.12;

/** How many runs to index these content files in: one per core, each of at least MIN_RUN_CHARS characters. */
export const runsFor = (files: readonly ContentFile[]): number => {
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  return Math.max(1, Math.min(availableParallelism(), Math.floor(chars / MIN_RUN_CHARS)));
};

/**
 * Worker threads that index runs of passages while this thread indexes the first: a large corpus
 * indexed on every core. Started before the content is parsed, so that their start overlaps it.
 */
export class IndexWorkers {
  private constructor(
    private readonly workers: readonly Worker[],
    private readonly replies: readonly Promise<ShardReply>[],
  ) {}

  /** Starts `count` workers, which wait for their run of passages. */
  static start(count: number): IndexWorkers {
    const priority = process.platform === 'linux' ? getPriority() : undefined;
    const workers = Array.from({ length: count }, () =>
      startWorker(siblingModule('index-shard-worker', import.meta.url), (priority === undefined ? {} : { priority }) satisfies ShardWorkerData, {
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      }),
    );
    const replies = workers.map((w) => replyOf<ShardReply>(w, 'index worker'));
    // Observed from the start: a worker that fails before its run is asked for must not be an unhandled rejection.
    for (const reply of replies) reply.catch(() => {});
    return new IndexWorkers(workers, replies);
  }

  /**
   * The EngineIndex of the corpus, the same as one MiniSearch index over all its passages gives:
   * this thread indexes the first run, each worker one of the others, and the runs are merged.
   * `passages` are the corpus's passages in document order.
   */
  async index(corpus: Corpus, passages: readonly Passage[]): Promise<EngineIndex> {
    const glossary = corpus.glossary.map(({ term, aliases, definition }) => ({ term, aliases, definition }));
    // Run r starts at bounds[r]: this thread's run first, THIS_THREAD_SHARE times as long as each worker's.
    const total = THIS_THREAD_SHARE + this.workers.length;
    const bounds = Array.from({ length: this.workers.length + 2 }, (_, i) => (i === 0 ? 0 : Math.round(((THIS_THREAD_SHARE + i - 1) * passages.length) / total)));
    this.workers.forEach((worker, i) => {
      const from = bounds[i + 1] as number;
      const fields = passages.slice(from, bounds[i + 2]).map(({ text, sectionTitle, keywords }): IndexedFields => ({ text, sectionTitle, ...(keywords === undefined ? {} : { keywords }) }));
      worker.postMessage({ glossary, passages: fields, first: from } satisfies ShardRequest);
    });
    const analyzer = analyzerFor(glossary);
    const first = indexShard(glossary, passages.slice(0, bounds[1]), 0, analyzer);
    const others = await Promise.all(
      this.replies.map(async (pending, i) => {
        const reply = await pending;
        if (reply.kind === 'failed') throw new Error(`indexing passages ${bounds[i + 1]}–${(bounds[i + 2] as number) - 1} failed: ${reply.message}`);
        return reply.shard;
      }),
    );
    return mergeEngineIndex([first, ...others], analyzer);
  }

  /** Stops the workers still running (after a failure; once they have replied they end by themselves). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
