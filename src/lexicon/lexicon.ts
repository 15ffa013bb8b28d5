/**
 * General knowledge of English words that the engine uses to understand questions in other
 * words than the article's. Supplied to the engine from outside (WordNet by default), so the
 * core stays pure and tests can pass a small one.
 */
export interface Lexicon {
  /** Words close in meaning to `word` (synonyms, derived forms), most common senses first. */
  related(word: string): readonly string[];
  /**
   * What kind of word this mostly is: a noun for a concrete `thing` (a food, a place, a person: what an
   * off-topic question asks about), a noun for an `idea`, or `other` (verbs, adjectives …); undefined if unknown.
   */
  kindOf(word: string): 'thing' | 'idea' | 'other' | undefined;
  /** The kind of the word's noun senses, for a word known to be a noun ("which official …"); undefined if it has none. */
  nounKindOf(word: string): 'thing' | 'idea' | undefined;
  /** True when the lexicon knows `word` at all. */
  knows(word: string): boolean;
  /** How often the word occurs in ordinary English (SemCor counts; 0 when unknown or rare). */
  frequency(word: string): number;
  /**
   * False when `knows(word)` is certainly false, told cheaply from how the word starts: what lets a
   * search over many made-up spellings skip most of them. Optional: without it, every one is looked up.
   */
  mayKnow?(word: string): boolean;
  /**
   * `knows`, without remembering the answer: for a search over many made-up spellings, whose answers
   * would crowd out those of the words questions use. Optional: without it, `knows` is asked.
   */
  isWord?(word: string): boolean;
  /**
   * For the spellings one edit away from `word`: whether one made at letter `at` (from 0), `length`
   * letters long, may be known — false when certainly not, told from how far `word` starts like some
   * known word. Optional.
   */
  editsMayKnow?(word: string): (at: number, length: number) => boolean;
}

/** A lexicon that knows nothing: the engine then relies on its own thesaurus and the glossary. */
export const EMPTY_LEXICON: Lexicon = {
  related: () => [],
  kindOf: () => undefined,
  nounKindOf: () => undefined,
  knows: () => false,
  frequency: () => 0,
};
