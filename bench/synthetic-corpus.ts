import path from 'node:path';
import { parseContent, type ContentFile } from '../src/content/load-content.js';
import { sentencesOf } from '../src/search/sentences.js';
import { STOP_WORDS } from '../src/search/stop-words.js';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export interface SyntheticOptions {
  /** How many passages in all, the real article's included. */
  readonly passages: number;
  readonly seed?: number;
}

/**
 * Heaps' law, V = K·n^β: the vocabulary of real text keeps growing with its length, ever more slowly.
 * 100,000 passages (about 4 million words) coin about 150,000 words.
 */
const HEAPS_K = 20;
const HEAPS_BETA = 0.6;
/**
 * The share of the article's content words replaced by coined ones: one article's topic words are
 * rare in a library of many ("China" in a tenth of the passages, "trilateral" in a hundredth).
 */
const REPLACE = 0.8;
const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'nd', 'st', 'x'];

/**
 * Content for benchmarks: the real article and its glossary, plus generated documents whose passages
 * are the article's sentences, reshuffled, with some content words replaced by coined ones. Coined
 * words follow Simon's model (a new word with a probability that falls as Heaps' law says, else a
 * word already used, picked in proportion to its use), so word frequencies are Zipf-like and the
 * vocabulary grows as real text does. The same options give the same files.
 */
export const syntheticContent = (article: readonly ContentFile[], options: SyntheticOptions): ContentFile[] => {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const corpus = parseContent(article);
  const realPassages = corpus.documents.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.passages.length, 0), 0);
  const sentences = corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.passages.flatMap((p) => sentencesOf(p.text).map((x) => x.text))));
  const titles = corpus.documents.flatMap((d) => d.sections.map((s) => s.title));

  const coined: string[] = [];
  const used: string[] = [];
  const taken = new Set<string>();
  const coin = () => {
    for (;;) {
      const syllables = 2 + Math.floor(random() * 2);
      let word = '';
      for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
      if (!taken.has(word)) {
        taken.add(word);
        coined.push(word);
        return word;
      }
    }
  };
  const nextWord = () => {
    const n = used.length + 1;
    const fresh = Math.min(1, HEAPS_K * HEAPS_BETA * n ** (HEAPS_BETA - 1));
    const word = used.length === 0 || random() < fresh ? coin() : pick(used);
    used.push(word);
    return word;
  };
  const vary = (sentence: string) =>
    sentence.replace(/\b\p{L}{4,}\b/gu, (word) => {
      if (STOP_WORDS.has(word.toLowerCase()) || random() >= REPLACE) return word;
      const coinedWord = nextWord();
      return /^\p{Lu}/u.test(word) ? coinedWord[0]?.toUpperCase() + coinedWord.slice(1) : coinedWord;
    });

  const files: ContentFile[] = [...article];
  let remaining = Math.max(0, options.passages - realPassages);
  for (let doc = 1; remaining > 0; doc++) {
    const lines = ['---', `title: ${vary(pick(titles)).replace(/[:#]/g, '')}`, 'authors:', `  - name: Writer ${doc % 97}`, '---', ''];
    const sectionCount = 3 + Math.floor(random() * 6);
    for (let s = 1; s <= sectionCount && remaining > 0; s++) {
      lines.push(`## ${s}. ${vary(pick(titles)).replace(/#/g, '')}`, '');
      const passageCount = 2 + Math.floor(random() * 4);
      for (let p = 0; p < passageCount && remaining > 0; p++, remaining--) {
        const length = 2 + Math.floor(random() * 3);
        lines.push(Array.from({ length }, () => vary(pick(sentences))).join(' '), '');
      }
    }
    files.push({ name: path.join('content', `s${String(doc).padStart(6, '0')}.md`), text: lines.join('\n') });
  }
  return files;
};
