import 'dotenv/config';
import { buildEngine } from '../app/build.js';
import { ConfigError, loadConfig } from '../config.js';
import { ContentError } from '../content/load-content.js';
import { formatProblem } from '../content/types.js';
import { quietOnClosedPipe } from './run-cli.js';

/**
 * `npm run check-content`: validates every file in the content folder the same way start-up and
 * /reindex do, printing one `file:line: problem — fix` line per problem; exit 1 on any.
 */
quietOnClosedPipe();
try {
  const config = loadConfig(process.env);
  const engine = await buildEngine(config.contentDir);
  const s = engine.stats;
  process.stdout.write(
    `content OK (revision ${engine.revision}): ${s.documents} document${s.documents === 1 ? '' : 's'}, ${s.sections} sections, ${s.passages} passages, ${s.glossaryTerms} glossary terms\n`,
  );
} catch (err) {
  if (err instanceof ContentError) {
    process.stderr.write(`${err.problems.map(formatProblem).join('\n')}\n${err.problems.length} problem${err.problems.length === 1 ? '' : 's'} in the content.\n`);
    process.exitCode = 1;
  } else if (err instanceof ConfigError) {
    process.stderr.write(`Configuration problem:\n${err.message}\n`);
    process.exitCode = 1;
  } else throw err;
}
