import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_DIR } from './engine.js';

/** A temporary copy of content/ (or an empty folder) that a test may edit; `remove()` deletes it. */
export const tempContent = async (copy = true) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'article-qa-'));
  if (copy) await cp(CONTENT_DIR, dir, { recursive: true });
  return {
    dir,
    write: (name: string, text: string) => writeFile(path.join(dir, name), text),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
};
