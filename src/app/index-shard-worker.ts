import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzerFor, indexShard } from '../search/engine-index.js';
import type { ShardReply, ShardRequest, ShardWorkerData } from './index-in-workers.js';

/** A worker thread's whole job: index the run of passages it is sent and hand it back, its arrays moved, not copied. */
const index = ({ glossary, passages, first }: ShardRequest): { reply: ShardReply; transfer: ArrayBuffer[] } => {
  try {
    const shard = indexShard(glossary, passages, first, analyzerFor(glossary));
    const { df, offsets, docs, freqs, lengths } = shard.postings;
    return { reply: { kind: 'indexed', shard }, transfer: [df.buffer, offsets.buffer, docs.buffer, freqs.buffer, lengths.buffer] as ArrayBuffer[] };
  } catch (err) {
    return { reply: { kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }, transfer: [] };
  }
};

// The thread that started this one may run at a lower priority (a reindex): so does this one.
const { priority } = workerData as ShardWorkerData;
if (priority !== undefined && process.platform === 'linux' && getPriority() !== priority) {
  try {
    setPriority(priority);
  } catch {
    // Not allowed here (a sandbox): index at this priority.
  }
}
parentPort?.once('message', (request: ShardRequest) => {
  const { reply, transfer } = index(request);
  parentPort?.postMessage(reply, transfer);
});
