import { termKey } from '../content/parse-glossary.js';
import type { ArticleDocument, Corpus, GlossaryEntry, Passage, Section } from '../content/types.js';
import { isGlossaryTerm, normalize, type Analyzer, type Span } from './analyzer.js';
import { EMPTY_LEXICON, type Lexicon } from '../lexicon/lexicon.js';
import { FIELD_BOOST, FIELDS, type PassageIndex } from './passage-index.js';
import { analyzerFor, buildEngineIndex, type EngineIndex } from './engine-index.js';
import { GAZETTEER, PEOPLE } from './gazetteer.js';
import { Ranker, type Ranked } from './rank.js';
import type { Corrector } from './corrector.js';
import { asKind, conceptsOf, lexiconSpelling, WEIGHT, type Concept } from './query.js';
import { plainIdioms } from './idioms.js';
import { ENGLISH_STOP_WORDS, STOP_WORDS } from './stop-words.js';
import { THESAURUS } from './thesaurus.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { alternativesAt, answerWanted, asksAboutPiece, asksAhead, asksWithinPiece, coverageAsked, deedAsked, firstClauseEnd, focusAsked, instancesAsked, isYear, laterMeetingAsked, laterMonthAsked, laterYearAsked, MONTH_NAMES, membersAsked, MEMBERSHIP, othersAsked, NAMES_INSTANCES, opinionAsked, otherWritingsAsked, outOfScope, partNamed, pieceDetailAsked, positionAsked, reactionAsked, returnAsked, tellsAReaction, tellsAReturn, textSaysAsked, type PieceDetail, askedOfEndPart, speaksAhead, tellsAStance, unattributed, withoutPreamble, yearsIn, type Wanted, unshouted } from './question-form.js';

/** A passage chosen to answer a question. */
export interface AnswerPassage {
  readonly passage: Passage;
  /** Higher is better; comparable within one answer only. */
  readonly score: number;
  /** Share (0–1) of the question's information that this passage matches. */
  readonly coverage: number;
  /** The passage's sentences that contain matched words, in passage order. */
  readonly sentences: readonly string[];
  /** Character ranges of `passage.text` that matched the question, for emphasis. */
  readonly highlights: readonly (readonly [number, number])[];
}

/** A related thing to try when the content does not cover a question. */
export interface Suggestion {
  readonly kind: 'term' | 'section';
  readonly label: string;
  /** A glossary term, or a section ref. */
  readonly value: string;
}

export type Answer =
  | { readonly kind: 'answered'; readonly question: string; readonly passages: readonly AnswerPassage[] }
  | { readonly kind: 'not-covered'; readonly question: string; readonly reason: string; readonly suggestions: readonly Suggestion[] };

export type Definition =
  | { readonly kind: 'found'; readonly query: string; readonly entry: GlossaryEntry; readonly passages: readonly Passage[] }
  | { readonly kind: 'not-found'; readonly query: string; readonly suggestions: readonly string[] };

export interface EngineStats {
  readonly documents: number;
  readonly sections: number;
  readonly passages: number;
  readonly terms: number;
  readonly glossaryTerms: number;
}

export interface AnswerOptions {
  /** How many passages at most (default 10; the first are the best). */
  readonly limit?: number;
}

/**
 * A run of the documents' authors' names (lower-case words): "Zhang and Yang", "prof zhang yunling & yang yanlong",
 * with what stood before it if kept ("according to") and its possessive.
 */
const authorsPattern = (names: readonly string[]): RegExp => {
  const name = `(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  const one = String.raw`(?:(?:prof(?:essor)?|dr|mr)\.?\s+)?${name}(?:[\s-]+${name})*`;
  return new RegExp(String.raw`(\b(?:according\s+to|acc(?:\.|\s+to)|per)\s+)?\b${one}(?:\s*(?:,|&|\band\b)\s*${one})*\b(['’]s?)?`, 'giu');
};

/** Whether the word after `end` in `text` is one that says something (a noun a year modifies: "1965 treaty"), not a stop word or punctuation. */
const namesNext = (text: string, end: number): boolean => {
  const next = /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end))?.[1];
  return next !== undefined && !STOP_WORDS.has(normalize(next));
};
/** "Which ASEAN countries …": "which" and the word before the noun asked for. */
const WHICH_OF_GROUP = /^\s*(?:(?:in|at|from|to|for|with|on|of|among)\s+)?which\s+([\p{L}-]+)(?=\s+\p{L})/iu;

/**
 * The content does not answer a question when what the best passage matches weighs less than
 * this share of what the content never mentions at all ("sushi" in "best sushi in Tokyo").
 */
const ABSENT_RATIO = 0.9;
/** How much the words of a question about the piece itself that the content lacks count against answering it, when they are verbs or adjectives (not names, things or ideas). */
const PIECE_FRAMING = 0.4;
/** Field weights for a question about the piece itself ("what do the authors think …"): the title field (section title, keywords) nearer the text's. */
const ABOUT_PIECE_BOOSTS = FIELDS.map((f) => (f === 'title' ? 0.8 : FIELD_BOOST[f]));
/** The least share of the question's information a passage must match to be offered. */
const MIN_COVERAGE = 0.2;
/** A cost asked for, then what incurs it: "lose by signing on", "the price they pay for following Washington". */
const COST_OF_DOING = /\b(?:lose|loses|losing|lost|pay|pays|paying|paid|sacrifice|sacrifices|sacrificing|give\s+up|giving\s+up|cost|costs|price|catch|downsides?)\b[^?.!]*?\s(?:by|for|in|from)\s+(?=[a-z]+ing\b|follow)/i;
/** How much the words of a clause that only sets the scene (what incurs the cost asked for, the time after someone) count. */
const SCENE_SHARE = 0.5;
/** "After the Trump years", "following Moon's term", "since Trump": a time after someone, ending the question or a clause. */
const AFTER_NAMED = /\b(?:after|following|since)\s+(?:(?:the|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?:\s+(?:years?|era|administration|presidency|term|days)\b|(?=\s*(?:[?,.!]|$)))/giu;
/** Arms of one's own asked about ("build its own nukes", "develop an independent nuclear deterrent"; "own" reads "possess" after the idioms). */
const OWN_ARMS = /\b(?:make|makes|making|build|builds|building|develop|develops|developing|get|gets|getting|acquire|acquires|acquiring|have|has|having|pursue|pursues|pursuing)\s+(?:(?:its|their|his|her)\s+(?:own|possess|independent)|an?\s+independent)\s+((?:nuclear\s+)?(?:nukes?|bombs?|deterrent|weapons?|arsenal|arms|program(?:me)?s?|army|military|navy))\b/i;
/** "What happened (happens, will happen) …": an event asked about. */
const WHAT_HAPPENED = /\bwhat\s+(?:happened|happens|has\s+happened|will\s+happen|is\s+happening)\b/i;
/** A thing the content never mentions weighing this much (a noun the lexicon knows, not a rare word) is what such an event is about. */
const EVENT_THING_WEIGHT = 2;
/** Documents whose details a question about the piece ("who wrote this?") is told. */
const MAX_DETAILED = 3;
/** "a", "a and b", "a, b and c". */
const listOf = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
/** A passage telling someone's view answers "what did X say about …" before the best one, when it scores at least this share of it and matches as much. */
const STANCE_FLOOR = 0.5;
/** Passages after the first must score at least this share of the first's score. */
const RELATIVE_FLOOR = 0.1;
/** How much less of the question a passage that gives what is asked for (the thing, the date) may cover than the best one, to answer instead. */
const FOCUS_SLACK = 0.1;
/** A sentence covering this share of what a passage's best one covers may give the date or number asked for. */
const WANTED_SHARE = 0.6;
/** An idea the article never names weighs this much at least to be a detail of a glossary term ("pillar" 1.8, "part" 0.9). */
const DETAIL_IDEA_WEIGHT = 1.5;
/**
 * "When did … restart?", "in which month did … resume": a date asked for an event, its verb ending the question; not an
 * object ending it ("when did Biden roll out his Indo-Pacific plan": a determiner two words or fewer before), nor "take place".
 */
const WHEN_EVENT = /^\s*when\s+(?:did|does|do|will|would|has|have|had)\b(?![^?,;]*\b(?:and|or)\b)(?![^?,;]*\b(?:the|a|an|its|his|her|their|our|this|that|these|those)(?:\s+\S+){0,2}\s+\S+\s*\?*\s*$)(?![^?,;]*\btake\s+place\s*\?*\s*$)[^?,;]*\s\p{L}+\s*\?*\s*$/iu;
const MAX_QUESTION = 1000;
/** Events readers ask whether the piece covers, which the lexicon files as ideas (acts): "Taiwan's election", "the coup". */
const EVENT_NOUN = /^(?:elections?|referend(?:um|a|ums)|coups?|protests?|strikes?|scandals?|impeachments?|rulings?|verdicts?|riots?|uprisings?|invasions?|assassinations?|inaugurations?|ceremon(?:y|ies)|olympics|tournaments?)$/i;
/** Two things compared ("the difference between A and B"), their places in the question. */
const DIFFERENCE_BETWEEN = /\b(?:differences?|distinction|contrast)\s+between\s+(.+?)\s+(?:and|vs\.?|versus|&)\s+(.+?)\s*[?.!]*$/di;
/** More passages than this using a glossary term: it is discussed, not only listed (see glossaryDetailsOf). */
const MAX_LISTED_USES = 50;
/** Nouns that name a place as a part of it ("South China Sea territory", "Taiwan Strait waters"): the place itself, no detail. */
const PLACE_NOUN = /^(?:territor(?:y|ies)|waters?|regions?|areas?|coasts?|islands?|seas?|zones?|borders?|shores?)$/i;
/** Between a glossary term and a detail asked of it: nothing, a possessive, or a verb of having ("IPEF's pillars", "IPEF includes tariff cuts"). */
const DETAIL_OF = /^(?:['’]s?)?\s*(?:(?:include|includes|including|have|has|cover|covers)\s+(?:any\s+)?)?$/i;
/** The most words a choice question's second alternative has ("or the boss", "or a bunch of competing ones"). */
const MAX_ALTERNATIVE = 2;
/** How many of the best passages are ranked in order at first (enough for an answer and its suggestions). */
const RANK_DEPTH = 40;
/** How many passages' views are remembered. */
const VIEWS_MEMO = 2048;

/**
 * A question with at least this many words of four letters or more that the engine knows in no English (no function
 * word, no word of the content, its glossary or its names, none the lexicon knows, nor a typo of one), and at least this
 * share of its words, is in another language: a refusal says so, and asks for it in English.
 */
const FOREIGN_WORDS = 3;
const FOREIGN_SHARE = 0.5;
const IN_ANOTHER_LANGUAGE = 'Most of its words are not English, and the engine reads questions in English: ask it in English (names in any language are fine).';
/** English function words that are neither stop words nor in the lexicon (WordNet lists no pronouns or prepositions). */
const ENGLISH_GRAMMAR = new Set('anyone anybody someone somebody nobody without among amongst against since unless although though whose whoever whichever whatever whenever wherever'.split(' '));

/** A passage as the answer reads it: its spans, and its sentences with their terms. */
interface PassageView {
  readonly spans: readonly Span[];
  readonly sentences: readonly { readonly sentence: Sentence; readonly terms: ReadonlySet<string> }[];
}
/** At least one concept this telling must be a word the content uses. */
const ANCHOR_WEIGHT = 0.5;
/** …matched by the word itself, a typo correction or a thesaurus synonym (not a looser WordNet relation). */
const ANCHOR_TERM = 0.5;
/**
 * A text's words as the analyzer writes a span's (lower case), one space apart and with a space at
 * each end, so that `spaced(text).includes(` ${span.word} `)` tells whether the text has that span's words.
 */
const spaced = (text: string): string => ` ${normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
/** Whether a sentence's (or passage's) terms mention a concept: one of its terms that is the question's word or close to it. */
const mentions = (terms: ReadonlySet<string>, c: Concept): boolean => c.terms.some((t) => t.weight >= ANCHOR_TERM && terms.has(t.term));
/** Text before a word inside a sentence: a word, then no sentence's end ("… its Tomahawk", not "… critical? Neutral"). */
const MID_SENTENCE = /[\p{L}\d,'’)]\s+$/u;
/** What a verb in -ing follows in a progressive ("is America setting up", "they're building", "keeps pushing"): not "'s", which may be a possessive. */
const PROGRESSIVE = /\b(?:am|is|are|was|were|be|been|being|['’]re|keep|keeps|kept|start|starts|started|stop|stops|stopped)\s+(?:[\p{L}'’-]+\s+){0,3}?$/iu;
/** A view's verb and what it is about ("think about", "said on"): what follows is what the view is asked of. */
const SAID_ABOUT = /\b(?:say|says|said|state|states|stated|think|thinks|thought|claim|claims|claimed|believe|believes|feel|feels|felt|agree|agreed|want|wants)\s+(?:\p{L}+ly\s+)?(?:about|on|regarding|of|towards?)\s+/iu;
/**
 * A subject a verb follows ("it", "this", "who", "the plan", "which paragraph"), with an adverb between: "if this works", "it
 * really matters", "the trio works together", "which paragraph marks …" (not the works of "public works", "the steel works").
 */
const AFTER_SUBJECT = /\b(?:it|this|that|he|she|who|which|what|(?:the|this|that|its|their|which|what)\s+(?!(?:steel|iron|public|water|gas|road|art|building|construction|plumbing)\b)\p{L}+)\s+(?:\p{L}+ly\s+)?$/iu;
/** "Right now": the present a question asks of, which a passage may tell as of its writing. */
const RIGHT_NOW = /\bright\s+now\b/i;
const RIGHT_NOW_ALL = new RegExp(RIGHT_NOW.source, 'gi');
/** Words by which a passage tells of its own present. */
const PRESENT_TOLD = /\b(?:currently|at\s+present|presently|at\s+the\s+moment|nowadays|these\s+days)\b/i;
/** "Where was …", and "which city hosted …" read as "where hosted …" (see idioms): the place must be named. */
const WHERE = /^\s*where\s+(?:was|were|is|are|did|will|\p{Ll}+ed)\b/iu;
/** A place as a sentence gives one: a name after "in" or "at" ("in Washington", "at Camp David"), not a year ("in 2008"). */
const PLACE = /\b(?:in|at)\s+(?:the\s+)?[“"]?\p{Lu}/u;
const SUMMARY_WORDS = new Set(['verdict', 'conclusion', 'conclude', 'concludes', 'overall', 'takeaway', 'thesis', 'gist', 'summary', 'argument', 'argue', 'argues', 'point', 'main', 'core', 'central', 'claim', 'idea', 'whole', 'message', 'opinion', 'view', 'stance', 'position', 'tldr', 'bottom', 'line', 'assessment',
  // "What are the key points?", "give me an overview", "recap".
  'key', 'points', 'takeaways', 'highlights', 'overview', 'recap', 'summarize', 'summarise', 'summarized', 'summarised']);

/** A question about how things were: the backstory, the history, why it took so long, what stalled. */
const PAST_ASKED = /\b(?:back\s*story|backstory|background|history|historically|in\s+the\s+past|last\s+time|(?:took|take|taking)\s+so\s+long|so\s+long|for\s+years|stalled|stuck)\b/i;
/** Words by which any text tells of the past (no verb of one piece's own). */
const PAST_TOLD = /\b(?:was|were|had|did|has\s+been|have\s+been|for\s+a\s+long\s+time|ago|previously|formerly|used\s+to|in\s+the\s+past|led\s+to|resulted)\b/gi;
/** How many more words of the past a passage must have than the best to answer a question about the past first. */
const PAST_LEAD = 2;
/** A passage a question about the piece's end quotes must match this share of the rest of it. */
const QUOTED_COVERAGE = 0.9;
/** How many of a passage's words in a row a question about the piece's end must have to quote it. */
const QUOTED_WORDS = 6;
/** Whether `question` quotes `text`: a run of QUOTED_WORDS of its words, in order. */
const quotes = (question: string, text: string): boolean => {
  const words = spaced(question).trim().split(' ');
  const inText = spaced(text);
  for (let i = 0; i + QUOTED_WORDS <= words.length; i++) if (inText.includes(` ${words.slice(i, i + QUOTED_WORDS).join(' ')} `)) return true;
  return false;
};
/** The most characters between a name and a group's name it owns ("US’ “" in "the US’ “Indo-Pacific” Economic Framework"). */
const OWNER_GAP = 4;
/** How close to the best a passage listing more instances of the kind asked for ("what other groupings …") must score to answer first. */
const OTHERS_FLOOR = 0.3;
/** People asked for by their role: "who were the three leaders …", "who are the officials …", "which ministers …". */
const PEOPLE_ASKED = /^\s*(?:who\s+(?:is|are|was|were)\s+(?:the\s+)?(?:(?:two|three|four|five|\d)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:leaders|officials?|ministers?|presidents?|prime\s+ministers?|premiers?|delegates?|representatives?|envoys?|diplomats?|spokes(?:person|man|woman)s?)\b|(?:which|what)\s+(?:leaders|officials|ministers|presidents|diplomats|delegates|representatives|envoys)\b)(?!['’]?\s*(?:summit|meeting|talks|dialogue|forum|declaration|statement)s?\b)/iu;
/** "Who is (are) X?", X captured: the authors' details when X names only them. */
const WHO_IS = /^\s*who\s+(?:is|are|was|were)\s+([^?]+?)\s*\??\s*$/i;
/** A time before a year ("before 2021", "prior to 2022", "until 2020"), the year captured. */
const BEFORE_YEAR = /\b(?:before|prior\s+to|until|till|up\s+to|pre-?|post-?|since)\s*((?:19|20)\d\d)\b/gi;
/** A whole-piece question asking where the argument ends up: its conclusion, its bottom line (an idiom's "conclusion"), its takeaway. */
const ENDS_UP = /\b(?:conclu\w*|takeaways?)\b/i;

export interface EngineOptions {
  /** General word knowledge (WordNet); without it the engine uses only its thesaurus and the glossary. */
  readonly lexicon?: Lexicon;
  /** What the engine derives from the corpus, when restored from a snapshot; built from the corpus otherwise. */
  readonly index?: EngineIndex;
  /** Document id → a hash of what the document was parsed from; a reindex reuses documents whose hash is unchanged. */
  readonly fingerprints?: ReadonlyMap<string, string>;
}

/**
 * The answer engine: passages of every document, indexed once, answering questions and
 * looking up glossary terms. Pure: built from a parsed Corpus, no I/O.
 */
export class Engine {
  readonly passages: readonly Passage[];
  readonly documents: readonly ArticleDocument[];
  readonly glossary: readonly GlossaryEntry[];
  private readonly analyzer: Analyzer;
  private readonly index: PassageIndex;
  /** What was derived from the corpus: the passage index, surface words, glossary uses. */
  readonly built: EngineIndex;
  private readonly ranker: Ranker;
  private readonly related = new Map<string, Set<string>>();
  private readonly lexicon: Lexicon;
  private readonly corrector: Corrector;
  private readonly glossaryUses = new Map<GlossaryEntry, readonly Passage[]>();
  /** Passages by ref, made on first use (a large library need not pay for it at start). */
  private byRef: Map<string, Passage> | undefined;
  /** The sections whose title has each term, in content order; made on first use ("the risks section"), once rather than at each such question. */
  private sectionsByTitleTerm: Map<string, Set<Section>> | undefined;
  private readonly views = new Map<number, PassageView>();
  private readonly conceptMemo = new Map<string, Omit<Concept, 'span'>>();
  /** The year of the newest document (0 if one is undated), worked out on first use. */
  private latestYear: number | undefined;
  /** The newest document's month (null if it gives none), worked out on first use. */
  private latestMonth: { year: number; month: number; date: string } | null | undefined;
  /** The index terms of the gazetteer's people, worked out on first use. */
  private personTerms: Set<string> | undefined;
  /** The words of the documents' authors' names, lower case ("zhang", "yunling"), worked out on first use. */
  private authorNames: Set<string> | undefined;
  /** authorsPattern for authorNames, compiled on first use. */
  private authorsPattern: RegExp | undefined;
  /** Each glossary entry's concept and name terms, for suggestions; made on first use. */
  private glossaryNames: { entry: GlossaryEntry; concept: string | undefined; names: readonly string[] }[] | undefined;
  /** The glossary's entries by concept (made on first use), and for those asked about, their definitions' terms and whether the article only lists them. */
  private glossaryByConcept: ReadonlyMap<string, number> | undefined;
  private readonly glossaryDetails = new Map<number, { entry: GlossaryEntry; definition: readonly string[]; onlyListed: boolean }>();
  /** The words of the glossary's and the gazetteer's names, in lower case: made the first time a refusal needs them. */
  private nameWords: ReadonlySet<string> | undefined;

  /** Document id → a hash of what it was parsed from (empty when unknown). */
  readonly fingerprints: ReadonlyMap<string, string>;

  constructor(readonly corpus: Corpus, options: EngineOptions = {}) {
    this.lexicon = options.lexicon ?? EMPTY_LEXICON;
    this.fingerprints = options.fingerprints ?? new Map();
    this.documents = corpus.documents;
    this.glossary = corpus.glossary;
    const passages: Passage[] = [];
    for (const d of corpus.documents) for (const s of d.sections) for (const p of s.passages) passages.push(p);
    this.passages = passages;
    this.analyzer = analyzerFor(corpus.glossary);

    this.built = options.index ?? buildEngineIndex(corpus, this.passages, this.analyzer);
    this.index = this.built.passages;
    this.ranker = new Ranker(this.index);
    this.corrector = this.built.corrector;
    for (const group of THESAURUS) {
      // "a b > c d": a and b expand to c and d only; otherwise every word of the group to the others.
      const [left = '', right] = group.split(' > ');
      const termsOf = (words: string) => [...new Set(words.split(/\s+/).filter(Boolean).flatMap((w) => this.analyzer.terms(w)))];
      const from = termsOf(left);
      const to = right === undefined ? from : termsOf(right);
      for (const t of from) {
        const set = this.related.get(t) ?? new Set<string>();
        for (const u of to) if (u !== t) set.add(u);
        this.related.set(t, set);
      }
    }
  }

  get revision(): string {
    return this.corpus.revision;
  }

  get stats(): EngineStats {
    return {
      documents: this.documents.length,
      sections: this.documents.reduce((n, d) => n + d.sections.length, 0),
      passages: this.passages.length,
      terms: this.index.termCount,
      glossaryTerms: this.glossary.length,
    };
  }

  /** The passage with this ref (`§3.2`, or `doc§3.2`). */
  passage(ref: string): Passage | undefined {
    this.byRef ??= new Map(this.passages.map((p) => [p.ref, p]));
    return this.byRef.get(ref.trim());
  }

  /** The section with this ref (`§3` or `doc§3`), or the section holding passage ref `§3.2`. */
  section(ref: string): Section | undefined {
    const m = /^(?:(.+?))?§(\d+)(?:\.\d+)?$/.exec(ref.trim());
    if (!m) return undefined;
    const docs = m[1] ? this.documents.filter((d) => d.id === m[1]) : this.documents.length === 1 ? this.documents : [];
    return docs[0]?.sections.find((s) => s.number === Number(m[2]));
  }

  /** The month of the newest documents, if every document is dated and each of the newest year gives its month ("2024-01"), worked out once. */
  private newestMonth(): { year: number; month: number; date: string } | undefined {
    if (this.latestMonth === undefined) {
      const year = this.newestYear();
      // The newest year's documents, each with its month; one of them without a month may be from any month of it.
      const ofYear = this.documents.filter((d) => yearsIn(d.meta.date ?? '')[0] === year).map((d) => /^(?:19|20)\d\d-(\d\d)\b/.exec(d.meta.date ?? ''));
      const newest = ofYear.every((m) => m !== null) ? Math.max(...ofYear.map((m) => Number(m?.[1]))) : undefined;
      // A year of 0: some document is undated, so none can be ruled out.
      this.latestMonth = year > 0 && newest !== undefined && newest >= 1 && newest <= 12 ? { year, month: newest, date: `${MONTH_NAMES[newest - 1]} ${year}` } : null;
    }
    return this.latestMonth ?? undefined;
  }

  /** The words of the documents' authors' names, lower case ("zhang", "yunling"), worked out on first use. */
  private authorWords(): ReadonlySet<string> {
    this.authorNames ??= new Set(this.documents.flatMap((d) => d.meta.authors.flatMap((a) => normalize(a.name).split(/[\s-]+/).filter(Boolean))));
    return this.authorNames;
  }

  /** Whether a question's words name only the documents' authors ("Zhang and Yang", "zhang yunling"). */
  private namesAuthors(words: string): boolean {
    const names = this.authorWords();
    const parts = normalize(words).split(/[\s,]+|\band\b/).filter(Boolean);
    return parts.length > 0 && parts.every((w) => names.has(w)) && names.size > 0;
  }

  /**
   * `text` with the documents' authors, all of one document named ("do Zhang and Yang think …", "according to zhang &
   * yang", "Zhang Yunling and Yang Yanlong's verdict"), called "the authors": the question is about the piece. One
   * of two co-authors is that person ("what does Zhang Yunling think of Taiwan's election"), whose views beyond the
   * piece it does not hold, and stays named.
   */
  private authorsNamed(text: string): string {
    const names = this.authorWords();
    if (names.size === 0) return text;
    this.authorsPattern ??= authorsPattern([...names]);
    // Every author of some document, each by a word of their name: one of two co-authors' views is that person's.
    const allOfADocument = (run: string): boolean => {
      const words = new Set(normalize(run).split(/[^\p{L}]+/u));
      return this.documents.some((d) => d.meta.authors.length > 0 && d.meta.authors.every((a) => normalize(a.name).split(/[\s-]+/).some((w) => words.has(w))));
    };
    return text.replace(this.authorsPattern, (run: string, before: string | undefined, possessive: string | undefined) =>
      allOfADocument(run) ? `${before ?? ''}the authors${possessive ? "'" : ''}` : run,
    );
  }

  /** The year of the newest document (0 if any is undated), worked out once. */
  private newestYear(): number {
    this.latestYear ??= latestYearOf(this.documents);
    return this.latestYear;
  }

  /** What the content cannot hold, for any words it shares: a later year than its own, its authors' other writings. */
  private beyondContent(text: string): string | undefined {
    const latest = this.newestYear() || undefined;
    const year = latest === undefined ? undefined : laterYearAsked(text, latest);
    if (year !== undefined) return `The content dates from ${latest}: it cannot say what happened in ${year}.`;
    // "The May 2024 summit" when the content is from January 2024: later too, unless a passage names that month.
    const newest = this.newestMonth();
    const month = newest && laterMonthAsked(text, newest.year, newest.month);
    // Its words and year ("May 2024", "late 2024") looked for in any case, without a lower-cased copy of every passage.
    const named = month ? new RegExp(month, 'i') : undefined;
    if (newest && month && named && !this.passages.some((p) => named.test(p.text))) {
      return `The content dates from ${newest.date}: it cannot say what happened in ${month}.`;
    }
    const writings = otherWritingsAsked(text);
    if (writings !== undefined && !this.analyzer.terms(writings).some((t) => this.index.vocabulary.has(t))) {
      return `The content is ${this.documents.length === 1 ? 'one piece' : 'these pieces'} of writing: it does not cover other ${writings.toLowerCase()}.`;
    }
    return undefined;
  }

  /** Answers a question with the passages that answer it, best first, or says the content does not cover it. */
  answer(question: string, options: AnswerOptions = {}): Answer {
    const limit = options.limit ?? 10;
    const text = this.authorsNamed(withoutPreamble(unshouted(question.slice(0, MAX_QUESTION))));
    const offTask = outOfScope(text) ?? this.beyondContent(text);
    if (offTask) return this.atPresent(question, text, limit) ?? this.notCovered(question, offTask, []);
    // "Who wrote this?", "when was it published?": the piece's own details, which no passage gives but its front matter does.
    const who = WHO_IS.exec(text);
    const detail = pieceDetailAsked(text) ?? (who?.[1] && this.namesAuthors(who[1]) ? 'authors' : undefined);
    if (detail) return this.notCovered(question, this.pieceDetails(detail), []);
    const inOrder = (passages: readonly Passage[]): Answer => ({ kind: 'answered', question, passages: passages.slice(0, limit).map((passage) => ({ passage, score: 1, coverage: 1, sentences: [], highlights: [] })) });
    // "How does the article end?": each document's last passage (the start: its first). "What is the rational choice in
    // the last part?": the passage of its last section that answers the rest better than the last passage, if one does.
    const position = positionAsked(text);
    if (position) {
      const rest = position === 'end' ? askedOfEndPart(text) : undefined;
      const passages: Passage[] = [];
      // "Global power balance is shifting … — is that their framing for the last part?": the piece's own words, quoted
      // nearly whole, answer where they are, whichever part the asker takes them for.
      if (rest !== undefined) {
        const quoted = this.answerText(question, rest, limit);
        const [top] = quoted.kind === 'answered' ? quoted.passages : [];
        if (top && top.coverage >= QUOTED_COVERAGE && quotes(rest, top.passage.text)) passages.push(top.passage);
      }
      for (const d of this.documents) {
        if (passages.length >= limit) break;
        const section = position === 'end' ? d.sections.findLast((s) => s.passages.length > 0) : d.sections.find((s) => s.passages.length > 0);
        if (!section) continue;
        const end = (position === 'end' ? section.passages.at(-1) : section.passages[0]) as Passage;
        const atEnd = rest === undefined || section.passages.length === 1 ? end : this.bestAtEnd(question, rest, section.passages, end);
        if (!passages.includes(atEnd)) passages.push(atEnd);
      }
      return inOrder(passages);
    }
    // "What does section 4 say about NATO?", "explain §4.2", "the risks section": answered from that part;
    // from its first paragraph on if the rest of the question finds nothing in it.
    const part = this.partOf(text);
    if (part && 'missing' in part) return this.notCovered(question, part.missing, []);
    if (part) {
      if (part.passages.length === 1) return inOrder(part.passages);
      const within = this.answerWithin(question, part.rest, part.passages, limit);
      return within.kind === 'answered' ? within : inOrder(part.passages);
    }
    return this.answerText(question, text, limit);
  }

  /** `answer` for `text`, its passages ranked among `passages` only (a run of the content's: a section, say). */
  private answerWithin(question: string, text: string, passages: readonly Passage[], limit: number): Answer {
    const from = this.passages.indexOf(passages[0] as Passage);
    return this.answerText(question, text, limit, [from, from + passages.length]);
  }

  /** The passage of `passages` (the last section's) that answers `rest` with more of it than `end` does; else `end`. */
  private bestAtEnd(question: string, rest: string, passages: readonly Passage[], end: Passage): Passage {
    const within = this.answerWithin(question, rest, passages, passages.length);
    if (within.kind !== 'answered') return end;
    const [top] = within.passages;
    const atEnd = within.passages.find((a) => a.passage === end);
    return top && (!atEnd || top.coverage > atEnd.coverage) ? top.passage : end;
  }

  /** What the front matter says of the documents' `detail` (their first few), for a question no passage answers. */
  private pieceDetails(detail: PieceDetail): string {
    const shown = this.documents.slice(0, MAX_DETAILED);
    const lines = shown.map(({ meta }) => {
      const title = `"${meta.title}"`;
      switch (detail) {
        case 'authors':
          return meta.authors.length === 0 ? `${title} names no authors` : `${title} is by ${listOf(meta.authors.map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name)))}`;
        case 'date':
          return meta.date ? `${title} is dated ${meta.date}` : `${title} gives no date`;
        case 'outlet':
          return meta.outlet ? `${title} was published in ${meta.outlet}${meta.date ? `, ${meta.date}` : ''}` : `${title} names no outlet`;
        case 'title':
          return `the piece is ${title}${meta.standfirst ? ` (${meta.standfirst})` : ''}`;
        case 'illustration':
          return meta.illustration ? `${title} credits its illustration to ${meta.illustration}` : `${title} credits no illustration`;
      }
    });
    const more = this.documents.length - shown.length;
    return `No passage says; the content's details do: ${lines.join('; ')}${more > 0 ? `; and ${more} more document${more === 1 ? '' : 's'}` : ''}.`;
  }

  /**
   * The part of the content a question names (see partNamed) — a paragraph, or a section by number
   * or by words of its title — and the question without those words; undefined if none, or no such part.
   */
  private partOf(text: string): { passages: readonly Passage[]; rest: string } | { missing: string } | undefined {
    const named = partNamed(text);
    if (!named) return undefined;
    const rest = `${text.slice(0, named.start)} ${text.slice(named.end)}`;
    let section: Section | undefined;
    if (named.section !== undefined) {
      const docs = named.document !== undefined ? this.documents.filter((d) => d.id === named.document) : this.documents.length === 1 ? this.documents : [];
      const doc = docs[0];
      if (!doc && named.document !== undefined) {
        const ids = this.documents.map((d) => d.id);
        return { missing: `There is no document "${named.document}": the content has ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}.` };
      }
      if (!doc) return undefined;
      const ref = `${this.documents.length > 1 ? doc.id : ''}§${named.section}${named.paragraph === undefined ? '' : `.${named.paragraph}`}`;
      const numbers = doc.sections.map((s) => s.number);
      section = doc.sections.find((s) => s.number === named.section);
      if (!section) return { missing: `There is no ${ref}: the sections are numbered ${Math.min(...numbers)} to ${Math.max(...numbers)}.` };
      if (named.paragraph !== undefined) {
        const passage = section.passages[named.paragraph - 1];
        return passage ? { passages: [passage], rest } : { missing: `There is no ${ref}: ${section.ref} has ${section.passages.length} paragraph${section.passages.length === 1 ? '' : 's'}.` };
      }
    } else if (named.titleWords !== undefined) {
      // The one section whose title has every word named ("the risks section": "Risks to regional security").
      const wanted = this.analyzer.terms(named.titleWords);
      const byTerm = (this.sectionsByTitleTerm ??= this.titleIndex());
      const sections = wanted.length === 0 ? [] : [...(byTerm.get(wanted[0] as string) ?? [])].filter((s) => wanted.every((t) => byTerm.get(t)?.has(s)));
      if (sections.length === 1) section = sections[0];
      // "The second paragraph of the economic section".
      if (section && named.paragraph !== undefined) {
        const passage = section.passages[named.paragraph - 1];
        return passage ? { passages: [passage], rest } : { missing: `There is no paragraph ${named.paragraph} in ${section.ref}: it has ${section.passages.length} paragraph${section.passages.length === 1 ? '' : 's'}.` };
      }
    }
    return section && section.passages.length > 0 ? { passages: section.passages, rest } : undefined;
  }

  /** Title term → the sections whose title has it, in content order. */
  private titleIndex(): Map<string, Set<Section>> {
    const byTerm = new Map<string, Set<Section>>();
    for (const section of this.documents.flatMap((d) => d.sections)) {
      for (const term of this.analyzer.terms(section.title)) {
        let sections = byTerm.get(term);
        if (!sections) byTerm.set(term, (sections = new Set()));
        sections.add(section);
      }
    }
    return byTerm;
  }

  /**
   * "Is the China-Japan-ROK trio being revived right now?": asked of now, answered by the piece's own present
   * ("Currently, all the three countries are making efforts to restore …"), as of its writing, when the question has
   * nothing else out of scope and its best passage tells of the present; else undefined.
   */
  private atPresent(question: string, text: string, limit: number): Answer | undefined {
    if (!RIGHT_NOW.test(text)) return undefined;
    const asOfWriting = text.replace(RIGHT_NOW_ALL, 'currently');
    if (outOfScope(asOfWriting) ?? this.beyondContent(asOfWriting)) return undefined;
    const answer = this.answerText(question, asOfWriting, limit);
    const [top] = answer.kind === 'answered' ? answer.passages : [];
    return top && PRESENT_TOLD.test(top.passage.text) ? answer : undefined;
  }

  /** `answer` for the question's text, its passages ranked among passages `within[0]` to `within[1] - 1` if given. */
  private answerText(question: string, text: string, limit: number, within?: readonly [number, number]): Answer {
    const plain = plainIdioms(text);
    // The question's form ("who led …", "when did …") is read past the account it names ("According to the article, …").
    const form = unattributed(text);
    const formPlain = unattributed(plain);
    let concepts = this.concepts(this.analyzer.analyze(plain));
    // "Will it still be fragile in 2030?": a year after the content's own, in a question about what is
    // ahead, is when, not a thing the content fails to mention (the piece's outlook may answer it).
    // "Why was it weak before 2021?": a year no later than the content's, that a time before it ends, bounds the past the content tells of.
    const latest = this.newestYear();
    const ahead = latest > 0 && asksAhead(text);
    const bounding = latest > 0 ? new Set(Array.from(plain.matchAll(BEFORE_YEAR), (m) => Number(m[1])).filter((year) => year <= latest)) : new Set<number>();
    if (ahead || bounding.size > 0) {
      concepts = concepts.map((c) => {
        if (c.unknown !== 'thing' || !isYear(c.span.word)) return c;
        const year = Number(c.span.word);
        if (!(ahead && year > latest) && !bounding.has(year)) return c;
        const { unknown: _, ...known } = c;
        return { ...known, weight: 0 };
      });
    }
    // A word the content lacks, of the kind where it stands says it is, where the lexicon's guess is wrong.
    concepts = concepts.map((c) => {
      // A capital inside a sentence makes a name of a word the lexicon knows only as a verb or adjective ("its Tomahawk buy").
      if (c.unknown === 'other' && c.span.capitalised && MID_SENTENCE.test(plain.slice(0, c.span.start))) return asKind(c, 'name');
      // "How alarmist is the tone …": the word after "how" is an adjective or adverb, not the noun WordNet also files it under.
      if ((c.unknown === 'thing' || c.unknown === 'idea') && !c.span.named && /\bhow\s+$/i.test(plain.slice(0, c.span.start))) return asKind(c, 'other');
      // "Why is America setting up …": an -ing word after "is" (and its subject) is a verb, not the idea WordNet's noun is.
      if (c.unknown === 'idea' && !c.span.named && /ing$/.test(c.span.word) && PROGRESSIVE.test(plain.slice(0, c.span.start))) return asKind(c, 'other');
      // "If this works", "does it last": a word in -s after a subject is a verb when its base is mostly one, not the
      // plural WordNet also files it under (works, factories).
      if (c.unknown !== 'thing' || c.span.named || !/[^s]s$/.test(c.span.word) || !AFTER_SUBJECT.test(plain.slice(0, c.span.start))) return c;
      return this.lexicon.kindOf(c.span.word.slice(0, -1)) === 'other' ? asKind(c, 'other') : c;
    });
    // "What's the difference between formative and summative assessment?": two things compared, each with a word the content
    // never uses, in a question naming nothing the content names, are a matter of general knowledge.
    const compared = DIFFERENCE_BETWEEN.exec(plain)?.indices;
    if (compared?.[1] && compared[2] && !concepts.some((c) => c.span.named)) {
      const sides = [compared[1], compared[2]];
      if (sides.every(([from, to]) => concepts.some((c) => c.unknown && c.weight > 0 && c.span.start >= from && c.span.end <= to))) {
        return this.notCovered(question, 'That is a question of general knowledge, not about the content.', concepts);
      }
    }
    // "The 1965 treaty", "Taiwan's January 2024 election": a year the content never gives, naming the thing asked
    // about, dates it to a time the content does not cover ("they met in August 2023, so …" only sets a scene).
    const year = concepts.find((c) => c.unknown === 'thing' && c.weight > 0 && isYear(c.span.word) && namesNext(plain, c.span.end));
    if (year) return this.notCovered(question, `The content does not mention ${year.span.word}.`, concepts);
    let summarised = false;
    if (concepts.length === 0 || this.isSummaryQuestion(concepts)) {
      const summary = this.summaryQuery(plain);
      if (!summary) return this.notCovered(question, 'The question has no words the engine can look for.', []);
      concepts = summary;
      summarised = true;
    }
    // "What do Tokyo and Seoul lose by going along with Washington?": the cost is asked for; the doing it comes of only sets the scene.
    const doing = COST_OF_DOING.exec(plain);
    if (doing) {
      const from = doing.index + doing[0].length;
      concepts = concepts.map((c) => (c.span.start >= from ? { ...c, weight: c.weight * SCENE_SHARE } : c));
    }
    // "What did Biden try to fix after the Trump years?": a time after someone named only sets the scene; what came
    // after is asked about. Their words count less, unless the content lacks them (then they still count against it).
    for (const m of plain.matchAll(AFTER_NAMED)) {
      const from = m.index;
      const to = from + m[0].length;
      const within = (c: Concept) => c.span.start >= from && c.span.end <= to;
      if (concepts.some((c) => c.span.named && within(c))) concepts = concepts.map((c) => (!c.unknown && within(c) ? { ...c, weight: c.weight * SCENE_SHARE } : c));
    }
    const aboutPiece = asksAboutPiece(text);
    // A question about the piece itself asks what a passage is about more than which words it uses: its section title and keywords count more.
    const boosts = aboutPiece ? ABOUT_PIECE_BOOSTS : undefined;
    const first = this.rank(concepts, RANK_DEPTH, within, boosts);
    let { ranked } = first;
    const { matched } = first;
    const top = ranked[0];
    if (!top) return this.notCovered(question, 'No passage matches the question.', concepts);
    let best: Ranked = top;
    // A question about the piece itself ("why are the authors sceptical …") asks in the reader's words: its verbs and adjectives that the content lacks count less against it.
    const framing = aboutPiece ? PIECE_FRAMING : 1;
    const absentOf = (list: readonly Concept[]) => list.reduce((n, c) => (c.unknown ? n + c.weight * (c.unknown === 'other' ? framing : 1) : n), 0);
    // "Is the US a partner or the boss?": the content need speak to one alternative only, so only the better-known one's absent words count.
    // Only when the second alternative is short and ends the question: in "did Japan or Korea win more medals?" what
    // follows "or" is not an alternative but what both share; "… or not?" offers none.
    const or = alternativesAt(plain);
    const before = or === undefined ? concepts : concepts.filter((c) => c.span.start < or);
    const after = or === undefined ? [] : concepts.filter((c) => c.span.start > or && c.weight > 0);
    const absent = after.length > 0 && after.length <= MAX_ALTERNATIVE ? Math.min(absentOf(before), absentOf(after)) : absentOf(concepts);
    if (best.coverage < MIN_COVERAGE || best.mass < absent * ABSENT_RATIO) {
      return this.notCovered(question, 'The question is about something the content does not mention.', concepts, ranked);
    }
    // "What's the AUKUS submarine deal about?", "is Australia getting nuclear submarines under AUKUS?": a thing next to a
    // glossary term that the article never names, and only the term's own entry tells of, is a detail of that term the
    // article does not discuss.
    const detail = this.glossaryDetail(plain, concepts);
    if (detail) return this.notCovered(question, `The article does not tell of ${detail.entry.term}'s "${detail.word}"; the glossary's entry for ${detail.entry.term} does.`, concepts, ranked);
    // "Does the piece say anything about the THAAD deployment?": whether the content covers a thing at all, which it does
    // not when a word of the asker's naming the thing, in that clause, is one the content never uses: a name, a thing, or a
    // word no dictionary knows (a name typed in lower case), not an idea or a manner of asking ("breaking", "exactly").
    const covered = coverageAsked(plain);
    if (covered !== undefined) {
      const end = covered + firstClauseEnd(plain.slice(covered));
      // The asker's own words ("budget?" is "budget"), to tell them from an idiom's.
      const asked = spaced(text);
      const unnamed = concepts.find(
        (c) =>
          c.span.start >= covered &&
          c.span.end <= end &&
          c.weight > 0 &&
          (c.unknown === 'thing' || c.unknown === 'name' || (c.unknown === 'idea' && (!this.lexicon.knows(c.span.word) || EVENT_NOUN.test(c.span.word)))) &&
          asked.includes(` ${c.span.word} `),
      );
      if (unnamed) return this.notCovered(question, `The content does not mention "${unnamed.span.word}".`, concepts, ranked);
    }
    // When the best passage lacks what the question asks for, a passage nearly as close that has it answers instead, first.
    const nearlyAsClose = (r: Ranked) => r !== best && r.score >= best.score * STANCE_FLOOR && r.coverage >= best.coverage - FOCUS_SLACK;
    const closeEnough = (r: Ranked) => r === best || nearlyAsClose(r);
    const putFirst = (r: Ranked) => {
      ranked = [r, ...ranked.filter((x) => x !== r)];
      best = r;
    };
    // "Which specific export controls did Japan join?": the passage must name instances of the kind, in a sentence that
    // names the kind in the question's own word (or one as good) and lists ("platforms such as the G7, AUKUS, Quad").
    const kind = instancesAsked(formPlain);
    const kindConcept = kind === undefined ? undefined : concepts.find((c) => !c.span.named && c.span.word === normalize(kind) && c.weight > 0);
    if (kindConcept) {
      const lists = (r: Ranked) => this.viewOf(r.id).sentences.some(({ sentence, terms }) => kindConcept.terms.some((t) => t.weight >= 1 && terms.has(t.term)) && NAMES_INSTANCES.test(sentence.text));
      const listing = ranked.find((r) => closeEnough(r) && lists(r));
      if (!listing) return this.notCovered(question, `The passages name no specific ${kind}.`, concepts, ranked);
      if (listing !== best) putFirst(listing);
    }
    // "What other groupings has America built, like …?": a passage as close that lists them (a thesaurus sibling of the kind will do) answers first.
    const others = othersAsked(formPlain);
    const othersConcept = others === undefined ? undefined : concepts.find((c) => !c.span.named && c.span.word === normalize(others) && c.weight > 0);
    if (othersConcept) {
      const lists = (r: Ranked) => this.viewOf(r.id).sentences.some(({ sentence, terms }) => othersConcept.terms.some((t) => t.weight >= ANCHOR_TERM && terms.has(t.term)) && NAMES_INSTANCES.test(sentence.text));
      const listing = ranked.find((r) => r.score >= best.score * OTHERS_FLOOR && lists(r));
      if (listing && listing !== best) putFirst(listing);
    }
    // "What's the backstory, why did it take so long?": a question about the past is answered first by a passage as close
    // that tells of the past (in the past tense, "for a long time"), rather than one about the present that shares its words.
    if (PAST_ASKED.test(plain)) {
      const pastness = (r: Ranked) => (this.passages[r.id] as Passage).text.match(PAST_TOLD)?.length ?? 0;
      const least = pastness(best) + PAST_LEAD;
      const past = ranked.find((r) => nearlyAsClose(r) && pastness(r) >= least);
      if (past) putFirst(past);
    }
    // "Which ASEAN countries …", "which Kishida policies …": members of a group the content never names
    // (a name, or a thing written with a capital; "which places …" asks for places, past no group).
    const group = WHICH_OF_GROUP.exec(plain);
    const named = group?.[1];
    if (group && named && concepts.some((c) => (c.unknown === 'name' || (c.unknown === 'thing' && c.span.capitalised)) && c.span.start === group.index + group[0].length - named.length)) {
      return this.notCovered(question, `The content never mentions ${named}.`, concepts, ranked);
    }
    // The thing asked for ("the cost of …") must be what the passage is about.
    const focus = this.focusOf(form, concepts);
    if (focus) {
      const about = (r: Ranked, least: number) => focus.concept.terms.some((t) => t.weight >= least && r.about.has(t.term));
      // Another passage answers only if it is about the thing in the question's own word, not a related one ("launches" → "initiated").
      const other = about(best, focus.least) ? undefined : ranked.find((r) => nearlyAsClose(r) && about(r, 1));
      if (other) putFirst(other);
      else if (!about(best, focus.least)) return this.notCovered(question, `The passages do not say what the question asks about ("${focus.concept.span.word}").`, concepts, ranked);
    }
    // The question must use at least one telling word of the content itself, not only related words.
    const anchored = concepts.some((c) => c.weight >= ANCHOR_WEIGHT && c.terms.some((t) => t.weight >= ANCHOR_TERM && this.index.vocabulary.has(t.term)));
    if (!anchored) return this.notCovered(question, 'The content shares no telling word with the question.', concepts, ranked);
    // A "how many" or "when" question needs its number or date where the passage answers it; a
    // passage as close to the question that gives it answers before one that does not.
    // Asked in the asker's words or in those an idiom reads them as ("ilang …", Tagalog's how many).
    const wanted = answerWanted(form) ?? answerWanted(formPlain);
    // "When did the China-Japan-ROK summit restart?": the date must be where the passage tells of the event asked, the verb
    // ending the question (a verb, not "when did they roll out the plan"), when a sentence of the passage tells of it
    // ("restore"), not of another ("first initiated in 2008"); "when did the Camp David summit take place (held)?" is not
    // answered by when the dialogue was held.
    const event = wanted && WHEN_EVENT.test(formPlain) ? concepts.at(-1) : undefined;
    const eventAt = event && !event.span.named && !event.unknown && event.weight > 0 && this.lexicon.kindOf(event.span.word) === 'other' ? event : undefined;
    if (wanted && !this.gives(best, concepts, wanted, eventAt)) {
      const giving = ranked.find((r) => nearlyAsClose(r) && this.gives(r, concepts, wanted, eventAt));
      if (!giving) return this.notCovered(question, wanted.reason, concepts, ranked);
      putFirst(giving);
    }
    // "Where was the China-Japan-ROK summit held?": the place must be given where all those names are.
    // "Where will the next one be held?": the sentence must speak of what is to come, not of a meeting past.
    // Not "where is the turning point in the argument?": a place in the piece, not in the world.
    if (WHERE.test(formPlain) && !asksWithinPiece(text) && !this.namesAll(best, concepts, asksAhead(text))) {
      return this.notCovered(question, 'The question asks where, and no sentence names the place with what it asks about.', concepts, ranked);
    }
    // "Who was Japan's prime minister …?": a who-question naming a role or thing the content never mentions,
    // in its own clause ("who calls the shots — is it a partnership of equals?" asks for no equals).
    const clauseEnd = /^\s*who\b/i.test(form) || /^\s*who\b/i.test(formPlain) ? firstClauseEnd(plain) : 0;
    const role = concepts.find((c) => c.unknown === 'thing' && c.span.start < clauseEnd);
    if (role) return this.notCovered(question, `The passages name no one as what the question asks about ("${role.span.word}").`, concepts, ranked);
    // "Who were the three leaders at Camp David?", "which officials led the delegations?": people asked for by their role,
    // whom a passage as close must name (a person the gazetteer knows), not only the countries they stand for.
    if (PEOPLE_ASKED.test(formPlain)) {
      const people = this.peopleTerms();
      const namesPerson = (r: Ranked) => this.viewOf(r.id).spans.some((sp) => sp.named && sp.terms.some((t) => people.has(t)));
      if (!ranked.some((r) => closeEnough(r) && namesPerson(r))) return this.notCovered(question, 'The passages name no one in the role the question asks about.', concepts, ranked);
    }
    // "What did Moscow say about …?": the answer must tell what someone says or thinks; a passage
    // as close to the question that does ("they expressed concerns …") answers before one that does not.
    const speaker = opinionAsked(form) ?? opinionAsked(formPlain);
    if (speaker) {
      // Who speaks is a name or a thing ("China's foreign ministry"), its last word, not its modifiers ("ordinary").
      const head = speaker.split(/\s+/).at(-1)?.toLowerCase().replace(/['’]s?$/, '');
      // The speaker's words, to find a name among them.
      const words = spaced(speaker);
      // A name, or a word the content never uses that the lexicon does not know as an adjective or adverb ("kishida" typed in lower case).
      const unnamed = concepts.find((c) => ((c.unknown === 'name' || c.unknown === 'idea') && words.includes(` ${c.span.word} `)) || (c.unknown === 'thing' && c.span.word === head));
      if (unnamed) return this.notCovered(question, `The content never mentions ${speaker} ("${unnamed.span.word}").`, concepts, ranked);
      // A speaker the content names ("North Korea") must be named where the view is told: a passage telling others' views does not say theirs.
      const named = concepts.filter((c) => c.span.named && c.weight > 0 && words.includes(` ${c.span.word} `));
      const namesSpeaker = (r: Ranked) => named.every((c) => mentions(r.matched, c));
      const telling = ranked.find((r) => r.coverage >= top.coverage - 1e-9 && r.score >= top.score * STANCE_FLOOR && tellsAStance((this.passages[r.id] as Passage).text) && namesSpeaker(r));
      if (!telling) return this.notCovered(question, `The passages do not say what ${speaker} says or thinks.`, concepts, ranked);
      // …and about what it is asked about: "what does Yoon think about China?" is not answered by a view of his on Japan.
      const about = SAID_ABOUT.exec(plain);
      const topics = about ? concepts.filter((c) => c.span.start >= about.index + about[0].length && c.weight > 0 && !c.unknown) : [];
      const tellsOf = (r: Ranked) => this.viewOf(r.id).sentences.some(({ sentence, terms }) => tellsAStance(sentence.text) && topics.some((c) => mentions(terms, c)));
      if (topics.length > 0 && !ranked.some((r) => (r === telling || closeEnough(r)) && tellsOf(r))) {
        return this.notCovered(question, `The passages do not say what ${speaker} says or thinks about it.`, concepts, ranked);
      }
      if (telling !== best) putFirst(telling);
    }
    // "What exactly did the Jan 5 joint statement say about Taiwan?": what a text says of something must be told in a
    // sentence naming both the text and the thing (one telling what it said of another thing does not answer).
    const says = textSaysAsked(plain);
    if (says) {
      // The text by its head noun ("statement"), and what it is asked about by its words that name something (not "specifically").
      const words = spaced(says.text);
      const head = concepts.filter((c) => c.span.end <= says.about && c.weight > 0 && words.includes(` ${c.span.word} `)).at(-1);
      const topics = concepts.filter((c) => c.span.start >= says.about && c.weight > 0 && !c.unknown && (c.span.named || this.lexicon.kindOf(c.span.word) !== 'other'));
      const tellsOf = (r: Ranked) => this.viewOf(r.id).sentences.some(({ terms }) => head !== undefined && mentions(terms, head) && topics.some((c) => mentions(terms, c)));
      if (head && !head.unknown && topics.length > 0 && !ranked.some((r) => closeEnough(r) && tellsOf(r))) {
        return this.notCovered(question, `The passages do not say what ${says.text} says about it.`, concepts, ranked);
      }
    }
    // "What happened to Yoon after the martial law thing?": an event asked about, with a thing the content never mentions.
    if (WHAT_HAPPENED.test(formPlain)) {
      const missing = concepts.find((c) => c.unknown === 'thing' && c.weight >= EVENT_THING_WEIGHT);
      if (missing) return this.notCovered(question, `The content does not tell what happened with "${missing.span.word}".`, concepts, ranked);
    }
    // "Which four countries make up the Quad?", "is India in IPEF?": a sentence must tell of the group's members
    // (naming the one asked about, or one besides those the question names), not merely name the group.
    const members = membersAsked(formPlain);
    const grouping = members && concepts.find((c) => c.span.named && c.span.word === normalize(members.group) && c.terms.some((t) => isGlossaryTerm(t.term)));
    if (members && grouping) {
      const asked = members.member === undefined ? [] : concepts.filter((c) => c.span.named && c !== grouping && normalize(members.member ?? '').includes(c.span.word));
      // Those named besides the group, as names or as words that stand for some ("Korea": the ROK or the DPRK).
      const others = members.others ? concepts.filter((c) => c !== grouping) : [];
      const namesMembers = (r: Ranked) => {
        const view = this.viewOf(r.id);
        return view.sentences.some(({ sentence, terms }) => {
          if (!grouping.terms.some((t) => terms.has(t.term)) || !MEMBERSHIP.test(sentence.text)) return false;
          if (members.member !== undefined) return asked.length > 0 && asked.every((c) => mentions(terms, c));
          if (!members.others) return true;
          // Others than those named: a sentence naming only those (and the group) does not answer.
          // Nor one naming the group's owner ("the US' Indo-Pacific Economic Framework"), a name just before the group's, or a name within it ("Indo-Pacific").
          const inSentence = view.spans.filter((sp) => sp.named && sp.start >= sentence.start && sp.end <= sentence.end);
          const groupSpans = inSentence.filter((sp) => sp.terms.some((n) => grouping.terms.some((t) => t.term === n)));
          const ownerOrPart = (sp: Span) => groupSpans.some((g) => (g.start > sp.end && g.start - sp.end <= OWNER_GAP) || (sp !== g && sp.start >= g.start && sp.end <= g.end));
          const named = inSentence.filter((sp) => !ownerOrPart(sp)).flatMap((sp) => sp.terms);
          return named.some((n) => !grouping.terms.some((t) => t.term === n) && !others.some((c) => c.terms.some((t) => t.term === n)));
        });
      };
      const telling = ranked.find((r) => closeEnough(r) && namesMembers(r));
      if (!telling) return this.notCovered(question, `The passages do not say who belongs to ${members.group}.`, concepts, ranked);
      if (telling !== best) putFirst(telling);
    }
    // "Will South Korea build its own nukes?": arms of one's own must be told of with the one who would hold them,
    // not beside another's ("With the DPRK now possessing nuclear arms").
    const arming = OWN_ARMS.exec(plain);
    if (arming?.[1]) {
      const at = arming.index + arming[0].length - arming[1].length;
      const who = concepts.filter((c) => c.span.named && c.weight > 0 && c.span.end <= arming.index);
      const what = concepts.filter((c) => c.weight > 0 && c.span.start >= at);
      const together = (r: Ranked) => this.viewOf(r.id).sentences.some(({ terms }) => who.every((c) => mentions(terms, c)) && what.some((c) => mentions(terms, c)));
      if (who.length > 0 && what.length > 0 && !ranked.some((r) => closeEnough(r) && together(r))) {
        return this.notCovered(question, `The passages do not tell of ${who.map((c) => c.span.word).join(' and ')} having ${arming[1]} of its own.`, concepts, ranked);
      }
    }
    // "Who coined …?", "How did Russia react to …?": the passages must tell of the deed asked about.
    const deed = deedAsked(text);
    const act = deed && concepts.find((c) => !c.span.named && c.span.word === deed.verb);
    if (deed && act && !mentions(best.about, act)) {
      return this.notCovered(question, deed.who ? `The passages do not say who ${deed.verb} it.` : `The passages do not tell of the deed the question asks about ("${deed.verb}").`, concepts, ranked);
    }
    // "How did Pyongyang react to the dialogue?", "Moscow's reaction to the trilateral": a passage as close must tell of a reaction.
    const reaction = reactionAsked(form);
    if (reaction && !ranked.some((r) => closeEnough(r) && tellsAReaction((this.passages[r.id] as Passage).text))) {
      return this.notCovered(question, `The passages tell of no reaction ("${reaction}") to it.`, concepts, ranked);
    }
    // "What would a second Trump term mean for it?", "if trump wins again": someone's return to office, which a passage as close must tell of.
    if (returnAsked(formPlain)) {
      const people = this.peopleTerms();
      const person = concepts.find((c) => c.span.named && c.terms.some((t) => people.has(t.term)));
      if (person && !ranked.some((r) => closeEnough(r) && tellsAReturn((this.passages[r.id] as Passage).text))) {
        return this.notCovered(question, `The passages tell of no return to office ("${person.span.word}").`, concepts, ranked);
      }
    }
    // "What came out of the second dialogue?": a later meeting of a series must be told of as such ("second", "next").
    const later = laterMeetingAsked(formPlain);
    const placing = later === undefined ? undefined : new RegExp(String.raw`\b${later}\b`, 'i');
    if (later && placing && !ranked.some((r) => closeEnough(r) && placing.test((this.passages[r.id] as Passage).text))) {
      return this.notCovered(question, `The passages tell of no ${later} meeting.`, concepts, ranked);
    }
    const pick = (list: readonly Ranked[]) => list.filter((r) => r.score >= best.score * RELATIVE_FLOOR && r.coverage >= MIN_COVERAGE * 0.6).slice(0, limit);
    let pool = ranked;
    let chosen = pick(pool);
    // Deeper only when the best few were not enough and lower ones may still qualify.
    while (chosen.length < limit && pool.length < matched && (pool.at(-1)?.score ?? 0) >= best.score * RELATIVE_FLOOR) {
      const deeper = this.rank(concepts, pool.length * 4, within, boosts).ranked;
      pool = best === top ? deeper : [best, ...deeper.filter((r) => r.id !== best.id)];
      chosen = pick(pool);
    }
    // The piece's closing passage, where its argument ends up, is among a whole-piece question's answers: first when
    // the question asks where it ends up ("the bottom line", "the takeaway"), after the standfirst's best otherwise.
    if (summarised && within === undefined) {
      const last = this.passages.length - 1;
      const closing = pool.find((r) => r.id === last) ?? this.rank(concepts, 1, [last, last + 1]).ranked[0];
      if (closing) {
        const others = chosen.filter((r) => r !== closing);
        const at = ENDS_UP.test(plain) ? 0 : 1;
        chosen = [...others.slice(0, at), closing, ...others.slice(at)].slice(0, limit);
      }
    }
    const passages = chosen.map((r) => this.answerPassage(r));
    return { kind: 'answered', question, passages };
  }

  /** The `depth` best passages for the concepts, best first (see Ranker), and how many matched at all. */
  private rank(concepts: readonly Concept[], depth = RANK_DEPTH, within?: readonly [number, number], boosts?: readonly number[]): { ranked: Ranked[]; matched: number } {
    return this.ranker.rank(concepts, depth, within, boosts);
  }

  /** Finds a glossary entry by its term, an alias, a name meaning the same, or a near-miss spelling. */
  define(query: string): Definition {
    const key = termKey(query.slice(0, 200));
    const found = (entry: GlossaryEntry): Definition => ({ kind: 'found', query, entry, passages: this.usesOf(entry) });
    if (!key) return { kind: 'not-found', query, suggestions: this.glossary.slice(0, 5).map((e) => e.term) };
    const exact = this.glossary.find((e) => [e.term, ...e.aliases].some((n) => termKey(n) === key));
    if (exact) return found(exact);
    const concept = this.analyzer.conceptOf(query);
    const byConcept = concept && this.glossary.find((e) => this.analyzer.conceptOf(e.term) === concept);
    if (byConcept) return found(byConcept);
    const scored = this.glossary
      .map((e) => ({ e, d: Math.min(...[e.term, ...e.aliases].map((n) => nameDistance(key, termKey(n)))) }))
      .sort((a, b) => a.d - b.d);
    const top = scored[0];
    if (top && top.d <= Math.max(1, Math.floor(key.length / 5)) && (scored[1]?.d ?? Infinity) > top.d) return found(top.e);
    return { kind: 'not-found', query, suggestions: scored.filter((s) => s.d <= Math.max(3, key.length / 2)).slice(0, 5).map((s) => s.e.term) };
  }

  /** The passages that name a glossary entry, in order (made on first use: a large library need not pay at start). */
  private usesOf(entry: GlossaryEntry): readonly Passage[] {
    let uses = this.glossaryUses.get(entry);
    if (!uses) {
      const ids = this.built.glossaryUses[this.glossary.indexOf(entry)] ?? [];
      this.glossaryUses.set(entry, (uses = ids.map((id) => this.passages[id]).filter((p): p is Passage => p !== undefined)));
    }
    return uses;
  }

  /** Glossary terms and aliases matching what a user is typing, best first (for autocomplete). */
  completeTerm(partial: string, limit = 25): { name: string; term: string }[] {
    const key = termKey(partial);
    const names = this.glossary.flatMap((e) => [e.term, ...e.aliases].map((name) => ({ name, term: e.term, k: termKey(name) })));
    const rank = (k: string) => (key === '' ? 2 : k.startsWith(key) ? 0 : k.includes(key) ? 1 : nameDistance(key, k.slice(0, key.length)) <= 1 ? 2 : -1);
    return names
      .map((n) => ({ ...n, r: rank(n.k) }))
      .filter((n) => n.r >= 0 && (key !== '' || n.name === n.term))
      .sort((a, b) => a.r - b.r || a.name.length - b.name.length || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map(({ name, term }) => ({ name, term }));
  }

  private concepts(spans: readonly Span[]): Concept[] {
    return conceptsOf(spans, { analyzer: this.analyzer, index: this.index, related: this.related, lexicon: this.lexicon, corrector: this.corrector, memo: this.conceptMemo });
  }

  /**
   * The sentences of a ranked passage that answer the question best: those covering at least
   * `share` of what the best one covers, in passage order. Names count twice: the sentence about the
   * question's subject answers it, not one sharing its verb.
   */
  private answeringSentences(r: Ranked, concepts: readonly Concept[], share: number): string[] {
    const scored = this.viewOf(r.id).sentences.map(({ sentence, terms }) => ({
      text: sentence.text,
      covered: concepts.reduce((n, c) => n + (c.terms.some((t) => terms.has(t.term)) ? c.weight * (c.span.named ? 2 : 1) : 0), 0),
    }));
    const top = Math.max(0, ...scored.map((x) => x.covered));
    return scored.filter((x) => x.covered >= top * share).map((x) => x.text);
  }

  /** Whether a sentence of the passage that answers the question nearly as well as its best one gives what the question wants (a date, a number). */
  private gives(r: Ranked, concepts: readonly Concept[], wanted: Wanted, event?: Concept): boolean {
    const answering = this.answeringSentences(r, concepts, WANTED_SHARE);
    // With the event asked, of those the ones that tell of it, if any sentence of the passage does.
    const telling = event ? this.viewOf(r.id).sentences.filter(({ terms }) => event.terms.some((t) => t.weight >= WEIGHT.thesaurus && terms.has(t.term))).map(({ sentence }) => sentence.text) : [];
    return (telling.length > 0 ? answering.filter((text) => telling.includes(text)) : answering).some((text) => wanted.givenBy(text));
  }

  /**
   * Whether one sentence of a ranked passage names every name of the question, and a place ("in
   * Washington", "at Camp David"); with `ahead`, a sentence speaking of what is to come.
   */
  private namesAll(r: Ranked, concepts: readonly Concept[], ahead: boolean): boolean {
    const names = concepts.filter((c) => c.span.named && c.weight > 0);
    return this.viewOf(r.id).sentences.some(
      ({ sentence, terms }) => PLACE.test(sentence.text) && (!ahead || speaksAhead(sentence.text)) && names.every((c) => c.terms.some((t) => t.weight >= 0.8 && terms.has(t.term))),
    );
  }

  /**
   * The thing a question asks for (see focusAsked), which the best passage must name, not just
   * mention what surrounds it; a synonym will do except in "what is the X of Y". Ideas ("role",
   * "danger") are exempt there, and in "which X": the article may discuss them in its own words.
   */
  private focusOf(text: string, concepts: readonly Concept[]): { concept: Concept; least: number } | undefined {
    const asked = focusAsked(text);
    // "Which places (areas, corners, hotspots) …" asks where, which a passage answers by naming them, not with the word "place".
    if (asked && /^(?:place|location|spot|site|area|region|corner|hotspot|flashpoint)s?$/.test(asked.word)) return undefined;
    // "Which bodies (organisations, actors) …" asks for them by name ("NATO", "the G7"), which is how a passage answers it.
    if (asked && /^(?:bod(?:y|ies)|organi[sz]ations?|entit(?:y|ies)|outfits?|actors?|players?)$/.test(asked.word)) return undefined;
    // Not a word inside a name the question also uses ("the Atlantic alliance" asks about NATO, not an alliance).
    const concept = asked && concepts.find((c) => !c.span.named && c.span.word === asked.word && c.weight > 0);
    if (!asked || !concept) return undefined;
    const kind = this.lexicon.kindOf(asked.word);
    // An idea only the glossary's background names ("the pillars of IPEF"), never the article, is background the article does not discuss.
    const background = concept.unknown !== undefined && concept.terms.some((t) => this.index.termId(t.term) >= 0);
    // Only a noun is a thing asked for: "what are the three doing together on …" asks for no "together".
    if (asked.form === 'of') return (kind !== 'idea' || background) && (!this.lexicon.knows(asked.word) || this.lexicon.nounKindOf(asked.word) !== undefined) ? { concept, least: asked.ours ? WEIGHT.thesaurus : 0.8 } : undefined;
    if (asked.form === 'about') return { concept, least: WEIGHT.lexicon };
    // After "which" the word is a noun, whatever it mostly is ("which official …").
    return this.lexicon.nounKindOf(asked.word) === 'thing' ? { concept, least: ANCHOR_TERM } : undefined;
  }

  /**
   * A thing the content never names (a noun), within two words of a glossary term the question names, that the term's own
   * definition names, when the article only lists the term among others ("platforms such as the G7, AUKUS, Quad"): a detail
   * of the term only the glossary tells of. Not when the question names another glossary term too, or more than two other
   * names: it then asks about them together ("will the trio link up with the US-India-Australia-Japan group and the
   * Australia/UK/US submarine deal?"). Undefined if none.
   */
  private glossaryDetail(text: string, concepts: readonly Concept[]): { entry: GlossaryEntry; word: string } | undefined {
    for (const c of concepts) {
      // A noun naming a thing, whatever the question's form made of it ("the AUKUS submarine deal": a verb, to WordNet, too),
      // or an idea as rare as "pillar" ("AUKUS pillar 2"), not an everyday one ("is the G7 part of this").
      const noun = this.lexicon.nounKindOf(c.span.word);
      if (c.unknown === undefined || c.unknown === 'name' || c.weight === 0 || c.span.named || noun === undefined || (noun !== 'thing' && c.weight < DETAIL_IDEA_WEIGHT)) continue;
      const own = c.terms.filter((t) => t.weight >= 1).map((t) => t.term);
      for (const named of concepts) {
        if (!named.span.named || named === c) continue;
        const between = c.span.start > named.span.end ? text.slice(named.span.end, c.span.start) : text.slice(c.span.end, named.span.start);
        if (between.trim().split(/\s+/).filter(Boolean).length > 2) continue;
        const term = named.terms.find((t) => t.weight >= 1 && isGlossaryTerm(t.term))?.term;
        const details = term === undefined ? undefined : this.glossaryDetailsOf(term);
        // A term the article discusses as well: only a detail it is asked to have ("IPEF's pillars", "IPEF pillars", "does
        // IPEF include tariff cuts"), right after it, not a description of it ("the Maryland presidential retreat").
        const hasDetail = c.span.start > named.span.end && DETAIL_OF.test(between) && !PLACE_NOUN.test(c.span.word);
        if (!(details?.onlyListed || hasDetail) || !details?.definition.some((t) => own.includes(t))) continue;
        const names = new Set(concepts.filter((o) => o.span.named).flatMap((o) => o.terms.filter((t) => t.weight >= 1 && t.term !== term).map((t) => t.term)));
        return [...names].some(isGlossaryTerm) || names.size > 2 ? undefined : { entry: details.entry, word: c.span.word };
      }
    }
    return undefined;
  }

  /** Each glossary entry's concept and name terms (worked out on first use). */
  private glossaryNamesOf(): readonly { entry: GlossaryEntry; concept: string | undefined; names: readonly string[] }[] {
    this.glossaryNames ??= this.glossary.map((entry) => ({ entry, concept: this.analyzer.conceptOf(entry.term), names: this.analyzer.terms([entry.term, ...entry.aliases].join(' , ')) }));
    return this.glossaryNames;
  }

  /** The glossary entry of a concept term, its definition's terms and whether the article only lists it (worked out on first use). */
  private glossaryDetailsOf(concept: string): { entry: GlossaryEntry; definition: readonly string[]; onlyListed: boolean } | undefined {
    this.glossaryByConcept ??= new Map(this.glossaryNamesOf().flatMap(({ concept: term }, i) => (term === undefined ? [] : [[term, i] as const])));
    const i = this.glossaryByConcept.get(concept);
    const entry = i === undefined ? undefined : this.glossary[i];
    if (i === undefined || !entry) return undefined;
    let details = this.glossaryDetails.get(i);
    if (!details) {
      // Whether every sentence of the article that names the entry lists it among others ("such as …", "including …"). A
      // term that many passages use is discussed, not only listed: reading them all held a large library's answers up.
      const uses = this.built.glossaryUses[i] ?? [];
      const naming = uses.length > MAX_LISTED_USES ? [] : uses.flatMap((id) => this.viewOf(id).sentences.filter(({ terms }) => terms.has(concept)));
      const onlyListed = naming.length > 0 && naming.every(({ sentence }) => NAMES_INSTANCES.test(sentence.text));
      this.glossaryDetails.set(i, (details = { entry, definition: this.analyzer.terms(entry.definition), onlyListed }));
    }
    return details;
  }

  private isSummaryQuestion(concepts: readonly Concept[]): boolean {
    const words = concepts.filter((c) => c.weight > 0).map((c) => c.span.word);
    return words.length > 0 && words.every((w) => SUMMARY_WORDS.has(w));
  }

  /** A question about the whole piece ("what is the verdict?") is answered from its standfirst, its summary line. */
  private summaryQuery(text: string): Concept[] | undefined {
    if (!/\b(verdict|assessment|conclu\w*|overall|takeaways?|thesis|gist|summar\w*|argu\w*|main (?:point|idea)|key points|highlights|overview|recap|bottom line|about|claims?|tl;?dr)\b/i.test(text)) return undefined;
    const doc = this.documents[0];
    if (!doc || this.documents.length !== 1) return undefined;
    const concepts = this.concepts(this.analyzer.analyze(doc.meta.standfirst ?? doc.meta.title));
    return concepts.length > 0 ? concepts : undefined;
  }

  /** The terms of the people the gazetteer knows (its leaders), worked out on first use. */
  private peopleTerms(): ReadonlySet<string> {
    this.personTerms ??= new Set(PEOPLE.flatMap((name) => this.analyzer.terms(name)));
    return this.personTerms;
  }

  /** Passage `id` as spans and sentences with their terms; recently quoted passages' are remembered. */
  private viewOf(id: number): PassageView {
    let view = this.views.get(id);
    if (!view) {
      const text = this.passages[id]?.text ?? '';
      const spans = this.analyzer.analyze(text);
      const sentences = sentencesOf(text).map((sentence) => ({ sentence, terms: new Set(spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end).flatMap((s) => s.terms)) }));
      if (this.views.size >= VIEWS_MEMO) this.views.clear();
      this.views.set(id, (view = { spans, sentences }));
    }
    return view;
  }

  private answerPassage(r: Ranked): AnswerPassage {
    return new QuotedPassage(this.passages[r.id] as Passage, round(r.score), round(r.coverage), this.viewOf(r.id), r);
  }

  /** Whether a question is in another language than English (see FOREIGN_WORDS); never without a lexicon to tell. */
  private inAnotherLanguage(question: string): boolean {
    if (this.lexicon === EMPTY_LEXICON) return false;
    // The names' words, once; the content's own words through the index's vocabulary (reading all its text was seconds on a large library).
    this.nameWords ??= new Set([...this.glossary.map((e) => `${e.term} ${e.aliases.join(' ')}`), ...GAZETTEER.flat(), ...PEOPLE].join(' ').toLowerCase().match(/\p{L}+/gu));
    const names = this.nameWords;
    const known = (word: string) => names.has(word) || this.lexicon.knows(word) || this.analyzer.terms(word).some((t) => this.index.vocabulary.has(t));
    let counted = 0;
    const unknown: string[] = [];
    for (const [word] of question.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
      if (ENGLISH_STOP_WORDS.has(word) || ENGLISH_GRAMMAR.has(word)) counted++;
      else if (word.length > 3) {
        counted++;
        const bare = word.replace(/['’]s$/, '');
        if (!known(bare)) unknown.push(bare);
      }
    }
    // A typo of a word of the content or the lexicon is English too (looked for last: it costs the most).
    let foreign = unknown.length;
    for (const word of unknown) {
      if (foreign < FOREIGN_WORDS || foreign < counted * FOREIGN_SHARE) return false;
      if (this.corrector.correct(word).length > 0 || lexiconSpelling(word, this.lexicon) !== undefined) foreign--;
    }
    return foreign >= FOREIGN_WORDS && foreign >= counted * FOREIGN_SHARE;
  }

  /** The not-covered answer, its suggestions from `ranked` when the question was ranked already. */
  private notCovered(question: string, reason: string, concepts: readonly Concept[], ranked?: readonly Ranked[]): Answer {
    const suggestions: Suggestion[] = [];
    const words = new Set(concepts.flatMap((c) => c.terms.filter((t) => t.weight >= 0.8).map((t) => t.term)));
    for (const { entry, concept, names } of this.glossaryNamesOf()) {
      if ((concept && words.has(concept)) || names.some((n) => words.has(n))) suggestions.push({ kind: 'term', label: entry.term, value: entry.term });
    }
    const sections = new Set<string>();
    for (const r of ranked ?? this.rank(concepts).ranked) {
      const p = this.passages[r.id];
      if (!p) continue;
      const ref = p.ref.replace(/\.\d+$/, '');
      if (!sections.has(ref)) {
        sections.add(ref);
        suggestions.push({ kind: 'section', label: `${ref} ${p.sectionTitle}`, value: ref });
      }
    }
    return {
      kind: 'not-covered',
      question,
      reason: this.inAnotherLanguage(question) ? IN_ANOTHER_LANGUAGE : reason,
      suggestions: [...suggestions.filter((s) => s.kind === 'term').slice(0, 3), ...suggestions.filter((s) => s.kind === 'section').slice(0, 3)],
    };
  }
}

/** The year of the newest document; 0 if any document has no date (then none can be ruled out). */
const latestYearOf = (documents: readonly ArticleDocument[]): number => {
  let latest = 0;
  for (const d of documents) {
    const year = yearsIn(d.meta.date ?? '')[0];
    if (year === undefined) return 0;
    latest = Math.max(latest, year);
  }
  return latest;
};

type Quote = Pick<AnswerPassage, 'sentences' | 'highlights'>;

/**
 * An AnswerPassage whose sentences and highlights are worked out when first read: an answer holds
 * every passage that qualifies (a reply pages through them), and only the shown ones are quoted.
 * They are own enumerable properties, read like any other (by JSON.stringify and deep equality too);
 * their getters are shared by every instance, so a passage costs one small object.
 */
class QuotedPassage implements AnswerPassage {
  declare readonly sentences: readonly string[];
  declare readonly highlights: readonly (readonly [number, number])[];
  readonly #view: PassageView;
  readonly #ranked: Ranked;
  #quoted: Quote | undefined;

  static readonly #lazy: PropertyDescriptorMap = {
    sentences: { enumerable: true, get: function (this: QuotedPassage) { return this.#quote().sentences; } },
    highlights: { enumerable: true, get: function (this: QuotedPassage) { return this.#quote().highlights; } },
  };

  constructor(
    readonly passage: Passage,
    readonly score: number,
    readonly coverage: number,
    view: PassageView,
    ranked: Ranked,
  ) {
    this.#view = view;
    this.#ranked = ranked;
    Object.defineProperties(this, QuotedPassage.#lazy);
  }

  #quote(): Quote {
    if (this.#quoted) return this.#quoted;
    const matched = this.#ranked.matched;
    // Indexed loops, not callbacks or iterators: a passage has a hundred spans, and this runs for every quoted passage.
    const spans: [number, number][] = [];
    for (const span of this.#view.spans) {
      const terms = span.terms;
      for (let i = 0; i < terms.length; i++) {
        if (matched.has(terms[i] as string)) {
          spans.push([span.start, span.end]);
          break;
        }
      }
    }
    const sentences: string[] = [];
    for (const { sentence } of this.#view.sentences) {
      for (let i = 0; i < spans.length; i++) {
        const range = spans[i] as [number, number];
        if (range[0] < sentence.end && range[1] > sentence.start) {
          sentences.push(sentence.text);
          break;
        }
      }
    }
    return (this.#quoted = { sentences, highlights: mergeRanges(spans) });
  }
}

const mergeRanges = (ranges: readonly (readonly [number, number])[]): [number, number][] => {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
};

/** Edit distance (Levenshtein), for near-miss spellings of glossary names. */
export const nameDistance = (a: string, b: string): number => {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
};


const round = (n: number) => Math.round(n * 1000) / 1000;
