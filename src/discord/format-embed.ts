import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { ReindexResult } from '../app/library.js';
import type { ArticleDocument, DocumentMeta, Passage, Section } from '../content/types.js';
import type { Answer, Definition, EngineStats } from '../search/engine.js';
import { sentencesOf } from '../search/sentences.js';
import { ELLIPSIS, LIMITS, truncate } from './limits.js';
import { emphasise, neutraliseMentions, safeLine, safeText, wellFormed } from './safe-text.js';

/**
 * Pure formatters: engine results in, Discord embeds out. Every embed goes through fitEmbed, so
 * none breaks a Discord limit, and all user and article text goes through safe-text, so none
 * renders Markdown it did not mean or pings anyone.
 */

export const COLOUR = { answer: 0x3b6ea5, notCovered: 0x8a8f98, term: 0x4f8a5b, section: 0x6b5b95, about: 0x3b6ea5, error: 0xb54a3c } as const;

type Answered = Extract<Answer, { kind: 'answered' }>;
type NotCovered = Extract<Answer, { kind: 'not-covered' }>;

/** Which passages of an answer one message shows. */
export interface AnswerPage {
  readonly offset: number;
  readonly size: number;
}

/** A command as /help lists it. */
export interface CommandHelp {
  readonly usage: string;
  readonly summary: string;
  readonly examples: readonly string[];
}

/** The embed's text that counts towards Discord's 6000-character total. */
export const embedSize = (embed: APIEmbed): number =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.footer?.text.length ?? 0) +
  (embed.author?.name.length ?? 0) +
  (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

const BLANK = '\u200B';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Mentions broken, lone surrogates and bidi controls gone. */
const inert = (text: string) => neutraliseMentions(wellFormed(text));

/** Every text of an embed made inert (the formatters already do it; this is the backstop). */
const defuse = (embed: APIEmbed): APIEmbed => ({
  ...embed,
  ...(embed.title === undefined ? {} : { title: inert(embed.title) }),
  ...(embed.description === undefined ? {} : { description: inert(embed.description) }),
  ...(embed.footer ? { footer: { ...embed.footer, text: inert(embed.footer.text) } } : {}),
  ...(embed.author ? { author: { ...embed.author, name: inert(embed.author.name) } } : {}),
  ...(embed.fields ? { fields: embed.fields.map((f) => ({ ...f, name: inert(f.name), value: inert(f.value) })) } : {}),
});

/**
 * `embed` within every Discord limit: each part cut at a sentence with "…", at most 25 fields,
 * no empty field, and 6000 characters in all (the description shrinks first, then fields go from
 * the end, then the footer). Mentions are broken first, in case a caller forgot.
 */
export const fitEmbed = (raw: APIEmbed): APIEmbed => {
  const embed = defuse(raw);
  const out: APIEmbed = { ...embed };
  const set = <K extends 'title' | 'description'>(key: K, value: string | undefined) => {
    if (value) out[key] = value;
    else delete out[key];
  };
  set('title', embed.title === undefined ? undefined : truncate(embed.title, LIMITS.embedTitle));
  set('description', embed.description === undefined ? undefined : truncate(embed.description, LIMITS.embedDescription));
  if (embed.footer) {
    const text = truncate(embed.footer.text, LIMITS.footer);
    if (text) out.footer = { ...embed.footer, text };
    else delete out.footer;
  }
  if (embed.author) {
    const name = truncate(embed.author.name, LIMITS.authorName);
    if (name) out.author = { ...embed.author, name };
    else delete out.author;
  }
  if (embed.fields) {
    out.fields = embed.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || BLANK,
      value: truncate(f.value, LIMITS.fieldValue) || BLANK,
    }));
  }
  let excess = embedSize(out) - LIMITS.embedTotal;
  if (excess > 0 && out.description) {
    set('description', truncate(out.description, Math.max(0, out.description.length - excess)));
    excess = embedSize(out) - LIMITS.embedTotal;
  }
  while (excess > 0 && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
    excess = embedSize(out) - LIMITS.embedTotal;
  }
  if (excess > 0 && out.footer) {
    const text = truncate(out.footer.text, Math.max(0, out.footer.text.length - excess));
    if (text) out.footer = { ...out.footer, text };
    else delete out.footer;
    excess = embedSize(out) - LIMITS.embedTotal;
  }
  if (excess > 0 && out.author) delete out.author;
  excess = embedSize(out) - LIMITS.embedTotal;
  if (excess > 0 && out.title) set('title', truncate(out.title, Math.max(0, out.title.length - excess)));
  if (out.fields?.length === 0) delete out.fields;
  return out;
};

/** The article's title and authors, for footers; footers render no Markdown, so the text is left as it is. */
export const creditLine = (meta: DocumentMeta | undefined): string => {
  if (!meta) return '';
  const names = meta.authors.map((a) => a.name);
  return neutraliseMentions(names.length > 0 ? `${meta.title} — ${names.join(', ')}` : meta.title);
};

const questionTitle = (question: string): string => truncate(safeLine(question), LIMITS.embedTitle) || 'Your question';

/** A ref and its section title in bold, for the line above a quote. */
const refHeading = (ref: string, title: string) => `**${safeLine(ref)}** · ${safeLine(title)}`;

/** Any line break Discord honours. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** Quotes Markdown text as a block quote, line by line (any line break Discord honours, so none escapes the quote). */
const quote = (markdown: string) => `> ${LINE_BREAK.test(markdown) ? markdown.replace(/[\r\n\u2028\u2029]+/g, '\n> ') : markdown}`;

/**
 * `text` with `highlights` in bold, as many whole sentences from the start as fit in `budget`
 * characters, then "…"; cut at a word if even the first sentence does not fit.
 */
export const quotePassage = (text: string, highlights: readonly (readonly [number, number])[], budget: number): string => {
  // Quoting adds "> " to every line: measure what is sent, not the text.
  const full = quote(emphasise(text, highlights));
  if (full.length <= budget) return full;
  const within = (end: number) => highlights.filter(([a]) => a < end).map(([a, b]) => [a, Math.min(b, end)] as const);
  let best = '';
  for (const sentence of sentencesOf(text)) {
    const candidate = quote(`${emphasise(text.slice(0, sentence.end), within(sentence.end))} ${ELLIPSIS}`);
    if (candidate.length > budget) break;
    best = candidate;
  }
  if (best) return best;
  let room = budget - 2;
  let cut = quote(truncate(safeText(text), Math.max(0, room)));
  while (cut.length > budget && room > 0) {
    room -= cut.length - budget;
    cut = quote(truncate(safeText(text), Math.max(0, room)));
  }
  return cut.length <= budget ? cut : '';
};

/** One page of an answer: each passage quoted under its ref and section title, matched words in bold. */
export const answerEmbed = (answer: Answered, page: AnswerPage, meta?: DocumentMeta, revision?: string): APIEmbed => {
  const shown = answer.passages.slice(page.offset, page.offset + page.size);
  const headings = shown.map((p) => refHeading(p.passage.ref, p.passage.sectionTitle));
  // Share the description between the passages, leaving room for headings and blank lines.
  const room = LIMITS.embedDescription - headings.reduce((n, h) => n + h.length + 3, 0);
  const budget = Math.floor(room / Math.max(1, shown.length));
  const blocks = shown.map((p, i) => `${headings[i]}\n${quotePassage(p.passage.text, p.highlights, budget)}`);
  const first = page.offset + 1;
  const last = page.offset + shown.length;
  const range = answer.passages.length === 1 ? '1 passage' : `passages ${first}–${last} of ${answer.passages.length}`;
  return fitEmbed({
    title: questionTitle(answer.question),
    description: blocks.join('\n\n') || 'No more passages.',
    color: COLOUR.answer,
    footer: { text: [creditLine(meta), range, revisionLine(revision)].filter(Boolean).join(' · ') },
  });
};

/** The content revision, for footers: which build answered. */
const revisionLine = (revision: string | undefined) => (revision ? `rev ${revision}` : '');

/** The article does not cover the question: why, and related terms and sections to try. */
export const notCoveredEmbed = (answer: NotCovered, meta?: DocumentMeta, revision?: string): APIEmbed => {
  const terms = answer.suggestions.filter((s) => s.kind === 'term');
  const sections = answer.suggestions.filter((s) => s.kind === 'section');
  const lines = ['**The article does not cover this.**', `*${safeLine(answer.reason)}*`];
  if (terms.length > 0) lines.push('', `Related terms: ${terms.map((s) => `**${safeLine(s.label)}**`).join(', ')} — try /define with one of them.`);
  if (sections.length > 0) lines.push('', 'Closest sections (try /section):', ...sections.map((s) => `• ${safeLine(s.label)}`));
  return fitEmbed({
    title: questionTitle(answer.question),
    description: lines.join('\n'),
    color: COLOUR.notCovered,
    footer: { text: [creditLine(meta), revisionLine(revision)].filter(Boolean).join(' · ') },
  });
};

/** Character ranges of `text` where one of `names` appears as a whole word, case-insensitively. */
export const findNames = (text: string, names: readonly string[]): [number, number][] => {
  const escaped = [...new Set(names.filter((n) => n.trim().length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
};

const MAX_USES_SHOWN = 3;

/** A glossary entry with the passages that use it, or "did you mean" suggestions. */
export const definitionEmbed = (definition: Definition, meta?: DocumentMeta): APIEmbed => {
  if (definition.kind === 'not-found') {
    const asked = safeLine(definition.query);
    const description =
      definition.suggestions.length > 0
        ? `Did you mean ${definition.suggestions.map((s) => `**${safeLine(s)}**`).join(', ')}? Try /define with ${definition.suggestions.length === 1 ? 'it' : 'one of them'}.`
        : 'No close match either. Start typing in /define to see the terms, or ask a question with /ask.';
    return fitEmbed({ title: `No glossary entry for “${asked}”`, description, color: COLOUR.notCovered });
  }
  const { entry, passages } = definition;
  const lines = [safeText(entry.definition)];
  if (entry.aliases.length > 0) lines.push('', `*Also:* ${entry.aliases.map(safeLine).join(', ')}`);
  if (entry.background) lines.push('', '*Background term: the article itself does not use it.*');
  else if (passages.length > 0) lines.push('', `Used in ${passages.map((p) => safeLine(p.ref)).join(', ')}.`);
  const names = [entry.term, ...entry.aliases];
  const fields: APIEmbedField[] = passages.slice(0, MAX_USES_SHOWN).map((p) => ({
    name: `${safeLine(p.ref)} · ${safeLine(p.sectionTitle)}`,
    value: quotePassage(p.text, findNames(p.text, names), LIMITS.fieldValue),
  }));
  return fitEmbed({
    title: safeLine(entry.term),
    description: lines.join('\n'),
    fields,
    color: COLOUR.term,
    footer: { text: creditLine(meta) },
  });
};

/** A whole section, its passages in order with their refs; cut between passages when it is too long. */
export const sectionEmbed = (section: Section, meta?: DocumentMeta): APIEmbed => {
  const room = LIMITS.embedDescription - 120; // left for the "more passages" line
  const blocks: string[] = [];
  let used = 0;
  for (const p of section.passages) {
    const block = `**${safeLine(p.ref)}** ${safeText(p.text)}`;
    const fits = used + block.length + 2 <= room;
    if (!fits && blocks.length > 0) break;
    blocks.push(fits ? block : truncate(block, room));
    used += block.length + 2;
    if (!fits) break;
  }
  const rest = section.passages.slice(blocks.length);
  if (rest[0]) blocks.push(`*${plural(rest.length, 'more passage')}: see /section ${safeLine(rest[0].ref)}*`);
  return fitEmbed({
    title: `${safeLine(section.ref)} · ${safeLine(section.title)}`,
    description: blocks.join('\n\n'),
    color: COLOUR.section,
    footer: { text: creditLine(meta) },
  });
};

/** One passage with its ref and section title. */
export const passageEmbed = (passage: Passage, meta?: DocumentMeta): APIEmbed =>
  fitEmbed({
    title: `${safeLine(passage.ref)} · ${safeLine(passage.sectionTitle)}`,
    description: safeText(passage.text),
    color: COLOUR.section,
    footer: { text: creditLine(meta) },
  });

/** Discord renders `<t:unix:style>` in the reader's own time zone. */
const timestamp = (date: Date) => {
  const unix = Math.floor(date.getTime() / 1000);
  return `<t:${unix}:f> (<t:${unix}:R>)`;
};

/** Where the bot runs, under the ShardingManager: this shard, and the servers all shards serve. */
export interface ShardInfo {
  readonly id: number;
  readonly count: number;
  /** Servers on the shards that answered. */
  readonly guilds: number;
  /** Shards that did not answer in time. */
  readonly missing: number;
}

/** The article's metadata, the index's statistics and when it was last built; the shard when sharded. */
export const aboutEmbed = (documents: readonly ArticleDocument[], stats: EngineStats, indexedAt: Date, revision?: string, shard?: ShardInfo): APIEmbed => {
  const [doc, ...others] = documents;
  const meta = doc?.meta;
  const fields: APIEmbedField[] = [];
  if (meta && meta.authors.length > 0) {
    fields.push({ name: 'Authors', value: meta.authors.map((a) => `**${safeLine(a.name)}**${a.affiliation ? ` — ${safeLine(a.affiliation)}` : ''}`).join('\n') });
  }
  const published = [meta?.outlet, meta?.date].filter((s): s is string => !!s).map(safeLine).join(', ');
  if (published) fields.push({ name: 'Published', value: published, inline: true });
  if (meta?.illustration) fields.push({ name: 'Illustration', value: safeLine(meta.illustration), inline: true });
  if (meta?.source) fields.push({ name: 'Source', value: safeLine(meta.source) });
  if (others.length > 0) fields.push({ name: 'Other documents', value: others.map((d) => `• ${safeLine(d.meta.title)}`).join('\n') });
  fields.push({
    name: 'Index',
    value: [plural(stats.documents, 'document'), plural(stats.sections, 'section'), plural(stats.passages, 'passage'), plural(stats.terms, 'indexed word'), plural(stats.glossaryTerms, 'glossary term')].join(' · '),
  });
  fields.push({ name: 'Last reindexed', value: timestamp(indexedAt), inline: true });
  if (revision) fields.push({ name: 'Content revision', value: `\`${revision.replace(/[^0-9a-f]/g, '')}\``, inline: true });
  if (shard) {
    const servers = `${plural(shard.guilds, 'server')} on ${plural(shard.count - shard.missing, 'shard')}${shard.missing > 0 ? ` (${shard.missing} did not answer)` : ''}`;
    fields.push({ name: 'Shard', value: `#${shard.id} of ${shard.count} (this server's) · ${servers}`, inline: false });
  }
  return fitEmbed({
    title: meta ? safeLine(meta.title) : 'No article loaded',
    description: meta?.standfirst ? safeText(meta.standfirst) : '',
    fields,
    color: COLOUR.about,
  });
};

/** Every command with what it does and an example; `botName` for the mention line. */
export const helpEmbed = (commands: readonly CommandHelp[], botName: string, meta?: DocumentMeta): APIEmbed =>
  fitEmbed({
    title: 'How to use this bot',
    description: [
      `I answer questions about ${meta ? `“${safeLine(meta.title)}”` : 'the article'} by quoting its passages, with refs like §6.1.`,
      `You can also mention me with a question (@${safeLine(botName)} why is trilateral cooperation hard?) or send me a direct message.`,
    ].join('\n'),
    fields: commands.map((c) => ({
      name: safeLine(c.usage),
      value: [safeText(c.summary), ...c.examples.map((e) => `e.g. ${safeLine(e)}`)].join('\n'),
    })),
    color: COLOUR.about,
  });

const refList = (refs: readonly string[]) => (refs.length === 0 ? 'none' : refs.map(safeLine).join(', '));

/** Under the ShardingManager: how many other shards reindexed too, and how many did not answer. */
export interface OtherShards {
  readonly reindexed: number;
  readonly missing: number;
}

const otherShardsLine = (others: OtherShards | undefined) => {
  if (!others) return '';
  const done = `${plural(others.reindexed, 'other shard')} reindexed too`;
  return others.missing > 0 ? `${done}, ${others.missing} did not answer (send SIGHUP to the bot to reindex every shard)` : done;
};

/** What a reindex did: the new index's size and the passages added, removed and changed; or the content problems. */
export const reindexEmbed = (result: ReindexResult, others?: OtherShards): APIEmbed => {
  if (!result.ok) {
    return fitEmbed({
      title: 'Reindex failed — the previous index is still serving',
      description: result.problems.map((p) => `**${safeLine(p.file)}:${p.line}**: ${safeLine(p.message)}`).join('\n'),
      color: COLOUR.error,
      footer: { text: `Fix the file and run /reindex again · took ${result.ms} ms` },
    });
  }
  const r = result.report;
  return fitEmbed({
    title: 'Reindexed',
    description: [plural(r.documents, 'document'), plural(r.sections, 'section'), plural(r.passages, 'passage'), plural(r.terms, 'indexed word'), plural(r.glossaryTerms, 'glossary term')].join(' · '),
    fields: [
      { name: `Added (${r.added.length})`, value: refList(r.added), inline: true },
      { name: `Removed (${r.removed.length})`, value: refList(r.removed), inline: true },
      { name: `Changed (${r.changed.length})`, value: refList(r.changed), inline: true },
    ],
    color: COLOUR.answer,
    footer: { text: [`Took ${r.ms} ms · rev ${r.revisionBefore} → ${r.revision}`, otherShardsLine(others)].filter(Boolean).join(' · ') },
  });
};
