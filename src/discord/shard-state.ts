import type { Client } from 'discord.js';
import type { UnansweredQuestion } from '../app/unanswered.js';

/**
 * What one shard process says about itself. Under the ShardingManager each shard is its own
 * process with its own state: cooldowns, button memory and counters stay per shard by design (a
 * user's cooldown in one server does not follow them to a server on another shard); what a
 * moderator or /about needs across shards is gathered from all of them with broadcastEval.
 */
export interface ShardSummary {
  readonly shard: number;
  readonly guilds: number;
  /** Gateway heartbeat round trip in ms (-1 before the first one). */
  readonly ping: number;
  /** Every gateway connection of the shard is up. */
  readonly ready: boolean;
  readonly interactions: number;
  readonly revision: string;
}

/** The handlers one shard offers the others, under a global symbol on its client. */
export interface ShardLocal {
  summary(): ShardSummary;
  unanswered(): readonly UnansweredQuestion[];
  clearUnanswered(): Promise<number>;
  reindex(): Promise<{ ok: boolean; revision: string }>;
}

type ShardMethod = keyof ShardLocal;
type Result<M extends ShardMethod> = Awaited<ReturnType<ShardLocal[M]>>;

/** What came back from the shards: one value per shard that answered. */
export interface ShardResults<T> {
  readonly values: readonly T[];
  /** Shards that did not answer in time (respawning, busy, or gone). */
  readonly missing: number;
}

/** This process's shard and a way to ask every shard, this one included. */
export interface ShardPeers {
  readonly id: number;
  readonly count: number;
  /** Calls `method` on every shard (or every other one), each within a time limit. */
  all<M extends ShardMethod>(method: M, options?: { readonly others?: boolean }): Promise<ShardResults<Result<M>>>;
}

const KEY = 'article-qa.shard-local';

/** Makes `local` reachable from broadcastEval on this shard's client. */
export const attachShardLocal = (client: Client, local: ShardLocal): void => {
  (client as unknown as Record<symbol, ShardLocal>)[Symbol.for(KEY)] = local;
};

/** How long a shard waits for another one before leaving it out. */
const SHARD_TIMEOUT_MS = 1500;

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });

/** Either end of broadcastEval: a shard's ShardClientUtil or the ShardingManager. */
interface Broadcaster {
  broadcastEval<R, P>(fn: (client: Client, context: P) => R, options: { shard: number; context: P }): Promise<unknown>;
}

/**
 * Calls `method` of ShardLocal on each shard in `shards`, each on its own and within a time
 * limit, so a shard that is respawning only leaves its own value out. The evaluated function is
 * fixed; only the method name (one of ShardLocal's, never user input) travels as data.
 */
export const askShards = async <M extends ShardMethod>(via: Broadcaster, shards: readonly number[], method: M): Promise<ShardResults<Result<M>>> => {
  const settled = await Promise.allSettled(
    shards.map((shard) =>
      within(
        via.broadcastEval((c, context: { key: string; method: string }) => (c as unknown as Record<symbol, Record<string, () => unknown>>)[Symbol.for(context.key)]?.[context.method]?.(), {
          shard,
          context: { key: KEY, method },
        }),
        SHARD_TIMEOUT_MS,
      ),
    ),
  );
  const values = settled.flatMap((s) => (s.status === 'fulfilled' && s.value !== undefined && s.value !== null ? [s.value as Result<M>] : []));
  return { values, missing: shards.length - values.length };
};

/** The peers of a client running under the ShardingManager, or undefined for a single process. */
export const shardPeers = (client: Client): ShardPeers | undefined => {
  const util = client.shard;
  if (!util) return undefined;
  const id = util.ids[0] ?? 0;
  const count = util.count;
  return {
    id,
    count,
    all: (method, options = {}) =>
      askShards(
        util as unknown as Broadcaster,
        Array.from({ length: count }, (_, shard) => shard).filter((shard) => !options.others || shard !== id),
        method,
      ),
  };
};
