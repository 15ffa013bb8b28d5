import path from 'node:path';
import { Library } from '../../src/app/library.js';
import type { Engine } from '../../src/search/engine.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CONTENT_DIR = path.join(ROOT, 'content');
export const CACHE_DIR = path.join(ROOT, '.cache');

let library: Promise<Library> | undefined;

/** The engine over the repository's own content, with the WordNet lexicon, built once per test file. */
export const realEngine = async (): Promise<Engine> => {
  library ??= Library.fromConfig({ contentDir: CONTENT_DIR, cacheDir: CACHE_DIR });
  return (await library).engine;
};
