import type { Engine } from './engine.js';
import { warmUpIdioms } from './idioms.js';

/**
 * Words starting with every letter and digit: the question forms' patterns are tried at every word
 * start of it (warmUpIdioms compiles the idioms' patterns, for each letter and each idiom).
 */
const EVERY_START = 'a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9';

/** Questions of the forms the engine reads, `{t}` and `{u}` standing for two of the content's titles or terms. */
const FORMS = [
  'What does the article say about {t}?',
  'Why {t}?',
  'Who is behind {t}, according to the authors?',
  'When did {t} start, and what comes next?',
  'Where did {t} happen?',
  'How many countries take part in {t}?',
  'How much did {t} cost?',
  'What percentage of people support {t}?',
  'Does the piece think {t} will last?',
  'Is {t} better than {u}, or not?',
  'How does the article end?',
  "What is the authors' overall verdict?",
  'What is {t}?',
  'My friend asked me this. Bottom line: is {t} a good idea?',
  'What about the zorblaxian treaty of {t}?',
  'whats the best sushi in tokyo tmrw',
  'How do I say {t} in Japanese?',
  'What poll numbers or figures does the piece give on {t}, or is the claim backed by no data?',
  'Which countries besides {u} are members of {t}? Is {u} in {t}?',
  'What happened to {t} after the zorblaxian thing?',
  'Will {t} build its own nukes, and what has {u} said publicly about it?',
  'What do they lose by going along with {t}?',
  `${EVERY_START}?`,
  `${EVERY_START} in charge?`,
  // Patterns are compiled apart for text with characters outside Latin-1 (a dash, a curly quote).
  `${EVERY_START} — ’?`,
  `${EVERY_START} in charge — ’?`,
];

/** Two letters swapped in the middle of each long word: a typo for the corrector. */
const misspelt = (text: string) => text.replace(/\p{L}{6,}/gu, (w) => w.slice(0, 2) + w.charAt(3) + w.charAt(2) + w.slice(4));

/**
 * Questions of every form the engine reads, about this content (its section titles and glossary
 * terms, some misspelt), and some it refuses. Asked when a bot starts, they compile the patterns and
 * the code the first users' questions would otherwise wait for.
 */
export const warmUpQuestions = (engine: Engine): string[] => {
  const topics = [...new Set([...engine.passages.map((p) => p.sectionTitle), ...engine.glossary.map((e) => e.term)])].slice(0, 12);
  if (topics.length === 0) topics.push('the article');
  const questions = FORMS.map((form, i) => form.replaceAll('{t}', topics[i % topics.length] as string).replaceAll('{u}', topics[(i + 1) % topics.length] as string));
  return [...questions, ...topics.map((t) => misspelt(`what does it say about ${t}`))];
};

/**
 * Asks the warm-up questions twice (a pattern is compiled to machine code on its second use), uses
 * every idiom's patterns, and looks up each glossary term and a misspelling of it. Returns how many
 * questions were asked and how long it all took.
 */
export const warmUp = (engine: Engine): { questions: number; ms: number } => {
  const started = performance.now();
  warmUpIdioms();
  const questions = warmUpQuestions(engine);
  for (let round = 0; round < 2; round++) {
    for (const q of questions) engine.answer(q);
    for (const entry of engine.glossary.slice(0, 12)) {
      engine.define(entry.term);
      engine.define(misspelt(entry.term));
    }
  }
  return { questions: questions.length, ms: performance.now() - started };
};
