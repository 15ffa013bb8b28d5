import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger.js';
import { formatProblem } from '../content/types.js';
import type { Library, ReindexResult } from './library.js';

export type ReindexTrigger = 'command' | 'watch' | 'sighup';

/**
 * Reindexes the library and logs one line about it: trigger, who asked (a user id for /reindex),
 * revisions before and after, counts, duration and result.
 */
export const reindexAndLog = async (library: Library, logger: Logger, trigger: ReindexTrigger, who?: string): Promise<ReindexResult> => {
  const revisionBefore = library.revision;
  const result = await library.reindex();
  const base = { trigger, ...(who ? { who } : {}), revisionBefore };
  if (result.ok) {
    const { report } = result;
    logger.info(
      { ...base, revision: report.revision, documents: report.documents, passages: report.passages, added: report.added.length, removed: report.removed.length, changed: report.changed.length, ms: report.ms, result: 'ok' },
      'reindexed',
    );
  } else {
    logger.warn({ ...base, revision: revisionBefore, ms: result.ms, result: 'failed', problems: result.problems.map(formatProblem) }, 'reindex failed: the previous content keeps serving');
  }
  return result;
};

/**
 * Watches the content folder and calls `onSettled` once edits have stopped for `debounceMs`
 * (editors write files in several steps). Returns a function that stops watching.
 */
export const watchContent = (dir: string, onSettled: () => void, debounceMs = 500, onError: (err: Error) => void = () => {}): (() => void) => {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, { persistent: false }, () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  });
  watcher.on('error', onError);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
};

/** Reindexes on SIGHUP (the usual "reload your configuration" signal). Returns a function that stops listening. */
export const reindexOnSighup = (library: Library, logger: Logger): (() => void) => {
  const onHup = () => void reindexAndLog(library, logger, 'sighup');
  process.on('SIGHUP', onHup);
  return () => process.off('SIGHUP', onHup);
};
