import { normalize } from './analyzer.js';
import { STOP_WORDS } from './stop-words.js';
import { GAZETTEER, PEOPLE } from './gazetteer.js';

/** What readers call the piece, and its writers: one list for every question form that asks about them. */
const PIECE = String.raw`(?:article|piece|op-?ed|column|essay|analysis|commentary|story|text|paper)`;
const WRITERS = String.raw`(?:authors?|writers?)`;

/**
 * What a question's form asks for, read from its words alone (no index): a task rather than a
 * question, a date or a number, the thing or the deed asked about, the piece's own start or end.
 * The engine checks the best passage against it and refuses when the passage does not give it.
 */

/** A year as questions and dates write it (1900–2099). */
const YEAR = String.raw`(?:19|20)\d\d`;
const WHOLE_YEAR = new RegExp(String.raw`^${YEAR}$`);
/** Whether a word is a year ("1965", "2024"). */
export const isYear = (word: string): boolean => WHOLE_YEAR.test(word);
const YEARS = new RegExp(String.raw`\b${YEAR}\b`, 'g');
/** The years a text names, in order (matchAll reads a copy of YEARS, so its lastIndex is never shared). */
export const yearsIn = (text: string): number[] => Array.from(text.matchAll(YEARS), (m) => Number(m[0]));

/** A count: digits that are neither a year nor a day after its month ("Jan 5"). */
const NUMBER = new RegExp(String.raw`(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)\b(?!${YEAR}\b)\d[\d,.]*\b`, 'i');
const DATE = /\b(1[89]|20)\d\d\b|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b(since|ago|decades?|century|winter|spring|summer|autumn)\b/i;
const AHEAD = /\b(will|next|upcoming|expected|scheduled|planned)\b/i;

/** Nouns for an amount asked for right after "what" ("what percentage …"), and after "what is the (annual trade) …". */
const AMOUNT_AFTER_WHAT = 'age|percentage|proportion|share|fraction|number|amount|sum';
const AMOUNT_NAMED = 'volume|figure|total|population|budget|gdp|percentage|amount|ratings?';
/** What has a value in money (not "the value of the partnership", its worth to someone). */
const TRADED = 'trade|exports?|imports?|investments?|sales|deals?|contracts?|aid';
/** "How big is … trade in dollars": a sum of money asked for, in a currency or as the size of what is traded. */
const MONEY_ASKED = new RegExp(
  String.raw`\bin\s+(?:(?:us|u\.s\.|american)\s+)?(?:dollars|usd|euros?|yuan|renminbi|rmb|yen|won|pounds|rupees)\b|\bhow\s+(?:big|large|huge|small)\s+(?:is|are|was|were)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${TRADED})\b`,
  'iu',
);
/** Any of those words: checked first, as most questions have none. */
const MEASURE = new RegExp(String.raw`\b(?:${AMOUNT_AFTER_WHAT}|${AMOUNT_NAMED}|value|worth|share)\b`, 'i');
/** "What percentage …", "what is the annual trade volume …", "the value of … trade": an amount asked for. */
const AMOUNT_ASKED = new RegExp(
  String.raw`\bwhat (?:${AMOUNT_AFTER_WHAT})\b|\bwhat(?:'s|’s|s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:${AMOUNT_NAMED})\b|\b(?:value|worth|share)\s+of\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${TRADED})\b`,
  'iu',
);
/**
 * "What poll numbers do the authors cite", "does it give any figures on …", "what did people think in polls": data asked
 * for, which a number gives. Not "is the claim backed by any data?": whether the piece supports a claim, which the claim's passage answers.
 */
const FIGURES_ASKED = /\b(?:what|which|any|give|gives|giving|cite|cites|citing|quote|quotes|provide|provides|offer|offers|show|shows|mention|mentions)\s+(?:[\w'’-]+\s+){0,3}?(?:poll(?:s|ing)?|surveys?|statistics|stats|percent(?:ages?)?|figures|numbers|data)\b|\bin\s+(?:the\s+)?(?:polls|surveys)\b/i;
/** Any of the words FIGURES_ASKED looks for: checked first, as most questions have none. */
const FIGURES = /\b(?:poll|survey|statistics|stats|percent|figures|numbers|data)/i;
/** Whether the piece backs a claim is asked, not a figure. */
const ABOUT_A_CLAIM = /\bclaims?\b|\bassert/i;
/** "When …", "in what year …", "which date …": a date asked for. */
const WHEN_ASKED = /^\s*(?:(?:(?:the|an?)\s+)?(?:(?:exact|precise|actual|specific)\s+)?(?:date|day|year|month)\s+(?:of|for|when)\b|when\b|(?:(?:in|on|at)\s+)?(?:what|which)\s+(?:year|date|day|month|time)\b)|(?:[,;:]|\s[—–-])\s*(?:and\s+)?when\s+(?:is|was|are|were|do|does|did|will|would|has|have|had)\b|\b(?:was|were|is|are|happen(?:ed|s)?|held|signed|launched|published)\s+(?:in|on)\s+(?:what|which)\s+(?:year|month|date|day)\b|^\s*(?:\S+\s+){1,5}?(?:date|year)\s*\?+\s*$/i;
/** "How much room (influence, credence) …", "how much stronger …": a degree, which words answer, not a number. */
const DEGREE = /\bhow\s+much\s+(?:(?:do|does|did)\s+)?(?:\S+\s+){1,4}?(?:back|support|trust|distrust|like|dislike|care|believe|agree|rely|relies|relied|depend|fear|worry|worries|resent|oppose|matter|count|figure|weigh|factor|feature|favou?r)(?:s|ed|d)?\b|\bhow\s+much\s+(?:more\s+|less\s+)?(?:stronger|weaker|bigger|smaller|larger|greater|higher|lower|better|worse|closer|further|farther|harder|easier|tougher|richer|poorer|faster|slower|wider|deeper|riskier|safer|(?:wiggle\s+|elbow\s+|breathing\s+|diplomatic\s+|strategic\s+)?room|influence|power|muscle|might|strength|leverage|capacity|appetite|bandwidth|say|leeway|latitude|trust|credence|weight|attention|support|sense|emphasis|importance|space|freedom|autonomy|sway|clout|control|confidence|faith|hope|progress|risk|danger|pressure|tension|difference|impact|effect|change|damage|harm|blame|credit|responsibility|credibility|legitimacy|sympathy|criticism|optimism|pessimism|scepticism|skepticism|concern|worry|doubt|of\s+(?:a|an|the)\b)/i;
/**
 * "When the administration took office, what did it …?": a clause setting the time of a question asked after it.
 * "When Trump was president the relations became bad?": someone's time in office, setting the time of what follows, comma or not.
 */
const WHEN_CLAUSE = /^\s*when\s+(?!(?:is|was|are|were|do|does|did|will|would|can|could|has|have|had|should|shall|might|must)\b)[^?]*?,\s*(?:what|how|why|which|who|whom|whose|where|is|are|was|were|do|does|did|has|have|can|could|will|would|should)\b|^\s*when\s+(?:\S+\s+){1,3}?(?:was|were)\s+(?:(?:the\s+)?(?:president|prime\s+minister|pm|premier|chancellor|leader)|in\s+(?:office|power|charge))\b\s*,?\s*\S|^\s*when\s+(?:they|we|you|i|he|she|the\s+(?:authors?|writers?))\s+(?!(?:is|was|are|were|do|does|did|will|would|can|could|has|have|had|should|shall|might|must)\b)\p{L}+\b[^?,]*?\s(?:is|are|was|were|does|do|did)\s+(?:that|it|this|they|he|she)\b/iu;

/**
 * What a chat question may open with before the question itself ("hey bot, …", "quick q: …",
 * "can you tell me when …", "remind me what …"): taken off, so the question's form is read from
 * its own first words ("when …" asks for a date).
 */
const PREAMBLE = /^\s*(?:(?:a|the|one|this|my)\s+)?(?:patron|student|reader|customer|user|visitor|friend|colleague|caller|client|kid)\s+(?:at\s+the\s+(?:desk|counter)\s+)?(?:is\s+)?(?:asking|asks|asked|wants\s+to\s+know|wanted\s+to\s+know|wonders|wondering|would\s+like\s+to\s+know)\s+(?:about\s+)?(?:(?:whether|if)\s+)?(?=\S)|^\s*got\s+asked\s*[:,—–-]?\s*(?=\S)|^\s*(?:(?:can|could)\s+(?:some\s*one|any\s*one|some\s*body|any\s*body)\s+(?:please\s+|pls\s+)?(?=(?:summari[sz]e|sum\s+up)\b)|(?:hey|hi|hello|yo|ok(?:ay)?|so|um+|uh+)\s+(?:there\s+)?bot\b[\s,:!.-]*|(?:hey|hi|hello|yo)\b[\s,:!.-]*|quick\s+(?:q|qn|question|one)\b[\s,:!.?-]*|(?:bottom\s+line|in\s+short|long\s+story\s+short|tl;?\s*dr)\s*[:,—–-]\s*|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:tell|remind|show)\s+me\s+|(?:please|pls)\s+(?:tell|remind)\s+me\s+|(?:tell|show)\s+(?:me|us)\s+(?=(?:what|who|whom|whose|which|when|where|why|how|if|whether)\b)|(?:explain|summari[sz]e|describe|list)\s+(?:(?:to|for)\s+(?:me|us)\s+)?(?=(?:what|who|whom|whose|which|when|where|why|how|whether)\b)|(?:do|does)\s+(?:you|u|any\s*one|some\s*one)\s+know\s+|remind\s+me\s+|i\s+(?:want|wanna|would\s+like|'d\s+like)\s+to\s+know\s+|i\s+(?:wonder|was\s+wondering)\s+)+/i;

/** A sentence about the asker before the question ("My nephew is posted near the DMZ. Does …?"): context, not the question. */
const ABOUT_ME = /^\s*(?:(?:(?:so|ok|okay|right|alright|also)\s+)?(?:for\s+(?:the|my|our|this)\s+(?:[\p{L}'’-]+\s+){1,2})?(?:as\s+an?\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?,?\s+)?(?:as\s+some(?:one|body)\b|my|our|i|i'm|i’m|i've|i’ve|we|we're|we’re)\b[^.?!:]*[.!:]+\s+)+(?=\S)/iu;

/** A question pointing back at something named before it ("what came out of it?", "what did they say about them?"). */
const REFERS_BACK = /\b(?:it|its|them)\b/i;

/** Whose account a question opens by naming ("According to the article, who led …?", "Per the authors, …"). */
const ATTRIBUTION = /^\s*(?:according\s+to|per|in\s+the\s+(?:view|eyes)\s+of|for)\s+(?:the\s+|this\s+|these\s+|its\s+)?(?:article|piece|op-?ed|authors?|writers?|text|essay|column)(?:['’]s?\s+(?:view|account|telling))?\s*,\s*(?=\S)/i;

/** The question after whose account it opens by naming, read for its form ("who led …"); the naming still tells that it is about the piece. */
export const unattributed = (text: string): string => {
  const m = ATTRIBUTION.exec(text);
  // "What exactly did Kishida say …?" is "what did Kishida say …?".
  return (m ? text.slice(m[0].length) : text).replace(/^(\s*(?:what|how|who|which|when|where|why))\s+(?:exactly|actually|precisely|really)\b/i, '$1');
};

/**
 * What the asker adds after the question about their own use of the answer ("… in decline? i want to flag that on air",
 * "… hostile? want to warn listeners", "… militarised? how should we frame that for people …"): a last sentence in the
 * first person, or opening with what the asker wants or is doing, asking nothing of the content.
 */
const ASIDE_AFTER = /\?\s*(?:(?:(?:i|we)\s+(?:really\s+)?|i['’]m\s+|we['’]re\s+|i['’]d\s+|we['’]d\s+)?(?:want|wanna|would\s+like|like|trying|need|hope|hoping|going|gonna|have|plan(?:ning)?)\s+to\s+(?:flag|warn|frame|present|explain|tell|say|mention|put|use|cite|quote|include|decide|know|get|make|check|cover|pitch|write|sum|summari[sz]e)\b|(?:i['’]m|we['’]re)?\s*asking\s+(?:because|bc|b\/c|cos|coz|cuz|cause|since|for)\b|(?:how|what)\s+(?:should|can|could|do)\s+(?:i|we)\s+(?:frame|present|explain|put|pitch|say|tell|sell|word|phrase)\b|(?:should|can|could)\s+(?:i|we)\s+(?:frame|present|explain|put|pitch|say|tell|use|quote|cite|mention)\b|(?:i|we)\s+(?:need|want)\s+(?:it|this|that|them)\b|i\s+(?:don['’]?t|dont|do\s+not|can['’]?t|cannot)\s+(?:get|understand|follow|see)\b|i\s+(?:served|work(?:ed)?|lived?|teach|taught|stud(?:y|ied)|grew\s+up|spent|was\s+(?:stationed|posted|based))|(?:it\s+)?(?:sounds|seems|feels|looks|reads)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to\s+me|tbh|imo|imho)\b|(?:i['’]m|we['’]re|im)\s+(?:tagging|coding|annotating|compiling|writing|working|doing|preparing|building|making|putting|drafting|prepping)\b)[^?]*\??\s*$/iu;
/**
 * What the asker adds after the question about themselves ("… working together? We were always told they were firm allies.",
 * "… in what way, may I ask? Regards, Doreen"): what follows the last question mark, when each of its sentences speaks in
 * the first person (not "us", the United States here), signs off, or exclaims. Not what the asker heard, read or
 * thinks of the matter ("I heard something about martial law", "I think it was January"), nor a command ("list them for me"),
 * nor a sentence naming someone or somewhere past its first word ("My nephew in Perth …": a sign-off's name is no matter).
 */
const TAIL_AFTER_QUESTION = /\?([^?]*[^?\s][^?]*)$/;
const PERSONAL_SENTENCE = /\b(?:i|i['’](?:m|ve|d|ll)|im|ive|me|my|mine|myself|we|we['’](?:re|ve|d|ll)|our|ours|one\s+(?:hears|reads|wonders|feels))\b|!\s*$/iu;
const SIGN_OFF = /^\s*(?:(?:kind|best|warm)\s+)?(?:regards|wishes|cheers|thanks|thank\s+you|many\s+thanks|ta|yours|sincerely)\b/i;
/** A capitalised word past a sentence's first, but "I" and its contractions. */
const NAMES_AFTER_FIRST = /(?<=\S\s+)(?!I\b)\p{Lu}/u;
const HEARSAY = /\b(?:heard|hear|read|saw|seen|recall|remember|think|thought|guess|guessing|believe|suppose|gather|mean|meant)\b/i;
const COMMAND = /^\s*(?:please\s+|pls\s+)?(?:list|tell|give|show|explain|name|summari[sz]e|describe|quote|cite|break)\b/i;
const personalTail = (text: string): number | undefined => {
  const tail = TAIL_AFTER_QUESTION.exec(text);
  if (!tail) return undefined;
  const sentences = (tail[1] as string).split(/(?<=[.!])\s+(?=\S)/).filter((s) => s.trim() !== '');
  const aside = (s: string) => SIGN_OFF.test(s) || (PERSONAL_SENTENCE.test(s) && !HEARSAY.test(s) && !COMMAND.test(s) && !NAMES_AFTER_FIRST.test(s));
  return sentences.every(aside) ? tail.index + 1 : undefined;
};
/** A chat interjection before the question itself ("wait did yoon …", "hmm, why …", "lol what …"). */
const INTERJECTION = /^\s*(?:wait|hold\s+on|hmm+|lol|lmao|bruh|bro|ok(?:ay)?|alright|also|and|but)\b[\s,!.…-]*(?=(?:did|does|do|is|are|was|were|what|why|how|who|when|where|which|can|could|will|would|has|have|had|should)\b)/i;
/** A label the asker puts before the question ("big picture question for the outro:", "for the episode notes:"): a few words and a colon. */
/** What the asker supposes of their own task before the question ("if we had to boil it down to one sentence for the show, …"). */
const IF_WE = /^\s*if\s+(?:i|we|you)\s+(?:had|have|need(?:ed)?|were|was|wanted|want)\s+to\s+[^,?]{3,120},\s*(?=\S)/i;
/** A sentence about the asker that asks the question itself ("I'm curious whether …", "I wonder if …"). */
const ASKS_WITHIN = /\b(?:curious|wonder(?:ing)?|want(?:ed)?\s+to\s+know|would\s+like\s+to\s+know|asking)\b/i;
/** Whether a question has a word of its own beyond the few that only ask ("what would it be?" has none). */
const ASKS_SOMETHING = /\b(?!(?:what|which|would|could|should|will|shall|might|must|does|did|have|has|had|that|this|then|them|they|their|there|were|been|being|about|your|yours)\b)\p{L}{4,}/iu;
const LABEL = /^\s*(?:[\p{L}'’-]+\s+){0,5}(?:question|q|one|bit|part|line|notes?|outro|intro|recap|slide|handout|episode|segment|thread|quick-?fire|true\s+or\s+false|round)(?:\s+[\p{L}'’-]+){0,4}\s*:\s*(?=\S)/iu;

/**
 * A question typed all in capitals ("WHO GETS TO SET THE RULEBOOK"), in lower case: its capitals say nothing of names
 * ("RULEBOOK" is no name). The domain's abbreviations are known in lower case too ("us", "rok", "ipef").
 */
export const unshouted = (text: string): string => {
  // Latin letters counted by their codes: every question passes here, and matching each letter with a regexp cost ~10 µs.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  return upper >= SHOUTED_LETTERS && upper >= lower * SHOUTED_SHARE ? text.toLowerCase() : text;
};
/** At least this many capitals, and this many times as many as small letters, make a question shouted. */
const SHOUTED_LETTERS = 12;
const SHOUTED_SHARE = 4;

/** The question without what a chat question may open with before it, or add after it about the asker. */
export const withoutPreamble = (text: string): string => {
  const aboutMe = ABOUT_ME.exec(text);
  // "My friend mentioned the Jan 5 dialogue. What came out of it?": the question refers back to what the sentence names, which it keeps.
  // Only the question itself, its last sentence, points back: "washington and its allies met. what came of that meeting?" does not.
  const after = aboutMe ? text.slice(aboutMe[0].length) : '';
  // Nor when it asks the question itself and what follows asks nothing of its own ("As someone who served in Seoul, I'm
  // curious whether the authors …. Do they?").
  const asksItself = aboutMe !== null && ASKS_WITHIN.test(aboutMe[0]) && !ASKS_SOMETHING.test(after);
  let rest = aboutMe && after.length > 0 && !asksItself && !REFERS_BACK.test(after.split(/(?<=[.!?])\s+(?=\S)/).at(-1) ?? after) ? after : text;
  // "If I need to summarise the thesis in one sentence, what would it be?": the supposing clause holds the question when what follows asks nothing of its own.
  const ifWe = IF_WE.exec(rest);
  const label = LABEL.exec(rest) ?? ifWe;
  // …or points back to it ("if you had to state the thesis in one sentence, where is it put?").
  if (label && ASKS_SOMETHING.test(rest.slice(label[0].length)) && !(label === ifWe && REFERS_BACK.test(rest.slice(label[0].length)))) rest = rest.slice(label[0].length);
  const aside = ASIDE_AFTER.exec(rest);
  if (aside) rest = rest.slice(0, aside.index + 1);
  const personal = personalTail(rest);
  if (personal !== undefined) rest = rest.slice(0, personal);
  rest = rest.replace(INTERJECTION, '');
  const m = PREAMBLE.exec(rest);
  return m && m[0].length < rest.length ? rest.slice(m[0].length) : rest;
};

/** What the sentence answering a question must contain, and why it is refused when it does not. */
export interface Wanted {
  readonly givenBy: (sentence: string) => boolean;
  readonly reason: string;
}

/**
 * "How many …", "what percentage …" need a number; "when …", "in what year …" a date, and "when
 * will … next" one ahead (a date already past does not answer it). Undefined for other questions.
 */
export const answerWanted = (text: string): Wanted | undefined => {
  if ((/\bhow (many|much|old|fast)\b|\bhow\s+long\s+(?:is|are|was|were)\s+(?:a|an|the|each|one)\b/i.test(text) && !DEGREE.test(text)) || (MEASURE.test(text) && AMOUNT_ASKED.test(text)) || MONEY_ASKED.test(text) || (FIGURES.test(text) && FIGURES_ASKED.test(text) && !ABOUT_A_CLAIM.test(text))) {
    return { givenBy: (s) => NUMBER.test(s), reason: 'The question asks for a number the passages do not give.' };
  }
  if (!WHEN_ASKED.test(text) || WHEN_CLAUSE.test(text)) return undefined;
  if (asksAhead(text)) {
    return { givenBy: (s) => DATE.test(s) && speaksAhead(s), reason: 'The question asks about the future, and the passages give no date for it.' };
  }
  return { givenBy: (s) => DATE.test(s), reason: 'The question asks for a date the passages do not give.' };
};

/** Whether a question asks what is ahead or what the piece foresees ("will it last until 2030?", "what do they predict for 2025?"). */
const asksOutlook = (text: string): boolean => asksAhead(text) || /\b(?:predict|forecast|expect|foresee|anticipat|project|prospect)/i.test(text);

/**
 * A year the question names that is later than `latest` (the newest content's), when it asks what
 * happened then, not what is ahead or what the piece foresees ("what happened after Trump came
 * back in 2025?", not "will it last until 2030?"): what fixed text of `latest` cannot tell.
 */
export const laterYearAsked = (text: string, latest: number): number | undefined => {
  if (asksOutlook(text)) return undefined;
  // "Did they meet again after January 2024?": after the content's own year is later too.
  const after = Array.from(text.matchAll(AFTER_YEAR), (m) => Number(m[1])).find((year) => year >= latest);
  return after ?? yearsIn(text).find((year) => year > latest);
};
/** "after (since) 2024", "after early January 2024": a time after the year named. */
const AFTER_YEAR = new RegExp(String.raw`\b(?:after|since|later\s+than|beyond)\s+(?:(?:early|mid|late)[-\s]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(${YEAR})\b`, 'gi');

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Parts of a year by the month they start in at the latest ("late 2024": October on). */
const YEAR_PARTS: Readonly<Record<string, number>> = { mid: 6, summer: 6, 'second half of': 7, autumn: 9, fall: 9, late: 10, 'end of': 12, 'later in': 13 };
const MONTH_YEAR = new RegExp(
  String.raw`\b(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|(mid|summer|second\s+half\s+of|autumn|fall|late|end\s+of|later\s+in)(?:[-\s]+of)?)[-\s]+(${YEAR})\b`,
  'gi',
);

/**
 * "The May 2024 summit", "martial law in Dec 2024", "late 2024": a month (or part) of the content's own
 * year after its month, as "May 2024"; undefined if none, or if the question asks what is ahead.
 */
export const laterMonthAsked = (text: string, year: number, month: number): string | undefined => {
  if (asksOutlook(text)) return undefined;
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (Number(m[3]) !== year) continue;
    const named = m[1] ? MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === m[1]?.slice(0, 3).toLowerCase()) + 1 : (YEAR_PARTS[(m[2] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0);
    const part = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (named > month) return m[1] ? `${MONTH_NAMES[named - 1]} ${year}` : part === 'later in' ? `the rest of ${year}` : `${part} ${year}`;
  }
  // "Did the leaders' summit actually take place in 2024?": whether an event came about in the end in the content's year,
  // no month named, asks of the months after the content's as much as of its own.
  if (month < 12 && EVENT_CAME_ABOUT.test(text) && IN_THE_END.test(text) && Array.from(text.matchAll(BARE_YEAR), (m) => Number(m[1])).includes(year)) return `the rest of ${year}`;
  return undefined;
};
/** Whether an event came about ("did it happen", "take place", "resume", "go ahead"), asked with did, has or was. */
const EVENT_CAME_ABOUT = /^\s*(?:so\s+)?(?:did|has|have|was|were)\b.*\b(?:happen(?:ed|ing)?|tak(?:e|ing)\s+place|taken\s+place|occur(?:red|ring)?|resum(?:e[ds]?|ing)|restart(?:ed|ing)?|go(?:ing)?\s+ahead|gone\s+ahead|come\s+about|held|convene[ds]?)\b/i;
/** Whether the question asks how things turned out ("actually", "finally", "in the end"): not "did the dialogue take place in 2024?". */
const IN_THE_END = /\b(?:actually|finally|eventually|ever|end(?:ed)?\s+up|in\s+the\s+end|after\s+all)\b/i;
/** A year on its own, not after a month or a part of the year ("in 2024", not "in January 2024"). */
const BARE_YEAR = new RegExp(String.raw`(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-\s]+|\b(?:mid|late|early|summer|autumn|fall|of)[-\s]+)\b(${YEAR})\b`, 'gi');

/** Other writings: books, or other works (articles, papers …) someone wrote. */
const OTHER_WRITINGS = /(?<!\bin\s+(?:their|his|her|my|your|our|its|the\s+authors['’]?)\s+)\b(?:(?:other|earlier|previous|past|later|latest|newer?|recent)\s+(?:(books?|writings|publications)|(works|articles|papers|pieces|op-?eds|columns|essays)\s+(?=(?:by|from|has|have|had|did|does|do|written|published)\b))|(books?(?!\s+(?:club|clubs|group|groups|circle|circles|store|stores|shop|shops|fair|fairs|worms?)\b)|publications?))\b/i;

/**
 * "What other books has Zhang written?", "earlier articles by the authors": other writings than the
 * content, the word that names them (the engine refuses unless the content uses it), or undefined.
 */
export const otherWritingsAsked = (text: string): string | undefined => {
  const m = OTHER_WRITINGS.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/** Where in a question it names a part of the content, and which: a section, or one paragraph of it. */
export interface PartNamed {
  /** The document's id, when the question gives one ("tea§2"). */
  readonly document?: string;
  readonly section?: number;
  readonly paragraph?: number;
  /** Words that name a section by its title ("the risks section", "the part about economic security"). */
  readonly titleWords?: string;
  readonly start: number;
  readonly end: number;
}

const PART = String.raw`(?:section|part|chapter)`;
/** "§4.2", "tea§4", "section 4", "paragraph 2 of section 4", "section 4, paragraph 2", "paragraph 4.2". */
const PART_BY_NUMBER = new RegExp(
  String.raw`(?:([\p{L}\p{N}_-]+)?§\s*(\d{1,4})(?:\.(\d{1,4}))?(?!\d))|\bparagraph\s+(\d{1,4})\s+(?:of|in)\s+(?:the\s+)?${PART}\s+(\d{1,4})\b|\b${PART}\s+(\d{1,4})(?:\.(\d{1,4})|,?\s+paragraph\s+(\d{1,4}))?\b|\bparagraph\s+(\d{1,4})\.(\d{1,4})\b`,
  'iu',
);
/** What every part named has: a section sign or one of the words. */
const PART_WORD = /§|paragraph|section|part|chapter/i;
/** "the risks section", "the section on constraints", "the part about economic security". */
const PART_BY_TITLE = new RegExp(String.raw`\bthe\s+((?:[\p{L}'’-]+\s+){1,3}?)${PART}\b|\b(?:the\s+)?${PART}\s+(?:on|about|called|titled|headed)\s+((?:the\s+)?[\p{L}'’-]+(?:\s+(?!and\b|or\b|but\b)[\p{L}'’-]+){0,4})`, 'iu');

/** Ordinals and small numbers in words, as a part is named by its place ("the sixth section", "section two", "the 3rd part"). */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;
/** "The sixth section", "the 2nd part", "section two"; and "the second paragraph of (in) …" before the section it is in. */
const PART_BY_PLACE = new RegExp(String.raw`\bthe\s+(${ORDINAL})\s+${PART}\b|\b${PART}\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b`, 'iu');
const PARAGRAPH_BY_PLACE = new RegExp(String.raw`\bthe\s+(${ORDINAL})\s+paragraph\s+(?:of|in)\s+`, 'iu');
const placeNumber = (word: string): number => ORDINALS[word.toLowerCase()] ?? Number.parseInt(word, 10);

/** The part of the content a question names, by number, by place or by title words; undefined if none. */
export const partNamed = (text: string): PartNamed | undefined => {
  // Both patterns need one of these: most questions have none, and PART_BY_NUMBER's leading word is slow to rule out.
  if (!PART_WORD.test(text)) return undefined;
  const paragraph = PARAGRAPH_BY_PLACE.exec(text);
  const part = paragraph ? partNamed(text.slice(paragraph.index + paragraph[0].length)) : undefined;
  // "The second paragraph of the economic section": that section's paragraph, by its place.
  if (paragraph?.[1] && part && part.paragraph === undefined && part.document === undefined) {
    const offset = paragraph.index + paragraph[0].length;
    return { ...part, paragraph: placeNumber(paragraph[1]), start: paragraph.index, end: offset + part.end };
  }
  const place = PART_BY_PLACE.exec(text);
  if (place) return { start: place.index, end: place.index + place[0].length, section: placeNumber(place[1] ?? place[2] ?? '') };
  const n = PART_BY_NUMBER.exec(text);
  if (n) {
    const at = { start: n.index, end: n.index + n[0].length };
    const num = (i: number) => (n[i] === undefined ? undefined : Number(n[i]));
    if (n[2] !== undefined) return { ...at, ...(n[1] ? { document: n[1] } : {}), section: Number(n[2]), ...(n[3] ? { paragraph: Number(n[3]) } : {}) };
    if (n[4] !== undefined) return { ...at, section: Number(n[5]), paragraph: Number(n[4]) };
    if (n[6] !== undefined) {
      const paragraph = num(7) ?? num(8);
      return { ...at, section: Number(n[6]), ...(paragraph === undefined ? {} : { paragraph }) };
    }
    return { ...at, section: Number(n[9]), paragraph: Number(n[10]) };
  }
  const t = PART_BY_TITLE.exec(text);
  const words = (t?.[1] ?? t?.[2])?.trim();
  return t && words ? { start: t.index, end: t.index + t[0].length, titleWords: words } : undefined;
};

/** Whether a question asks about a place in the piece itself ("where is the turning point in the argument?", "where does the article pivot?"). */
export const asksWithinPiece = (text: string): boolean => asksAboutPiece(text) || /\b(?:argument|turning\s+point|tone|section|paragraph)\b/i.test(text) || WHERE_TOLD.test(text);
/** "Where are the Quad and AUKUS listed?", "where is the 2008 cooperation explained?": where the piece tells of something. */
const WHERE_TOLD = /^\s*where\s+(?:is|are|was|were|does|do|did)\b[^?]*?\s(?:listed|explained|discussed|mentioned|described|covered|raised|addressed|introduced|defined|outlined|named|cited|quoted|(?:set|laid|spelt|spelled)\s+out|brought\s+up|talked\s+about|dealt\s+with)\b/i;

/**
 * "Does the piece say anything about X?", "did the authors discuss X?", "does it mention X?": whether
 * the content covers X at all. Where X starts in the question, or undefined.
 */
export const coverageAsked = (text: string): number | undefined => {
  const m = COVERAGE_ASKED.exec(text);
  return m === null ? undefined : m.index + m[0].length;
};
const COVERAGE_ASKED = new RegExp(
  String.raw`^\s*(?:does|did|do|has|have|will)\s+(?:it|they|(?:the|this)\s+(?:opinion\s+)?(?:${WRITERS}|${PIECE}))\s+(?:(?:ever|even|actually|really|also)\s+)?(?:(?:say|said|write|wrote|written|tell|told)\s+(?:us\s+)?(?:anything|something|much|a\s+lot|more)\s+(?:about|on|regarding)|discuss|mention|talk\s+about|cover|address|touch\s+on|go\s+into|get\s+into|bring\s+up|deal\s+with)\s+`,
  'i',
);

/** Where a question's first clause ends: at its first comma, colon, semicolon, dash or question mark, or where it says whose view it asks (the end if none). */
export const firstClauseEnd = (text: string): number => /[,;:?!—–]|\s-\s|\s(?:according\s+to|in\s+the\s+(?:view|eyes)\s+of|per)\s/i.exec(text)?.index ?? text.length;

/** Whether a question asks about what is still to come ("when will … next", "where will the next … be held"). */
export const asksAhead = (text: string): boolean => /\b(will|next|upcoming|future)\b(?!-)/i.test(text);

/** Whether a sentence speaks of what is to come ("will be held", "the next summit", "is expected to"). */
export const speaksAhead = (sentence: string): boolean => AHEAD.test(sentence);

/** A question about the piece itself ("why are the authors sceptical …"), asked in the reader's words. */
export const asksAboutPiece = (text: string): boolean => ABOUT_PIECE.test(text);
const ABOUT_PIECE = new RegExp(String.raw`\b(?:the|this|these)\s+(?:opinion\s+)?(?:${WRITERS}|${PIECE})\b|\bauthors'|\bwriters'|\baccording to (?:them|the)\b`, 'i');

/** After "what X do": the piece as subject, then a verb of foresight ("… the writers see for …"). */
const FORESIGHT = new RegExp(String.raw`^\s+(?:the\s+|this\s+)?(?:${WRITERS}|${PIECE}|they)\s+(?:see|foresee|expect|predict|envisage|envision|anticipate|forecast|imagine|picture)\b`, 'i');
/** "What's the authors' X for …": X is the piece's own word for its view. */
const PIECE_OWNS = new RegExp(String.raw`\bto\s+$|\b(?:${WRITERS}|${PIECE})(?:'s?|’s?)\s+$`, 'i');

/** The thing a question asks for, and how; `ours` when it is asked of the piece's own subject ("… in this group"). */
export interface FocusAsked {
  readonly form: 'of' | 'which' | 'about';
  readonly word: string;
  readonly ours?: true;
}

/**
 * The word naming the thing a question asks for: "what is the X of Y" (`of`), "which X did …"
 * (`which`), "what did … say about … X" (`about`). Undefined for other questions, and for "who is
 * to blame for …" (an infinitive, not a thing asked for).
 */
export const focusAsked = (text: string): FocusAsked | undefined => {
  const asked = focusWord(text);
  // "Who are the bad guys …", "what's the sensible move for …": a word standing in for whatever the answer is.
  return asked && (STOP_WORDS.has(asked.word) || PLACEHOLDERS.has(asked.word) || (asked.form === 'of' && STANDING.has(asked.word))) ? undefined : asked;
};

/** Nouns a reader uses for whatever the answer turns out to be, which no passage need name (besides stop words: "thing", "stuff", "one"). */
const PLACEHOLDERS = new Set(['guy', 'guys', 'bunch', 'setup', 'deal', 'move', 'moves', 'play', 'bit',
  // "What's the backstory (background, story) on …": what the passage tells, in its own words.
  'backstory', 'background', 'story', 'context',
  // "What's the evidence for …": the passage's support for a claim, in its own words.
  'evidence', 'proof',
  // "What is Biden's plan for Asia": a plan is told as a strategy, a goal, in the passage's own words.
  'plan', 'plans',
  // "What's the take on …", "the read on …": the view given, whatever words the passage gives it in.
  'take', 'read', 'view', 'views', 'thoughts', 'verdict', 'opinion', 'perspective',
  // "What effect did … have on …", "what was the outcome": what followed, told in the passage's own words.
  'effect', 'effects', 'impact', 'impacts', 'consequence', 'consequences', 'outcome', 'outcomes', 'result', 'results', 'upshot',
  'fallout', 'repercussion', 'repercussions', 'ramification', 'ramifications', 'implication', 'implications', 'aftermath',
  // "Which of the following …", a quiz's choices: whatever is listed after it.
  'following']);
/** "What's the state (status) of …": how it stands, told in the passage's own words (but "which state" asks for one). */
const STANDING = new Set(['state', 'status', 'situation']);


/** "this group", "these three": what follows points back to the piece's own subject. */
const THIS = /^\s*(?:this|these)\b/i;

const focusWord = (text: string): FocusAsked | undefined => {
  const of = /^\s*(?:who|what|which)(?:\s+\p{L}+)?(?:'s|\s+(?:is|are|was|were))\s+(?:the\s+|an?\s+)?((?:[\p{L}'’-]+\s+){0,2}?)([\p{L}-]+)\s+(?:of|in|for|on|towards?)\b/iu.exec(text);
  // "What's the authors' forecast for …": the piece's own view in the reader's word, which the piece need not use.
  // "What is described in the piece as …", "what was meant by …": a verb in the passive, not a thing asked for.
  const passive = of !== null && /(?:is|are|was|were)\s+\p{L}+(?:ed|en)\s+\p{L}+$/iu.test(of[0]);
  // "Who is the boss in this group": of the piece's own subject, in the reader's word for it.
  if (of?.[2] && !passive) return PIECE_OWNS.test(of[1] ?? '') ? undefined : { form: 'of', word: normalize(of[2]), ...(THIS.test(text.slice(of.index + of[0].length)) ? { ours: true } : {}) };
  // "Which (US) official (actually) hosted (went) …", "in which city was …": the noun after "which", past its modifiers.
  const which = /^\s*(?:(?:in|at|from|to|for|with|on)\s+)?(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:\p{L}+ly\s+)?(?:did|does|do|is|are|was|were|has|have|had|will|can|could|\p{L}+ed|went|came|met|led|took|gave|made|held|sent|spoke|ran|won|got|saw|chose|wrote)\b/iu.exec(text);
  // "What future do the writers see for …": the piece's own foresight in the reader's word, as above.
  if (which?.[1] && FORESIGHT.test(text.slice(which.index + which[0].length))) return undefined;
  // "What date did …", "which year was …": a date is asked for (see answerWanted), not a thing named "date".
  if (which?.[1] && !WHEN_ASKED.test(text)) return { form: 'which', word: normalize(which[1]) };
  // "… what some people say about Europe as well": the thing asked about is before "as well" (too, also).
  const about = /\b(?:say|says|said|think|thinks|thought|write|wrote|written)\s+(?:(?:anything|something|much|a\s+lot)\s+)?about\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:as\s+well|too|also|either))?\s*[?.!]*\s*$/iu.exec(text);
  return about?.[1] ? { form: 'about', word: normalize(about[1]) } : undefined;
};

/** Languages readers of this piece ask about ("in Korean", "the Japanese word for …"). */
const LANGUAGES = 'korean|japanese|chinese|mandarin|cantonese|english|french|german|spanish|russian|hangul|kanji';
const LANGUAGE_NAMED = new RegExp(String.raw`\b(?:${LANGUAGES})\b`, 'i');
/** "The difference between 'eventually' and 'possibly' in English", "は and が": words of a language compared, not the content. */
const WORDS_COMPARED = new RegExp(
  String.raw`\bdifference\s+between\s+(?:['"‘“][^'"’”]{1,20}['"’”]\s+and\s+['"‘“][^'"’”]{1,20}['"’”]|[^\s\p{Script=Latin}\d]{1,3}\s+and\s+[^\s\p{Script=Latin}\d]{1,3}(?=\s|[?!.]|$)|.*\bin\s+(?:${LANGUAGES})\b(?!\s*\p{L}))`,
  'iu',
);

/** Names of programming languages and tools that mean nothing else (a chat bot and its slash commands among them). */
const PROGRAMMING = /\b(?:javascript|typescript|python|golang|kotlin|php|sql|mysql|postgres(?:ql)?|html|css|json|regex(?:es)?|npm|github|linux|node\.?js|c\+\+|c#|docker|kubernetes|discord\.?js|discord\s+bots?|slash\s+commands?)(?![\p{L}\p{N}])/iu;

/** Reactions to the piece itself ("did Seoul respond to this op-ed?", "how was the article received?"). */
/** "After this article", "since the piece was published": a time after the piece (not "after the article says …"). */
const AFTER_THE_PIECE = new RegExp(
  String.raw`\b(?:after|since)\s+(?:this|the|that)\s+(?:${PIECE})\b(?!['’]|\s+(?:says?|said|argues?|argued|claims?|claimed|notes?|noted|mentions?|mentioned|describes?|described|talks?|discusses?|turns?|moves?|shifts?|goes)\b)|\b(?:after|since)\s+(?:it|this|the\s+(?:${PIECE}))\s+(?:was\s+(?:written|published|printed)|came\s+out|ran)\b`,
  'i',
);
const RECEPTION = new RegExp(
  String.raw`\b(?:respond(?:ed|s)?|react(?:ed|s)?|repl(?:y|ied|ies)|rebut(?:ted|s)?|answer(?:ed|s)?|comment(?:ed|s)?)\s+(?:to|on)\s+(?:this|the)\s+(?:${PIECE})\b|\bhow\s+(?:was|has|is)\s+(?:this|the)\s+(?:${PIECE})\s+(?:been\s+)?received\b|\b(?:reactions?|responses?|replies|rebuttals?)\s+to\s+(?:this|the)\s+(?:${PIECE})\b`,
  'i',
);

/** "The cheapest (best, easiest) way to …", "any good … recommendations for my …", "can anyone recommend a …". */
const EVERYDAY_ADVICE = /^\s*(?:(?:what(?:'s|’s|s|\s+is|\s+are)\s+)?(?:the\s+)?(?:cheapest|best|easiest|fastest|quickest|safest)\s+(?:way|ways|place|places|app|apps|site|sites|method|methods)\s+to\b|(?:(?:what(?:'s|’s|s|\s+is|\s+are)\s+)?(?:the\s+)?(?:best|cheapest|top)\s+(?:[\p{L}-]+\s+(?:place|places|spot|spots|restaurant|restaurants)|(?:[\p{L}-]+\s+)?(?:build|builds|loadout|loadouts))\s+(?:in|for|near|to)\b)|(?:any\s+)?(?:good\s+)?(?:[\p{L}-]+\s+){0,2}?(?:recommendations?|recs|suggestions)\s+(?:for\s+(?:my|me|a|an)\b|\?)|(?:can|could)\s+(?:any\s*one|some\s*one)\s+recommend\b)/iu;

/** "Is Tokyo or Seoul better for a first trip?", "should I learn Japanese or Korean first?": the asker's own choice. */
const PERSONAL_CHOICE = /\b(?:better|best|nicer|cheaper|safer)\s+(?:for|to\s+visit\s+for)\s+(?:a|my|our)\s+(?:first\s+)?(?:trip|visit|holiday|vacation|honeymoon|weekend)\b|^\s*(?:so\s+)?should\s+(?:i|we)\s+(?:learn|study|visit|go\s+to|move\s+to|travel\s+to|buy|get)\b/i;

/**
 * Requests that are not questions about the content (a task for an assistant) and questions about
 * the present moment, which a fixed article cannot answer: the reason, or undefined.
 */
export const outOfScope = (text: string): string | undefined => {
  // "How do you say 'thank you' in Korean?": a question about a language, not about the content.
  if (/^\s*(?:how\s+(?:(?:do|does|would|can|should)\s+(?:you|u|ya|i|we|one|people)|to)\s+(?:say|pronounce|spell|write)\b.*\bin|what(?:'s|’s|s|\s+is)\s+the\s+\p{L}+\s+(?:word|term)\s+for)\b/iu.test(text) && LANGUAGE_NAMED.test(text)) {
    return 'That is a question about a language, not about the content.';
  }
  // "How do you pronounce 'hegemony'?", "how to spell Pyongyang": how a word sounds or is spelt, in any language.
  if (/^\s*how\s+(?:(?:do|does|would|can|should)\s+(?:you|u|ya|i|we|one|people)|to|is|are)\s+(?:(?:you\s+)?pronounce[ds]?|spell(?:ed|t)?)\b/i.test(text)) {
    return 'That is a question about a language, not about the content.';
  }
  if (WORDS_COMPARED.test(text)) {
    return 'That is a question about a language, not about the content.';
  }
  // "Let vs const in JavaScript": a question about programming, whatever words it shares with the content.
  if (PROGRAMMING.test(text)) return 'That is a question about programming, not about the content.';
  if (/^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:help\s+me\s+)?|please\s+|help\s+me\s+)(?:write|draft|compose|translate|generate|create|code|program|book|order|buy|sell|recommend|suggest|play|sing|calculate|solve|fix|debug)\b/i.test(text)) {
    return 'That is a task, not a question about the content.';
  }
  // "How do I cite it in APA?", "discord mic not working, how do i fix it?": how the asker is to do something, which
  // an article does not tell (but "how should I read the ending?", "how do I interpret …": the piece itself; "how do I
  // explain 'de-risking'?": what the piece says of it).
  if (HOW_DO_I.test(text)) return 'That asks how to do something, not about the content.';
  // "Cheapest way to send money home?", "any good textbook recommendations for my friend?": everyday advice asked of the bot.
  if (EVERYDAY_ADVICE.test(text) || PERSONAL_CHOICE.test(text)) return 'That asks for everyday advice, not about the content.';
  // "Time difference between Seoul and Beijing?": a fact of general knowledge, whichever places the content names.
  if (/\btime\s+(?:difference|zone)s?\s+(?:between|in|of)\b/i.test(text)) return 'That is a question of general knowledge, not about the content.';
  // "What's the capital of Australia?": a fact of general knowledge, whichever country the content names.
  if (/^\s*(?:what(?:'s|’s|s|\s+is)\s+)?the\s+capital(?:\s+city)?\s+of\b/i.test(text)) return 'That is a question of general knowledge, not about the content.';
  // "Who will win the next election?": a contest not yet decided, which a fixed text cannot settle.
  if (/^\s*who(?:'s|\s+is)?\s+(?:will|going\s+to|gonna|likely\s+to)\s+win\b/i.test(text)) {
    return 'The content is fixed text: it cannot say who will win what is not yet decided.';
  }
  // Not "do the writers think America today is weaker?": the piece's own present, which it speaks of.
  // Only what is asked counts: "… before the voice chat tonight lol" after the questions is the asker's day, not a question.
  if (NOW.test(text) && NOW.test(asked(text)) && !/\b(?:writers?|authors?)\b/i.test(text)) {
    return 'The content is fixed text: it cannot say what is happening now.';
  }
  // "What happened to Yoon after this article?": what came after the piece, which it cannot tell.
  if (AFTER_THE_PIECE.test(text)) return 'The content is fixed text: it cannot say what happened after it was written.';
  // "What happened to Yoon later?", "who became president after Yoon?", "how did his presidency end up?": someone's fate
  // after the piece, which it cannot tell.
  if (LATER_FATE.test(text)) return 'The content is fixed text: it cannot say what happened to them after it was written.';
  // "Did the China-Japan-Korea summit actually happen in the end?", "… really happen after this?": whether an event came about later.
  if (EVENT_LATER.test(text) && (/^\s*(?:so\s+)?(?:did|has|have|had)\b/i.test(text) || IN_THE_END.test(text))) {
    return 'The content is fixed text: it cannot say what happened after it was written.';
  }
  // "Is he still president?": someone's standing now, which a fixed text cannot tell.
  if (STILL_IN_OFFICE.test(text)) return 'The content is fixed text: it cannot say who holds office now.';
  // "Did the State Department respond to this op-ed?": a piece cannot report how it was itself received.
  if (RECEPTION.test(text)) return 'The piece cannot say how it was received: it reports no reactions to itself.';
  // "When is the response paper on this due?": a question about a course, not about the content.
  if (/\bwhen\s+(?:is|are|was)\s+(?:\S+\s+){0,4}?(?:paper|assignment|essay|homework|quiz|exam|test|presentation|reading\s+response)\b.*\bdue\b/i.test(text)) {
    return 'That is a question about your course, not about the content.';
  }
  return undefined;
};

/** Now, today, tomorrow: a time a fixed text cannot speak of. */
const NOW = /\b(?:right\s+now|ngayon|today(?!\s*,?\s*than\b)|tonight|tonite|tomorrow|tmrw?|2moro|this\s+(?:week|weekend|morning|afternoon|evening)|next\s+(?:week|weekend|month)|what\s+time\s+is\s+it)\b/i;
/** The sentences of a text that ask (end in "?"), or all of it when none does. */
const asked = (text: string): string => {
  const questions = text.split(/(?<=[.!?])\s+(?=\S)/).filter((sentence) => /\?\s*$/.test(sentence));
  return questions.length > 0 ? questions.join(' ') : text;
};

/** "Is he still president?", "is Kishida still PM", "still in power?", "did he stay president until …": someone's standing now or later. */
/** An event coming about later: it happened (took place, resumed) in the end, eventually, after this, later on. */
const EVENT_LATER = /\b(?:happen(?:ed)?|take\s+place|took\s+place|taken\s+place|go\s+ahead|went\s+ahead|resume[ds]?|restart(?:ed)?|reconvene[ds]?)\b[^?]*?\b(?:in\s+the\s+end|eventually|after\s+(?:this|that|all\s+this)|afterwards?|later\s+on)\b/i;
/** The gazetteer's people by any of their names ("yoon", "yoon suk-yeol"), for a regex. */
const PERSON_NAMES = GAZETTEER.filter((names) => PEOPLE.includes(names[0] as string))
  .flat()
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, String.raw`[\s-]+`))
  .join('|');
/** Someone's fate later: what happened to them later (afterwards, in the end), who succeeded them, how their term ended up. */
const LATER_FATE = new RegExp(
  String.raw`\bwhat\s+(?:ever\s+)?happened\s+(?:to|with)\s+(?:him|her|them|(?:president\s+|prime\s+minister\s+|pm\s+)?(?:${PERSON_NAMES})(?:['’]s\s+(?:presidency|term|government|administration))?)\s*,?\s+(?:later(?:\s+on)?|afterwards?|after\s+(?:that|this|all\s+(?:this|that))|in\s+the\s+end|eventually|since)\b` +
    String.raw`|^\s*who\s+(?:became|succeeded|replaced|came\s+after|took\s+over\s+(?:from|after))\s+(?:\S+\s+){0,3}?(?:(?:president|prime\s+minister|pm|leader)\s+after\s+)?(?:${PERSON_NAMES})\b` +
    String.raw`|\bhow\s+did\s+(?:(?:${PERSON_NAMES})['’]s?|his|her)\s+(?:presidency|term|tenure|premiership|career|government|administration)\s+end(?:\s+up)?\b`,
  'i',
);
const STILL_IN_OFFICE = /\b(?:still|stay(?:s|ed)?|remain(?:s|ed)?)\s+(?:(?:the\s+)?(?:korean|japanese|chinese|american|us|south\s+korean|north\s+korean|russian|taiwanese|australian)\s+|the\s+)?(?:president|prime\s+minister|pm|premier|chancellor|leader|in\s+(?:office|power|charge))\b/i;

/** "How do I …", "how can we …", "how long should I …" opening a question or a clause, not about reading the piece. */
const HOW_DO_I = /(?:^|[,.;:!?]\s*|\b(?:so|ok|okay|and|but|bro|pls|please|hey|also)\s+)how\s+(?:long\s+should\s+(?:a|an|my|our)\s+|(?:long\s+)?(?:do|can|could|should|shall|would|might)\s+(?:i|we|u)\s+(?!(?:read|interpret|understand|take|see|view|make\s+sense\s+of|think\s+about|square|reconcile|explain|teach|present|summari[sz]e|describe|introduce)\b))/i;

/**
 * "What came out of the second trilateral dialogue?", "the next meeting after the January one": a later meeting of a
 * series, the word that places it ("second", "next"); undefined when none is asked about.
 */
export const laterMeetingAsked = (text: string): string | undefined => (LATER_MEETING.exec(text) ?? MET_AGAIN.exec(text))?.[1]?.toLowerCase();
const LATER_MEETING = /\b(second|2nd|next)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:dialogues?|meetings?|summits?|rounds?|talks|sessions?|gatherings?|get-togethers?|meet(?:-?ups?)?)\b/iu;
/** "Has the dialogue met a second time since?": a later meeting asked for by the meeting's verb (not "did they meet again", which a later meeting the piece tells of answers). */
const MET_AGAIN = /\b(?:meet|meets|met|meeting|convene[sd]?|convening|gather(?:ed|s)?|sit\s+down|sat\s+down)\s+(?:for\s+)?a\s+(second|2nd|third|3rd)\s+time\b/iu;

/** A part of the piece ("the ending", "the last part", "the intro"): what it says is the piece's own. */
const PIECE_PART = String.raw`(?:(?:(?:last|final|closing|concluding|first|opening)\s+)?(?:part|section|paragraph|bit|lines?)|ending|end|conclusion|intro|introduction|opening|beginning|headline|title|standfirst)`;
/** Who asks about the piece itself ("what do the authors think …"): its words are the reader's framing. */
const ABOUT_THE_PIECE = new RegExp(String.raw`^(?:the\s+|this\s+|its\s+)?(?:${WRITERS}|${PIECE}|${PIECE_PART}|they|it|he|she|you|we|i)(?:'s|’s|'|’)?$`, 'i');

/** "How do South Koreans feel about …", "what does the meeting signal": a stance or a meaning, which the article may give in its own words. */
const ATTITUDE = new Set(['feel', 'think', 'view', 'see', 'regard', 'want', 'like', 'hope', 'expect', 'believe', 'consider', 'perceive', 'mean', 'do', 'signal', 'suggest', 'imply', 'indicate', 'show', 'reveal', 'matter',
  // "How did Biden try to fix …": the deed is the verb after these, not these.
  'try', 'attempt', 'seek', 'plan', 'intend', 'aim', 'manage', 'need', 'begin', 'start', 'continue', 'use', 'help',
  'ask', 'decide', 'wish', 'promise', 'vow', 'pledge', 'offer', 'refuse', 'threaten',
  // "How does X fit with Y", "how does it compare to …": how things relate, not a deed done.
  'fit', 'slot', 'mesh', 'gel', 'relate', 'compare', 'connect', 'link', 'differ', 'nest', 'tie', 'factor', 'feed', 'play', 'interact',
  // "What do they stand to lose", "what does it seem to …": the deed, if any, is the verb after these; "how did things
  // look (fare) before Biden": how things stood, no deed.
  'stand', 'seem', 'appear', 'tend', 'look', 'fare',
  // "Did the war lead to more drills?": whether one thing caused another, which a passage tells in its own way ("after the war, more drills").
  'lead', 'cause', 'result', 'trigger', 'spark', 'prompt',
  // "Did the Ukraine war change (shift, affect) the ties …?": likewise, whether one thing changed another.
  'change', 'alter', 'shift', 'affect', 'transform', 'reshape', 'influence']);

/** "What did Moscow say about …", "what does Taiwan's government think of …": someone's view, not the piece's. */
const OPINION = /^\s*(?:what|how)\s+(?:(?:did|does|do|would|will|might)\s+((?:\S+\s+){0,4}?\S+)\s+(?:say|think|feel|claim|believe|view|want|make)|(?!(?:is|was|are|were|has|have|had|be|been|being|gets?|got|else)\b)((?:\S+\s+){0,3}?\S+)\s+(?:said|says|thinks|thought|felt|feels|claimed|claims|believed|believes)|(?:has|have|had)\s+((?:\S+\s+){0,3}?\S+)\s+(?:said|stated|claimed|argued|written|thought))(?:\s+[a-z]+ly)?\s+(?:about|of|on|regarding|towards?|in\s+(?:response|reply)\s+to|in\s+(?:his|her|their|its|the|a)\s+(?:speech|statement|remarks|address|interview|message|post|tweet|letter|press\s+conference|news\s+conference|presser|briefing)|at|during|after)\b/i;
/** "Did Russia say anything about the grouping?": whether someone said anything of a thing, their view asked. */
const OPINION_ANYTHING = /^\s*(?:did|does|has|have)\s+((?:\S+\s+){0,3}?\S+)\s+(?:(?:ever|even|publicly|officially)\s+)?(?:say|said|comment|commented|state|stated)\s+(?:anything|something|much)\s+(?:about|on|regarding)\b/i;
/** "Russia reaction", "Moscow's response?": someone's reaction asked for in a few words (not "the authors' view"). */
const TERSE_REACTION = /^\s*((?:\S+\s+){0,2}?\S+?)(?:['’]s?)?\s+(?:reaction|response|reply)s?(?:\s+(?:to|on)\s+[^?]*)?\s*\??\s*$/iu;
/** "What was China's official response to …", "what is Seoul's stance on …": someone's view, named as a thing they gave. */
const OPINION_GIVEN = /^\s*what(?:\s+(?:was|is|were|are|has\s+been)|['’]s)\s+((?:\S+\s+){0,3}?\S+?)(?:'s|’s|s'|s’)\s+((?:[\p{L}-]+\s+){0,3}?)(?:response|reaction|reply|answer|position|stance|view|take)\s+(?:to|on|about|of|regarding|towards?)\b/iu;
/** "What exactly said the Japanese prime minister at Camp David?": the verb before the speaker, as a learner or a translation puts it. */
const OPINION_INVERTED = /^\s*what\s+(?:(?:exactly|actually|really)\s+)?(?:said|says|thinks|thought|claimed|claims)\s+((?:the\s+)?(?:\S+\s+){0,3}?\S+)\s+(?:about|of|on|regarding|towards?|at|during|after|in\s+(?:response|reply)\s+to)\b/i;
/** Words before "response" that say how it was given, not who gave it ("China's official response"). */
const HOW_GIVEN = /\b(?:official|officially|initial|first|formal|public|exact|actual|real|immediate)\b/gi;
/** "What view does Taiwan's government take of …", "how does Moscow see …": someone's view, named as one they hold. */
const OPINION_HELD = /^\s*(?:what\s+(?:view|views|position|stance|attitude|line|opinion)\s+(?:did|does|do|has|have)\s+((?:\S+\s+){0,3}?\S+)\s+(?:take|taken|hold|held|have|had|adopt|adopted)\s+(?:of|on|about|regarding|towards?)|how\s+(?:did|does|do)\s+((?:\S+\s+){0,3}?\S+)\s+(?:view|see|regard|perceive))\b/i;
/** Words by which a text tells what someone says or thinks. */
const STANCE = /\b(?:say|says|said|claim|claims|claimed|state|states|stated|statement|express|expressed|concerns?|concerned|worr\w*|fears?|feared|hopes?|hoped|wants?|wanted|support|supports|favou?r|oppose[sd]?|opposition|mistrust|distrust|trust|reservations?|believes?|believed|views?|considers?|considered|welcome[sd]?|criticiz\w*|criticis\w*|condemn\w*|insist\w*|warn\w*|urge[sd]?|argue[sd]?|perceptions?)\b/i;

/** A reaction, as a verb ("reacted", "say back", "answered something") or a noun ("Moscow's reaction"). */
const REACTING = String.raw`(?:react(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)?|retaliat(?:e|es|ed|ing)|(?:say|says|said|saying|hit|hits|hitting|fire|fired|firing)\s+back|reactions?|responses?|replies|rebuttals?|retaliation)`;
/** What is reacted to: an event or a thing done, not an idea ("respond to the damage", "react to China's rise"). */
const REACTED_TO = String.raw`(?:statements?|dialogues?|summits?|meetings?|talks|mechanism|trilateral|trilat|trio|grouping|group|partnership|pact|deal|declaration|outcomes?|communiqu[eé]s?|ruling|drills|exercises|announcement|criticism|deployment|launch(?:es)?|tests?|sanctions)`;
/**
 * "How did Pyongyang react to the Jan 5 dialogue?", "what north korea responded to the january dialogue?", "what did the
 * ministry say back to the statement", "Moscow's reaction to the trilateral": someone's reaction to an event, the
 * reaction word captured; not the piece's nor its authors' ("how do the authors respond to that claim"). A reaction
 * about (over, regarding) an event is one to it.
 */
const REACTION_TO = new RegExp(
  String.raw`(?:^|[\s,:;(])((?:[\p{L}'’.-]+\s+){0,4}?)[\p{L}'’.-]+?(?:['’]s?)?\s+(?:(?:officially|publicly|formally|actually|ever|even)\s+)?(${REACTING})\s+(?:(?:something|anything|back|officially|publicly|formally)\s+)?(?:to|on|against|about|over|regarding|after)\s+(?:(?:the|this|that|these|those|a|an|its|their|being)\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}?${REACTED_TO}\b`,
  'iu',
);
/** The word before a reaction that makes it the piece's, its authors', someone unnamed or none in particular ("a reaction to …"). */
const NO_GIVER = new RegExp(String.raw`^(?:${WRITERS}|${PIECE}|they|it|he|she|we|you|i|them|us|this|that|in|a|an|the|any|some|no)$`, 'i');
/** A word REACTION_TO needs, looked for first. */
const REACTION_WORD = /react|respon|repl[iy]|answer|retaliat|back|rebuttal/i;
/** The reacting word of "X reacted to the summit", when X is someone other than the piece and its authors (not "a reaction to …"); else undefined. */
export const reactionAsked = (text: string): string | undefined => {
  // Most questions have no reaction word: the long pattern is tried only on those that do.
  if (!REACTION_WORD.test(text)) return undefined;
  const m = REACTION_TO.exec(text);
  if (!m?.[2]) return undefined;
  const before = text.slice(0, (m.index ?? 0) + m[0].indexOf(m[2])).trim().split(/\s+/);
  const giver = (before.at(-1) ?? '').replace(/['’]s?$/, '');
  if (NO_GIVER.test(giver)) return undefined;
  return m[2].toLowerCase();
};

/**
 * "A second Trump term", "if trump wins again", "after he returned to the White House", "did trump come back": someone's
 * return to office asked about. Not things coming back ("is the trilateral coming back?"); someone coming back in the
 * question's first sentence ("if Trump comes back, what happens to the trio?"), not in an example after it ("does the piece
 * imply domestic politics can wreck it? like if trump comes back …").
 */
const RETURN_ASKED = /\b(?:second|2nd|another)\s+(?:[\p{L}'’-]+\s+)?term\b|\bre-?elect(?:s|ed|ion)?\b|\b(?:wins?|won|winning)\s+(?:it\s+)?again\b|\breturn(?:s|ed|ing)?\s+to\s+(?:the\s+)?(?:white\s+house|power|office)\b|\bback\s+(?:in|to)\s+(?:the\s+white\s+house|power|office)\b|\b2\.0\b|\b(?:came|did\s+\S+\s+come)\s+back\b/iu;
/** Someone coming (getting) back (in) in the question's first sentence: the word before, unless it is a thing that comes back (see returnAsked). */
const COMING_BACK = /^[^?]*?\b([\p{L}'’]+)\s+(?:is\s+|was\s+)?(?:(?:come|comes|coming)\s+back\b|(?:gets?|getting)\s+back\s+in\b(?!\s+(?:touch|line|shape|step|sync|the\s+game)\b))/iu;
const COMES_BACK_AS_A_THING = /^(?:it|they|this|that|these|those|group|grouping|trio|trilateral|trilat|mechanism|cooperation|partnership|talks|summit|dialogue|ties|relations)$/i;
/** Whether a question asks about someone's return to office (see RETURN_ASKED). */
export const returnAsked = (text: string): boolean => {
  if (!RETURN_WORD.test(text)) return false;
  const back = COMING_BACK.exec(text);
  return RETURN_ASKED.test(text) || (back?.[1] !== undefined && !COMES_BACK_AS_A_THING.test(back[1]));
};
/** A word RETURN_ASKED needs, looked for first. */
const RETURN_WORD = /term|elect|again|return|back|2\.0/i;
/** Words by which a text tells of someone's return to office. */
const RETURN_TOLD = /\b(?:second\s+term|re-?elect\w*|return\w*\s+to\s+(?:the\s+)?(?:White\s+House|power|office)|comeback|came\s+back)\b/i;
/** Whether a text tells of someone's return to office. */
export const tellsAReturn = (text: string): boolean => RETURN_TOLD.test(text);

/** Words by which a text tells of a reaction to something. */
const REACTION_TOLD = /\b(?:react\w*|respond\w*|responses?|repl(?:y|ied|ies)|answer\w*|retaliat\w*|rebut\w*|protest\w*|condemn\w*|denounc\w*|critici[sz]\w*|slamm?(?:ed|s)?|(?:hit|fired|struck|pushed)\s+back|backlash)\b/i;
/** Whether a text tells of a reaction to something (so it can answer "how did Pyongyang react to …"). */
export const tellsAReaction = (text: string): boolean => REACTION_TOLD.test(text);

/** Names of texts others write (statements, treaties, strategies …). */
const TEXTS = String.raw`(?:statements?|declarations?|communiqu[eé]s?|readouts?|treat(?:y|ies)|agreements?|pacts?|strateg(?:y|ies)|reports?|documents?|deals?|accords?|charters?|memorand(?:um|a)|framework|principles|commitments?)`;
/**
 * "What exactly did the Jan 5 joint statement say about Taiwan?", "what does the mutual defence treaty commit them to?": what a
 * text others wrote says; the text's words (its subject) and where what it is asked to say about begins.
 */
const TEXT_SAYS = new RegExp(String.raw`^\s*what\s+(?:(?:exactly|actually|specifically)\s+)?(?:did|does|do)\s+((?:\S+\s+){0,5}?${TEXTS})\s+(?:(?:actually|exactly|specifically|really)\s+)?(?:say|state|stipulate|commit|require|allow|contain|provide|promise|pledge|agree)\b(?:\s+\S+)?\s+(?:about|on|regarding|to|for)\s+`, 'iu');
/** The same asked in the learner's or the echo's order ("the Jan 5 joint statement say what about Taiwan?"), or whether it says anything ("did the statement say anything about Taiwan"). */
const TEXT_SAYS_OTHERWISE = new RegExp(
  String.raw`^\s*(?:(?:did|does|do)\s+)?((?:(?:the|its|this|that|their)\s+)?(?:\S+\s+){0,4}?${TEXTS})\s+(?:(?:actually|exactly|specifically|really)\s+)?(?:say|says|said|state|states|stated|mention|mentions|mentioned)\s+(?:what|anything|something)\s+(?:(?:exactly|specifically|at\s+all)\s+)?(?:about|on|regarding)\s+`,
  'iu',
);
/** The text a question asks what it says ("the Jan 5 joint statement") and the offset of what it asks about; undefined if none. */
export const textSaysAsked = (text: string): { text: string; about: number } | undefined => {
  const m = TEXT_SAYS.exec(text) ?? TEXT_SAYS_OTHERWISE.exec(text);
  return m?.[1] ? { text: m[1], about: m.index + m[0].length } : undefined;
};

/** Whose view a question asks for, when it is not the piece's own ("what did Moscow say about …"). */
export const opinionAsked = (text: string): string | undefined => {
  const m = OPINION.exec(text) ?? OPINION_ANYTHING.exec(text);
  // Who speaks, without an adverb (or "himself") the question puts after them ("what did Kishida actually say …").
  const held = m ? undefined : (OPINION_HELD.exec(text) ?? OPINION_INVERTED.exec(text));
  const given = m || held ? undefined : (OPINION_GIVEN.exec(text) ?? TERSE_REACTION.exec(text));
  // "China's foreign ministry response": who spoke is the ministry, China's.
  const giver = given?.[1] && `${given[1]}'s ${(given[2] ?? '').replace(HOW_GIVEN, ' ')}`.replace(/\s+/g, ' ').replace(/'s\s*$/, '');
  const subject = (m ? (m[1] ?? m[2] ?? m[3]) : held ? (held[1] ?? held[2]) : giver)?.trim().replace(/\s+(?:actually|really|officially|publicly|personally|privately|exactly|even|just|ever|finally|basically|ultimately|specifically|himself|herself|itself|themselves)$/i, '');
  return subject && !ABOUT_THE_PIECE.test(subject) ? subject : undefined;
};

/** "Which (four) countries make up the Quad?", "who's in the Quad?", "which countries besides Japan are in IPEF?": a group's members asked for. */
const MEMBERS_OF = /\b(?:who(?:'s|’s|\s+is|\s+are|\s+else\s+is)?|which\s+(?:other\s+|\w+\s+)?(?:countries|nations|states|members|governments))\b[^?]*?\b(?:in|members?\s+of|make\s+up|makes\s+up|belongs?\s+to|part\s+of|joined|signed\s+(?:up\s+)?(?:to|for|on(?:to)?))\s+(?:the\s+)?([\w-]+)/i;
/** "Quad members?", "members of IPEF?": a group's members, asked for in a few words. */
const TERSE_MEMBERS = /^\s*(?:(?:the\s+)?([\w-]+)\s+(?:members|membership|member\s+(?:states|countries))|(?:members|membership)\s+of\s+(?:the\s+)?([\w-]+))\s*\??\s*$/i;
/** "Is India in IPEF?", "is Taiwan a member of the Quad?": whether one is a member. */
const MEMBER_OF = /^\s*(?:is|are|was|were)\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:(?:also|already|even)\s+)?(?:in|a\s+member\s+of|members\s+of|part\s+of)\s+(?:the\s+)?([\w-]+)/i;
/** Members other than those named ("besides Japan and South Korea"). */
const BESIDES = /\b(?:besides|other\s+than|apart\s+from|except(?:\s+for)?|aside\s+from|in\s+addition\s+to)\b/i;

/** The group whose members a question asks for, the one it asks about (if any), and whether it asks for others than those it names. */
export const membersAsked = (text: string): { group: string; member?: string; others: boolean } | undefined => {
  const one = MEMBER_OF.exec(text);
  if (one?.[1] && one[2]) return { group: one[2], member: one[1], others: false };
  // "Quad members?", "IPEF membership": a terse question for a group's members.
  const terse = TERSE_MEMBERS.exec(text);
  const termed = terse?.[1] ?? terse?.[2];
  if (termed) return { group: termed, others: false };
  const all = MEMBERS_OF.exec(text);
  return all?.[1] ? { group: all[1], others: BESIDES.test(text) || /\bwhich\s+other\b/i.test(text) } : undefined;
};

/** Words by which a sentence tells who belongs to a group. */
export const MEMBERSHIP = /\b(?:members?|membership|includ\w*|join\w*|applied|compris\w*|consist\w*|signator\w*)\b/i;

/**
 * "Which specific export controls …", "what particular drills did …": instances of a kind asked for,
 * which a passage gives by naming them ("platforms such as the G7, AUKUS, Quad"), not by speaking of
 * the kind. The kind's head noun (its last word before the verb or a preposition), or undefined.
 */
export const instancesAsked = (text: string): string | undefined =>
  (INSTANCES_ASKED.exec(text) ?? LIST_ASKED.exec(text))?.[1]?.toLowerCase();
/** "List the exact islands China claims", "list all 15 RCEP members", "name the specific drills": instances asked for by a command, exactly or all of a number. */
const LIST_ASKED = /^\s*(?:list|name|enumerate)\s+(?:(?:the|every|each)\s+(?:exact|specific|particular|individual|actual)\s+|(?:the\s+)?(?:exact|specific|particular|individual|actual)\s+|all\s+(?:(?:the|of\s+the)\s+)?\d+\s+)(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|in|on|between|from|that|against|by|to|with|like|such|china|japan|the)\b|\s*[,?(—–]|\s*$)/iu;
const INSTANCES_ASKED = /^\s*(?:(?:in|at|from|to|for|with|on|of|among)\s+)?(?:which|what)\s+(?:specific|particular)\s+(?:[\p{L}'’-]+\s+){0,4}?([\p{L}-]+)(?:\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|in|of|on|between|from|that|against|by|to|with|like|such)\b|\s*[,?(—–]|\s*$)/iu;
/**
 * "What other (little) groupings has America built …", "which other clubs …": more instances of a kind asked for, which a
 * passage gives by naming them in a list; the kind's noun, or undefined.
 */
export const othersAsked = (text: string): string | undefined => {
  const kind = OTHERS_ASKED.exec(text)?.[1]?.toLowerCase();
  // "Which other areas (fields, aspects) does it cover?" asks what else it does, not for a list of named instances.
  return kind === undefined || /^(?:areas?|fields?|aspects?|domains?|ways?|things?|stuff|issues?|topics?|sectors?|dimensions?|parts?|reasons?)$/.test(kind) ? undefined : kind;
};
const OTHERS_ASKED = /^\s*(?:[\p{L}'’-]+,?\s+){0,6}?(?:what|which)\s+other\s+(?:(?:little|small|smaller|big|major|key|main|regional|similar|such)\s+)?([\p{L}-]+)\b/iu;
/** Words by which a sentence names instances of a kind. */
export const NAMES_INSTANCES = /\b(?:such\s+as|including|includes?|included|like|namely|e\.g\.|for\s+(?:example|instance))\b|:\s*\S/i;

/** The piece itself, as a question names it at its end ("who wrote this?", "… this article", "… it"). */
const THIS_PIECE = String.raw`(?:\s+(?:this|the|that)(?:\s+(?:${PIECE}))?|\s+it)?\s*[?.!]*\s*$`;
/** Questions about the piece's details, which its front matter gives and no passage does. */
const PIECE_DETAILS: readonly (readonly [RegExp, PieceDetail])[] = [
  [new RegExp(String.raw`^\s*who\s+(?:wrote|writes|authored|penned)${THIS_PIECE}|^\s*who(?:'s|’s|\s+is|\s+are)\s+(?:the\s+)?(?:authors?|writers?)(?:\s+of${THIS_PIECE}|\s*[?.!]*\s*$)`, 'i'), 'authors'],
  [new RegExp(String.raw`^\s*when\s+(?:was|is)\s+(?:this|the|that|it)(?:\s+(?:${PIECE}))?\s+(?:published|written|printed|from|out)\s*[?.!]*\s*$`, 'i'), 'date'],
  [new RegExp(String.raw`^\s*(?:(?:which|what)\s+(?:newspaper|paper|outlet|publication|magazine|site)\s+(?:published|ran|printed|carried)|where\s+(?:was|is)\s+(?:this|the|that|it)(?:\s+(?:${PIECE}))?\s+(?:published|from|printed))${THIS_PIECE}`, 'i'), 'outlet'],
  [new RegExp(String.raw`^\s*what(?:'s|’s|\s+is)\s+(?:the\s+)?(?:headline|title)(?:\s+of${THIS_PIECE}|\s*[?.!]*\s*$)`, 'i'), 'title'],
  [/^\s*who\s+(?:drew|made|did|created)\s+the\s+(?:illustration|picture|drawing|cartoon|image|artwork)\s*[?.!]*\s*$/i, 'illustration'],
];
export type PieceDetail = 'authors' | 'date' | 'outlet' | 'title' | 'illustration';

/** Which of the piece's own details a question asks for ("who wrote this?", "when was it published?"), if any. */
export const pieceDetailAsked = (text: string): PieceDetail | undefined => PIECE_DETAILS.find(([pattern]) => pattern.test(text))?.[1];

/** Whether a text tells what someone says or thinks (so it can answer "what did X say about …"). */
export const tellsAStance = (text: string): boolean => STANCE.test(text);

/** What follows the verb of a deed asked about: a preposition, or the end of the question (after "so far", "yet"). */
const AFTER_VERB = String.raw`\s*(?:\b(?:to|about|at|in|on|with|for|of|towards?|regarding|over|against)\b|(?:\s*\b(?:so\s+far|yet|already|to\s+date))?[?.!]*\s*$)`;

/**
 * "How did Russia (officially) react to …", "what does X say about …", "which party does Yoon belong to", "how has
 * Moscow responded to …", "which projects has it funded so far": subject, then verb (a participle after "has").
 */
const DEED_HOW = new RegExp(
  String.raw`^\s*(?:what|how|which\s+(?:\S+\s+){0,2}?\S+)\s+(?:(?:did|does|do)\s+((?:\S+\s+){0,2}?\S+)\s+(?:\p{L}+ly\s+)?(\p{Ll}+)|(?:has|have|had)\s+((?:\S+\s+){0,2}?\S+)\s+(?:\p{L}+ly\s+)?(\p{Ll}+(?:ed|en)))(?=${AFTER_VERB})`,
  'iu',
);
/** "Has Moscow responded to …?", "Did the talks conclude an agreement?": whether a deed was done. */
/** "What missiles did North Korea test …?", "what tariff cuts did IPEF members agree to?": a past deed, what was done asked for. */
const DEED_WHAT_DID = new RegExp(
  String.raw`^\s*(?:what|which)\s+(?:\S+\s+){0,2}?\S+\s+did\s+((?:\S+\s+){0,2}?\S+)\s+(?:\p{L}+ly\s+)?(\p{Ll}+)(?=${AFTER_VERB})`,
  'iu',
);
const DEED_DONE = new RegExp(
  String.raw`^\s*(?:(?:has|have|had)\s+((?:\S+\s+){0,2}?\S+)\s+(?:\p{L}+ly\s+)?(\p{Ll}+(?:ed|en))|did\s+((?:\S+\s+){0,2}?\S+)\s+(?:\p{L}+ly\s+)?(\p{Ll}+))(?=${AFTER_VERB}|\s+(?:a|an|the|its|their|any)\b)`,
  'iu',
);

/**
 * "Did the Chinese Ministry of Foreign Affairs lodge a protest?", "have Russia and the DPRK signed …", "what did
 * the Camp David summit agree …": a longer subject when it is a name, its words capitalised (and its summit,
 * government or leaders).
 */
const DEED_DONE_BY_NAME = new RegExp(
  String.raw`^\s*(?:(?:[Ww]hat|[Hh]ow)\s+did|[Dd]id|[Hh]as|[Hh]ave|[Hh]ad)\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}'’-]*)){1,6}(?:\s+(?:summit|meeting|talks|dialogue|government|administration|ministry|leaders?|statement|declaration))?|\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}+){0,2}?\s+(?:government|administration|ministry|spokes(?:person|man|woman)|officials?|diplomats?|leaders?|embassy)))\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?=${AFTER_VERB}|\s+(?:a|an|the|its|their|any)\b)`,
  'u',
);

/** "Was Yoon impeached?", "did he end up getting fired or what?": whether something was done to someone, asked at the clause's end. */
const DEED_UNDERGONE = /^\s*(?:so\s+)?(?:was|were|did|has|have|had)\s+((?:\S+\s+){0,2}?\S+?)\s+(?:end\s+up\s+)?(?:(?:get|getting|got|gotten|been|being)\s+)?(\p{Ll}+ed)(?:\s+(?:later|eventually|afterwards|in\s+the\s+end))?(?=\s*(?:[?.!,]|$|\s+or\s+(?:not|what|smth|sth|something|anything|whatever)\b|\p{Extended_Pictographic}))/iu;

/** "… Yoon getting impeached", "after he got removed from office": what is done to someone in office (impeached, arrested, ousted, elected …), within a question. */
const DEED_UNDERGONE_WITHIN = /\b(\p{L}[\p{L}'’-]*)\s+(?:(?:did(?:n['’]?t|\s+not)?|does(?:n['’]?t|\s+not)?)\s+)?(?:get|gets|getting|got|gotten)\s+((?:impeach|arrest|oust|remov|fir|elect|re-?elect|jail|imprison|indict|assassinat|kill|sack|toppl|convict|sentenc|pardon|depos|exil|detain|charg)ed)(?=(?:\s+from\s+(?:office|power))?\s*(?:[?.!,]|$|\s+(?:later|eventually|afterwards|in\s+the\s+end|or)\b))/u;

/** The piece as a subject, then a word: the piece's own verb ("the article list", "the authors name"). */
const PIECE_THEN_VERB = new RegExp(String.raw`^(?:the|this)\s+(?:${WRITERS}|${PIECE})\s+\p{Ll}+$`, 'iu');

/** Verbs of wanting or making someone do something, whose deed is the verb after its object ("want Tokyo to follow"). */
const WANTS = /\b(?:want|wants|need|needs|expect|expects|ask|asks|tell|tells|urge|urges|force|forces|push|pushes|press|presses|allow|allows|let|lets|like|likes|wish|wishes|get|gets|help|helps|make|makes)\b/i;

/** A verb and what its base may be, past an ending in -ed or -en ("wanted" → want, "hoped" → hope, "tried" → try). */
const baseForms = (verb: string): string[] => {
  // "Means", "matters": the third person's -s.
  if (/[^su]s$/.test(verb)) return [verb, verb.slice(0, -1)];
  const ending = /(?:ied|ed|en)$/.exec(verb)?.[0];
  if (!ending) return [verb];
  const stem = verb.slice(0, -ending.length);
  return ending === 'ied' ? [verb, `${stem}y`] : [verb, stem, `${stem}e`];
};

/** An adverb in -ly ("steadily", "officially"), not one of the verbs spelt so ("apply", "rely", "rally"). */
const ADVERB = /^(?!(?:ap|sup|com|multi|im|re)ply$|rely$|[rt]?ally$|bully$)\p{Ll}{3,}ly$/u;

/**
 * The deed a question asks about: the verb of "who coined …?" (a past deed) or of "how/what did X
 * react to / say about …?", when X is not the piece itself. Undefined for other questions.
 */
export const deedAsked = (question: string): { verb: string; who: boolean } | undefined => {
  const text = unattributed(question);
  // "Who (actually) represented Japan …?"
  // …or as what the piece is asked to tell ("does the article name who led …", "does it say who started …").
  const who = /^\s*who\s+(?:\p{L}+ly\s+)?(\p{L}+ed)\b/iu.exec(text) ?? WHO_TOLD.exec(text);
  if (who?.[1]) return { verb: normalize(who[1]), who: true };
  const how = DEED_HOW.exec(text);
  const m =
    how ??
    DEED_WHAT_DID.exec(text) ??
    DEED_DONE_BY_NAME.exec(text) ??
    // "Did Yoon get impeached?": what was done to someone, before "did Yoon get …" is read as a deed of theirs.
    DEED_UNDERGONE.exec(text) ??
    // "Did it survive Yoon getting impeached", "didn't he get impeached?": the same within a question.
    DEED_UNDERGONE_WITHIN.exec(text) ??
    DEED_DONE.exec(text);
  let subject = m?.[1] ?? m?.[3];
  let verb = m?.[2] ?? m?.[4];
  // "Did the WH put it at the top of its list?": putting something first is prioritising it, no deed done in the world.
  if (verb === 'put' && /\b(?:at|to|near)\s+the\s+top\s+of\b/i.test(text)) return undefined;
  // After "do", "does" or "did" and a subject the verb is bare: a word in -s there ends the subject, a plural ("how do
  // South Korean public attitudes … figure"), not a deed (but "focus", "discuss" are verbs).
  if (how?.[2] && /(?<![sui])s$/.test(how[2])) return undefined;
  // "Did America's strength decline steadily?": an adverb after the verb is not the verb; the subject's last word is.
  if (subject && verb && ADVERB.test(verb)) {
    const words = subject.trim().split(/\s+/);
    verb = words.length > 1 ? words.pop() : undefined;
    subject = words.join(' ');
  }
  // "Which others does the article list next to it?": the piece is the subject and "list" its verb, not the subject's last word.
  if (subject && PIECE_THEN_VERB.test(subject.trim())) return undefined;
  // A capitalised word there is a name ("What does NATO's Article 5 say?" stops at "say"), not the verb.
  // "What does the US want asia to prioritise": the subject holds the verb, and what is wanted follows "to".
  // A noun by its ending ("how do they frame the significance of …") is no verb.
  if (!subject || !verb || !/^\p{Ll}+$/u.test(verb) || NOUN_ENDING.test(verb) || ABOUT_THE_PIECE.test(subject.trim()) || baseForms(verb).some((v) => ATTITUDE.has(v)) || WANTS.test(subject)) return undefined;
  return { verb: normalize(verb), who: false };
};

/** "Does the article name (say, tell) who led …": a past deed's doer asked for within the question. */
const WHO_TOLD = /\b(?:names?|naming|say|says|tell|tells|mention|mentions|reveal|reveals|specify|specifies|identify|identifies)\s+who\s+(?:\p{L}+ly\s+)?(\p{L}+ed)\b/iu;

/** Endings only nouns have ("significance", "readiness", "relationship"; not "-ment": "comment", "implement"). */
const NOUN_ENDING = /(?:ance|ence|ness|tion|sion|ity|ship|ism|hood)$/;

/** "How does the article end?" asks for the last passage; "how does it open?" for the first. */
const THE_PIECE = String.raw`(?:the|this)\s+${PIECE}`;
const ASKS_END = new RegExp(String.raw`\bhow\s+(?:does\s+${THE_PIECE}|do\s+the\s+${WRITERS})\s+(?:end|conclude|finish|close|wrap\s+(?:(?:it|things)\s+)?up)\b|\bhow\s+${THE_PIECE}\s+(?:ends?|concludes?|finish(?:es)?|closes?|wraps\s+(?:(?:it|things)\s+)?up)\b|\bhow\s+do\s+they\s+wrap\s+(?:(?:it|things)\s+)?up\b|\b(?:end(?:ing)?|conclu\w+|final\s+(?:paragraph|words))\s+of\s+${THE_PIECE}|\bhow\s+does\s+it\s+(?:end|conclude|finish|wrap\s+(?:(?:it|things)\s+)?up)\b(?!\s+(?:for|with|up\s+(?:being|as)))`, 'i');
const ASKS_START = new RegExp(
  String.raw`\bhow\s+does\s+${THE_PIECE}\s+(?:start|begin|open)\b|\b(?:start|beginning|opening|first\s+paragraph)\s+of\s+${THE_PIECE}|\b(?:the|its)\s+(?:opening|introductory|intro)\s+(?:paragraph|section|part|lines?|sentences?)\b|\b(?:the|its)\s+first\s+(?:paragraph|lines?|sentences?)\b(?!\s+(?:of|in)\s+(?!${THE_PIECE}))`,
  'i',
);
/**
 * "How does the article see China's position at the close?", "the trade deal they mention at the end", "what's
 * their view of China at the end, strong or weak?": a question about the piece's end. Not "in the end" (ultimately),
 * nor the end of something else ("at the end of the Cold War").
 */
const AT_THE_END = new RegExp(String.raw`^(?=.*\b${THE_PIECE}\b).*\b(?:at|in|by|towards?)\s+(?:the|its)\s+(?:very\s+)?(?:close|end|ending|conclusion|final\s+(?:paragraph|lines|words))\s*[?.!]*\s*$|\b(?:at|towards?|near)\s+the\s+(?:very\s+)?end\b(?!\s+of\b)`, 'i');
/**
 * "The takeaway of the final section", "according to the closing argument", "the ending": the piece's last part; and
 * what it says there, "the piece's final verdict", "the concluding assessment" (not "the final verdict of the court").
 */
const LAST_PART = /\b(?:the|its)\s+(?:(?:final|closing|concluding|last)\s+(?:section|part|paragraph|argument|bit|lines?)\b|(?:ending|conclusion)\b(?!\s+of\b))|(?:\b(?:its|their)|['’]s?)\s+(?:final|closing|concluding|last)\s+(?:verdict|assessment|message|word|words|thoughts?|take|note)\b|\b(?:the\s+)?(?:closing|concluding)\s+(?:verdict|assessment|message|words|thoughts|note)\b/i;

/** Which end of the piece a question asks for, if it asks for one. */
export const positionAsked = (text: string): 'start' | 'end' | undefined => (ASKS_END.test(text) || AT_THE_END.test(text) || LAST_PART.test(text) ? 'end' : ASKS_START.test(text) ? 'start' : undefined);

/**
 * A part at the end of the piece that holds more than one passage, as a question names it: "the final
 * section", "the last part", "at (near) the end", "at the close". Not the end itself ("how does it end?",
 * "the conclusion", "its final verdict"), which is the last passage.
 */
const END_PART = /\b(?:the|its)\s+(?:final|closing|concluding|last)\s+(?:section|part|bit)\b|\b(?:at|in|towards?|near)\s+the\s+(?:very\s+)?(?:end|close)\b(?!\s+of\b)/gi;

/**
 * What a question asks of the part at the end of the piece it names, without the words that name it
 * ("what is the rational choice in the last part?" → "what is the rational choice in  ?"); undefined when
 * it names no such part, or asks for the end itself ("how does the article end?").
 */
export const askedOfEndPart = (text: string): string | undefined => (text.search(END_PART) >= 0 ? text.replace(END_PART, ' ') : undefined);

/** A yes-or-no question offering alternatives: "Is it X or Y?", "Does it cover defence, or more?". */
const POLAR = /^\s*(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have)\b/i;
const OR = /\bor\b/i;

/** "… or do we need …": a second question after "or", not an alternative. */
const OR_QUESTION = /^or\s+(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|has|have|had|must|might|may)\b/i;

/**
 * Where the alternatives of a choice question part ("is the US a partner | or the boss?"): the
 * offset of its "or"; undefined for other questions ("what did they sign, like a hotline or a …"),
 * and when a second question follows "or" ("does the library give access, or do we need an account?").
 */
export const alternativesAt = (text: string): number | undefined => {
  const at = POLAR.test(text) ? OR.exec(text)?.index : undefined;
  return at === undefined || OR_QUESTION.test(text.slice(at)) ? undefined : at;
};
