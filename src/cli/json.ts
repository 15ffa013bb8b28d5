import type { Answer, Definition } from '../search/engine.js';

/** The `--json` shape of an answer: best first, up to three, each passage whole. */
export const answerJson = (question: string, answer: Answer) => ({
  question,
  answered: answer.kind === 'answered',
  answers:
    answer.kind === 'answered'
      ? answer.passages.slice(0, 3).map((p) => ({ ref: p.passage.ref, section: p.passage.sectionTitle, text: p.passage.text, score: p.score }))
      : [],
});

/** The `--json` shape of a definition. */
export const definitionJson = (query: string, definition: Definition) =>
  definition.kind === 'found'
    ? {
        term: definition.entry.term,
        found: true,
        definition: definition.entry.definition,
        passages: definition.passages.map((p) => ({ ref: p.ref, section: p.sectionTitle, text: p.text })),
        suggestions: [] as string[],
      }
    : { term: query, found: false, definition: '', passages: [], suggestions: [...definition.suggestions] };
