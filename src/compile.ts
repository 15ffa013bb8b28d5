import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * `npm run build` (and so `npm start`, its prestart): the TypeScript of src/, commands/ and bench/
 * as JavaScript in dist/, each module as it is (no bundling), for node to run without a TypeScript
 * loader: the bot then carries no compiler and no loader thread (some 25 MB of its memory).
 *
 * A file is written only when its text changed, and then whole (written aside, then renamed), so a
 * bot starting from dist/ while another build runs (two `npm start`s, or the tests) never reads half
 * a module. Modules whose source is gone are removed. Another project root may be given as the argument.
 */
const ROOT = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const OUT = path.join(ROOT, 'dist');

// esbuild prints each error with its file, line and source (logLevel); the exit status says it failed.
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/**/*.ts', 'commands/*.ts', 'bench/*.ts'],
  outdir: OUT,
  outbase: ROOT,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'warning',
}).catch(() => process.exit(1));

const readOrNone = (file: string) => readFile(file, 'utf8').catch(() => undefined);
const made = new Set<string>();
for (const file of result.outputFiles) {
  made.add(file.path);
  if ((await readOrNone(file.path)) === file.text) continue;
  await mkdir(path.dirname(file.path), { recursive: true });
  const aside = `${file.path}.${process.pid}.tmp`;
  await writeFile(aside, file.text);
  await rename(aside, file.path);
}
for (const entry of await readdir(OUT, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath, entry.name);
  if (entry.isFile() && file.endsWith('.js') && !made.has(file)) await rm(file, { force: true });
}
