import 'dotenv/config';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildEngine } from '../app/build.js';
import { diffPassages } from '../app/library.js';
import { ConfigError, loadConfig } from '../config.js';
import { ContentError } from '../content/load-content.js';
import { formatProblem, type Passage } from '../content/types.js';
import { loadLexicon } from '../lexicon/load-lexicon.js';
import { quietOnClosedPipe } from './run-cli.js';

type PassageKey = Pick<Passage, 'ref' | 'text' | 'docId' | 'sectionNumber' | 'paragraph'>;

/** What the last `npm run reindex` saw (a digest of each passage), to report what changed since. */
interface BuildRecord {
  readonly revision: string;
  readonly passages: readonly PassageKey[];
}

const RECORD = 'last-build.json';
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * `npm run reindex`: validates and builds the content, reports the passages added, removed and
 * changed since the previous run by ref, and records this build. A running bot picks new content
 * up with /reindex, SIGHUP, or CONTENT_WATCH=true.
 */
quietOnClosedPipe();
try {
  const config = loadConfig(process.env);
  const started = performance.now();
  const engine = await buildEngine(config.contentDir, await loadLexicon(config.cacheDir, (m) => process.stderr.write(`warning: ${m}\n`)));
  const ms = Math.round(performance.now() - started);
  const file = path.join(config.cacheDir, RECORD);
  const previous = await readFile(file, 'utf8').then((t) => JSON.parse(t) as BuildRecord).catch(() => undefined);
  const current: BuildRecord = {
    revision: engine.revision,
    passages: engine.passages.map((p) => ({ ref: p.ref, text: digest(p.text), docId: p.docId, sectionNumber: p.sectionNumber, paragraph: p.paragraph })),
  };
  const s = engine.stats;
  const lines = [`Indexed revision ${engine.revision} in ${ms} ms: ${s.documents} document${s.documents === 1 ? '' : 's'}, ${s.sections} sections, ${s.passages} passages, ${s.terms} terms, ${s.glossaryTerms} glossary terms.`];
  if (previous) {
    const diff = diffPassages(Array.isArray(previous.passages) ? previous.passages : [], current.passages);
    const list = (refs: readonly string[]) => (refs.length ? refs.join(', ') : 'none');
    lines.push(`Since revision ${previous.revision}: added ${list(diff.added)}; removed ${list(diff.removed)}; changed ${list(diff.changed)}.`);
  } else lines.push('No earlier build recorded: every passage is new.');
  lines.push('A running bot picks it up with /reindex, SIGHUP, or CONTENT_WATCH=true.');
  process.stdout.write(`${lines.join('\n')}\n`);
  await mkdir(config.cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(current));
  await rename(temporary, file);
} catch (err) {
  if (err instanceof ContentError) {
    process.stderr.write(`${err.problems.map(formatProblem).join('\n')}\nNothing was reindexed: fix the content and run again.\n`);
    process.exitCode = 1;
  } else if (err instanceof ConfigError) {
    process.stderr.write(`Configuration problem:\n${err.message}\n`);
    process.exitCode = 1;
  } else throw err;
}
