import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalQuestion } from '../../src/search/evaluate.js';
import { realEngine, ROOT } from '../helpers/engine.js';

const load = async (name: string) => JSON.parse(await readFile(path.join(ROOT, 'tests/fixtures', name), 'utf8')) as EvalQuestion[];

/** A set's floor: the least top-1 and top-3 shares, the most on-topic refused, the least off-topic refused; and how many questions in the article's own words it may miss (none unless named). */
interface Floor {
  readonly top1: number;
  readonly top3: number;
  readonly refusedOn: number;
  readonly offRefused: number;
  readonly wordsMissed?: number;
}

// Floors a little under what `npm run eval` measures today: a change that loses answers fails here.
describe.each<[string, Floor]>([
  ['questions-dev.json', { top1: 0.88, top3: 0.93, refusedOn: 0.02, offRefused: 1 }],
  ['questions-check.json', { top1: 0.83, top3: 0.92, refusedOn: 0.02, offRefused: 1 }],
  // Written after the engine by someone who had not seen it; a few thesaurus groups have since come from its misses.
  ['questions-holdout.json', { top1: 0.86, top3: 0.93, refusedOn: 0.02, offRefused: 1 }],
  // Written later by two more people who had not seen the engine (near-miss off-topic questions above all);
  // measured first as they came (unseen-1: 78% / 86% / 4 refused / 63% off-topic refused; unseen-2:
  // 69% / 83% / 7 refused / 80%), then some of their misses led to the refusal rules and to the
  // content's keywords.
  ['questions-unseen-1.json', { top1: 0.91, top3: 0.97, refusedOn: 0.02, offRefused: 0.86 }],
  ['questions-unseen-2.json', { top1: 0.9, top3: 0.94, refusedOn: 0.02, offRefused: 0.96 }],
  // Measured first after all of that: 76% / 84% / 4 refused / 21 of 25 off-topic refused.
  ['questions-unseen-3.json', { top1: 0.89, top3: 0.94, refusedOn: 0.02, offRefused: 0.96 }],
  // Measured first: 83% / 89% / 6 refused / 18 of 25 off-topic refused.
  ['questions-unseen-4.json', { top1: 0.9, top3: 0.95, refusedOn: 0.02, offRefused: 0.92 }],
  // Measured first: 84% / 89% / 6 refused / 23 of 25 off-topic refused.
  ['questions-unseen-5.json', { top1: 0.89, top3: 0.96, refusedOn: 0.02, offRefused: 0.88 }],
  // Measured first: 80% / 85% / 7 of 75 refused / 24 of 25 off-topic refused; its misses then led to
  // thesaurus groups, idioms, question-form rules and keywords, so its figures since are no longer first sight.
  ['questions-unseen-6.json', { top1: 0.93, top3: 0.95, refusedOn: 0.02, offRefused: 0.96 }],
  // Written blind to the engine, like the others. unseen-7 was measured first at 69% / 85% / 4 of 75 refused /
  // 23 of 25 off-topic refused; the changes unseen-6 led to came after (73% / 87%), then a round of changes
  // made from its misses, so its figures since are no longer first sight.
  ['questions-unseen-7.json', { top1: 0.87, top3: 0.95, refusedOn: 0.02, offRefused: 0.96 }],
  // unseen-8 was first measured after unseen-6's changes: 83% / 91% / 3 of 75 refused / 23 of 25 off-topic refused;
  // after unseen-7's round, made without seeing it, 84% / 93% / 3 / 23 of 25. Then its misses, read by class with
  // the other sets' remaining ones, led to a round of changes (idioms, thesaurus groups, adverbs read as adjectives,
  // question forms, other countries as names, programming questions), so its figures since are no longer first sight.
  ['questions-unseen-8.json', { top1: 0.93, top3: 0.98, refusedOn: 0.02, offRefused: 0.96 }],
  // Written blind to the engine by three more people (students; casual news readers; a mixed server), measured
  // first as they came, after the round unseen-7's misses led to, and again after the one unseen-8's led to, which
  // changed none of these figures:
  // unseen-9 85% / 93% / 1 of 75 refused / 22 of 25 off-topic refused; unseen-10 76% / 85% / 7 / 24 of 25;
  // unseen-11 75% / 89% / 3 / 22 of 25. unseen-10's misses were then read, and one change came from them
  // (placeholder nouns such as "guys" are not a thing asked for): unseen-10 77% / 87% / 6 / 24 of 25; the others unchanged.
  ['questions-unseen-9.json', { top1: 0.84, top3: 0.92, refusedOn: 0.02, offRefused: 0.88 }],
  ['questions-unseen-10.json', { top1: 0.74, top3: 0.84, refusedOn: 0.1, offRefused: 0.96 }],
  ['questions-unseen-11.json', { top1: 0.73, top3: 0.88, refusedOn: 0.05, offRefused: 0.88 }],
  // Written blind by another helper (an international-relations reading group), measured first as it came:
  // 71% / 83% / 5 of 75 refused / 23 of 25 off-topic refused. Its misses were then read, and general changes came
  // from them (irregular verb forms, filler adverbs, linking phrases, choice questions, an adverb before the verb
  // of a deed, causing is no deed), so its figures since are no longer first sight.
  ['questions-unseen-12.json', { top1: 0.72, top3: 0.85, refusedOn: 0.04, offRefused: 0.92 }],
  // Written blind by another helper (a general news server, some non-native speakers), measured first as it came,
  // after unseen-12's changes, which had changed none of its figures: 79% / 91% / 3 of 75 refused / 22 of 25 off-topic
  // refused. Its misses were then read and led to general changes ("lead to" is no topic, a speaker's view told where
  // the speaker is named, "where will … next", "how do the authors wrap up", "the catch", "boss"): no longer first sight.
  ['questions-unseen-13.json', { top1: 0.81, top3: 0.93, refusedOn: 0.02, offRefused: 0.96 }],
  // Written blind by another helper (a university international-relations reading group), measured first as it came:
  // 68% / 83% / 5 of 75 refused / 23 of 25 off-topic refused. Its misses were then read and led to general changes
  // (a word used mostly as an adjective is no thing, "what date" asks when, a passage as close that gives the date
  // answers a when-question, verbs of wanting, idioms, "Article 9", "how old"): no longer first sight.
  ['questions-unseen-14.json', { top1: 0.81, top3: 0.93, refusedOn: 0.02, offRefused: 0.96 }],
  // Written blind by another helper (a server following Asian markets and business), measured first before any change
  // was made for it: 84% / 92% / 4 of 75 refused / 25 of 25 off-topic refused (83% / 92% / 4 / 25 before unseen-14's
  // round). Its questions were printed once by accident before that first measure, so it is not counted as blind.
  ['questions-unseen-15.json', { top1: 0.82, top3: 0.9, refusedOn: 0.06, offRefused: 0.96 }],
  // Written blind by another helper (foreign-policy professionals: jargon, seats of government, named agreements),
  // measured first as it came, after unseen-14's round: 79% / 85% / 6 of 75 refused / 22 of 25 off-topic refused
  // (79% / 84% / 7 / 23 before it). Its misses were then read and led to general changes (a when-clause, "how much
  // room", seats of government, proper names in capitals, "locked in"): no longer first sight.
  ['questions-unseen-17.json', { top1: 0.81, top3: 0.9, refusedOn: 0.02, offRefused: 0.96 }],
  // Written blind by two more helpers (a high-school debate club; a world-news podcast's listeners), measured first
  // as they came, after most of the day's changes: unseen-16 79% / 89% / 3 of 75 refused / 21 of 25 off-topic
  // refused (73% / 88% / 4 / 21 with the engine of the day before), unseen-18 76% / 89% / 3 / 22 of 25 (73% / 89% /
  // 3 / 22 the day before). Their misses were then read and led to a last round (a chat question's opening words,
  // "which city hosted", a word in -ed is a deed, "fr", "forum", "backstory"): no longer first sight.
  ['questions-unseen-16.json', { top1: 0.77, top3: 0.89, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-18.json', { top1: 0.78, top3: 0.9, refusedOn: 0.02, offRefused: 0.88 }],
  // Written blind by another helper (language learners and culture fans, simple English, emoji), measured first as
  // it came, after the round unseen-16 and -18 led to: 77% / 92% / 1 of 75 refused / 20 of 25 off-topic refused
  // (76% / 89% / 2 / 19 with the day before's engine). Its misses were then read (friends, scared, which side, how fast).
  ['questions-unseen-19.json', { top1: 0.79, top3: 0.93, refusedOn: 0.02, offRefused: 0.8 }],
  // Written blind by another helper (a media-literacy class reading the op-ed critically), measured first as it came,
  // after unseen-19's round: 72% / 85% / 2 of 75 refused / 20 of 25 off-topic refused (71% / 85% / 3 / 20 with the
  // day before's engine). Its misses were then read ("the pact" is the mechanism, "in the first place").
  ['questions-unseen-20.json', { top1: 0.73, top3: 0.85, refusedOn: 0.02, offRefused: 0.8 }],
  // Written blind by another helper (a general-chat server: slang, abbreviations, typos), measured first as it came:
  // 68% / 85% / 8 of 75 refused / 23 of 25 off-topic refused (67% / 85% / 8 / 23 with the day before's engine).
  // Its misses were then read (chat words such as "these guys", "acc to", "has legs"; a date in any sentence nearly
  // as good as the best one).
  ['questions-unseen-21.json', { top1: 0.73, top3: 0.93, refusedOn: 0.02, offRefused: 0.88 }],
  // Written blind by another helper (readers of China Daily's English edition, formal non-native English), measured
  // first as it came at the end of the day: 69% / 89% / 4 of 75 refused / 22 of 25 off-topic refused (68% / 88% / 5 /
  // 21 with the day before's engine). Not read since: like unseen-9 and unseen-11, it measures questions nobody tuned for.
  ['questions-unseen-22.json', { top1: 0.68, top3: 0.88, refusedOn: 0.06, offRefused: 0.84 }],
  // Written blind by five more helpers the day after, each measured first as it came (with the day before's engine
  // in brackets): unseen-25 (a seminar on propaganda and argument, retired diplomats) 77% / 91% / 4 of 75 refused /
  // 23 of 25 off-topic refused (75% / 88% / 6 / 23); unseen-24 (economics students and analysts) 80% / 89% / 4 / 24,
  // after unseen-25's round (77% / 87% / 6 / 24); unseen-23 (Korean-diaspora students) 89% / 93% / 3 / 24 (80% /
  // 88% / 4 / 24); unseen-26 (a Model UN club) 84% / 91% / 3 / 23 (81% / 88% / 5 / 23); unseen-27 (Japan-watchers,
  // romanised Japanese) 84% / 92% / 4 / 22 (76% / 88% / 8 / 22). Each one's misses were then read and led to general
  // changes (effect and outcome asked for, "how much stronger", hyphenated capitals, attitude verbs in the past,
  // chat openers such as "Bottom line:", idioms, thesaurus words): no longer first sight.
  ['questions-unseen-23.json', { top1: 0.89, top3: 0.95, refusedOn: 0.04, offRefused: 0.92 }],
  ['questions-unseen-24.json', { top1: 0.84, top3: 0.93, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-25.json', { top1: 0.82, top3: 0.93, refusedOn: 0.04, offRefused: 0.88 }],
  ['questions-unseen-26.json', { top1: 0.86, top3: 0.93, refusedOn: 0.03, offRefused: 0.88 }],
  ['questions-unseen-27.json', { top1: 0.86, top3: 0.94, refusedOn: 0.04, offRefused: 0.84 }],
  // Written blind by another helper (a busy news server: very short questions, fragments, abbreviations), measured
  // first after the round the five sets above led to: 88% / 95% / 2 of 75 refused / 20 of 25 off-topic refused (87% /
  // 93% / 3 / 20 with the engine of that morning, 87% / 91% / 5 / 21 with the day before's). Not read since: like
  // unseen-9, -11 and -22, it measures questions nobody tuned for.
  ['questions-unseen-28.json', { top1: 0.84, top3: 0.92, refusedOn: 0.05, offRefused: 0.76 }],
  // Written blind by another helper (Chinese international students, non-native English, pinyin and characters),
  // measured first as it came: 89% / 95% / 3 of 75 refused / 24 of 25 off-topic refused (88% / 93% / 4 / 24 with
  // the engine of that morning, 85% / 93% / 3 / 24 with the day before's). Its misses were then read (Nanhai,
  // "where" in the argument, what comes from the pact): no longer first sight.
  ['questions-unseen-29.json', { top1: 0.89, top3: 0.95, refusedOn: 0.04, offRefused: 0.92 }],
  // Written blind by another helper (security-studies interns: long multi-part questions, terms of art), measured
  // first as it came: 88% / 93% / 4 of 75 refused / 18 of 25 off-topic refused (83% / 87% / 7 / 18 with the engine of
  // that morning, 79% / 83% / 10 / 17 with the day before's). Its misses were then read ("future-oriented", "bottom
  // line", securitisation, a lattice of nodes, the hook, next month): no longer first sight.
  ['questions-unseen-30.json', { top1: 0.9, top3: 0.95, refusedOn: 0.03, offRefused: 0.72 }],
  // Written blind by another helper (a large general community: earnest, sarcastic, lazy, typos), measured first
  // after the round unseen-23 … 27 led to: 80% / 89% / 6 of 75 refused / 20 of 25 off-topic refused — the same as
  // the engine of that morning (80% / 89% / 6 / 20), and 76% / 84% / 9 / 21 with the day before's. Not read since.
  ['questions-unseen-31.json', { top1: 0.76, top3: 0.85, refusedOn: 0.1, offRefused: 0.76 }],
  // Written blind by three more helpers, each measured first as it came (with the engine of that morning and the day
  // before's in brackets): unseen-34 (a mixed server: every register, typos, emoji) 83% / 91% / 5 of 75 refused / 23
  // of 25 off-topic refused (80% / 87% / 6 / 23; 81% / 88% / 7 / 23), not read since; unseen-33 (a Korean-politics
  // server, romanised Korean) 85% / 87% / 6 / 24 (84% / 85% / 7 / 24; 80% / 83% / 9 / 25); unseen-32 (an evening class
  // of adult learners, personal context), after unseen-33's round, 77% / 85% / 8 / 24 (76% / 83% / 9 / 24; 68% / 77% /
  // 12 / 24). The misses of unseen-32 and -33 were then read (romanised country names, "the Atlantic alliance", a
  // remark about the asker before the question, "whose view" in a who-question, G7, the DMZ, idioms): no longer first sight.
  ['questions-unseen-32.json', { top1: 0.84, top3: 0.94, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-33.json', { top1: 0.86, top3: 0.89, refusedOn: 0.05, offRefused: 0.92 }],
  ['questions-unseen-34.json', { top1: 0.8, top3: 0.88, refusedOn: 0.08, offRefused: 0.88 }],
  // Three more, each measured first as it came (the morning's engine and the day before's in brackets): unseen-36 (a
  // trivia server: who/when/where, "name the …", "true or false") 79% / 91% / 4 of 75 refused / 24 of 25 off-topic
  // refused (77% / 89% / 4 / 24; 72% / 88% / 6 / 24); unseen-37 (journalists and fact-checkers) 84% / 92% / 4 / 20
  // (81% / 89% / 5 / 20; 80% / 87% / 6 / 20), not read since; unseen-35 (European exchange students, English as a
  // second language) 87% / 89% / 5 / 21 (85% / 88% / 5 / 21; 85% / 87% / 6 / 22). The misses of unseen-35 and -36
  // were then read (the White House's occupant, no going back, "this month", "in the end", an empire, how far it is to
  // go, the difference between two words of a language, breaking with someone): no longer first sight.
  ['questions-unseen-35.json', { top1: 0.88, top3: 0.92, refusedOn: 0.05, offRefused: 0.84 }],
  // One of its questions in the article's words asks a second thing in the reader's ("The US claims the trilateral
  // cooperation mechanism is what — and does the article agree?"): "agree" draws §1.1 above §6.3, which has the words.
  ['questions-unseen-36.json', { top1: 0.77, top3: 0.9, refusedOn: 0.05, offRefused: 0.92, wordsMissed: 1 }],
  ['questions-unseen-37.json', { top1: 0.8, top3: 0.88, refusedOn: 0.08, offRefused: 0.76 }],
  // Written blind by another helper (history and civics teachers preparing a lesson), measured first as it came:
  // 79% / 91% / 3 of 75 refused / 24 of 25 off-topic refused (73% / 88% / 5 / 24 with the morning's engine, 71% / 85%
  // / 6 / 23 with the day before's). Its misses were then read (the final section, "in the news", "to a class", how
  // much people back something): no longer first sight.
  ['questions-unseen-38.json', { top1: 0.8, top3: 0.93, refusedOn: 0.03, offRefused: 0.92 }],
  // Written blind by another helper (a late-night voice-chat channel: slang, emoji, misspellings), measured first at
  // the end of the night: 75% / 89% / 3 of 75 refused / 22 of 25 off-topic refused (73% / 85% / 6 / 21 with the
  // morning's engine, 72% / 84% / 7 / 22 with the day before's); 40% top-1 on its abstract questions. Not read: one of
  // its questions in the article's words was missed, which one was not looked at (since 2026-11-29 none is).
  ['questions-unseen-39.json', { top1: 0.72, top3: 0.86, refusedOn: 0.06, offRefused: 0.84 }],
  // Written blind by two more helpers the next morning, measured first as they came: unseen-40 (a foreign-policy
  // podcast's Discord: casual, near-miss off-topic questions) 84% / 95% / 1 of 75 refused / 19 of 25 off-topic
  // refused; unseen-41 (a high-school debate club: claims, evidence, near misses) 76% / 89% / 2 / 19. The misses of
  // unseen-40's off-topic questions were then read (a year after the article's, the authors' other books, an approval
  // rating, "whats", "how do u say"); its on-topic misses and all of unseen-41 were not.
  ['questions-unseen-40.json', { top1: 0.9, top3: 0.98, refusedOn: 0.02, offRefused: 0.96 }],
  ['questions-unseen-41.json', { top1: 0.75, top3: 0.88, refusedOn: 0.03, offRefused: 0.76 }],
  // Two more that morning, measured first as they came: unseen-42 (a newsroom's fact-checking channel: who, what,
  // when, many near misses) 81% / 91% / 4 of 75 refused / 20 of 25 off-topic refused (80% / 91% / 4 / 20 with the
  // night's engine); unseen-43 (adult English learners: learners' word order, Vietnamese names) 69% / 84% / 4 / 22
  // (the same with the night's engine). unseen-43's misses were then read (standing on top of, needing someone less,
  // sitting down together, "what Russia said about", "today" in the writers' view, Trung Quoc); unseen-42 was not.
  ['questions-unseen-42.json', { top1: 0.8, top3: 0.9, refusedOn: 0.06, offRefused: 0.8 }],
  ['questions-unseen-43.json', { top1: 0.72, top3: 0.86, refusedOn: 0.02, offRefused: 0.88 }],
  // And two more: unseen-44 (a university course on East Asian security) 77% / 88% / 3 / 19 at first sight (75% /
  // 85% / 4 / 19 with the night's engine); unseen-45 (a big server's #world-news: slang, emoji, sarcasm) 77% / 85% /
  // 10 / 20 (75% / 85% / 10 / 20). unseen-45's misses were then read (slang refused: "re", stitching together, big
  // shots, old baggage, washed, implied advice, beefing up, a boogeyman, hyping, how much muscle); unseen-44 was not.
  ['questions-unseen-44.json', { top1: 0.77, top3: 0.88, refusedOn: 0.04, offRefused: 0.76 }],
  ['questions-unseen-45.json', { top1: 0.86, top3: 0.94, refusedOn: 0.03, offRefused: 0.8 }],
  // Twelve more the next morning, three at a time, each measured first as it came (top-1 / top-3 / on-topic refused /
  // off-topic refused of 25). unseen-46 (a Model UN club) 79% / 95% / 0 / 23, unseen-47 (a markets server) 79% / 88% / 6 / 22
  // and unseen-48 (retired diplomats) 81% / 88% / 5 / 20, with the morning's engine; -46 and -48 were then read (a formal
  // register: accents, "upon", theatres, actors; views held; long names' deeds; a second "when" clause), -47 not (a dozen
  // of its misses were glimpsed once, by mistake, in a diff; none was acted on).
  ['questions-unseen-46.json', { top1: 0.84, top3: 0.92, refusedOn: 0.01, offRefused: 0.92 }],
  ['questions-unseen-47.json', { top1: 0.79, top3: 0.87, refusedOn: 0.09, offRefused: 0.84 }],
  ['questions-unseen-48.json', { top1: 0.88, top3: 0.94, refusedOn: 0.02, offRefused: 0.92 }],
  // unseen-49 (a Korean diaspora server) 95% / 99% / 0 / 24, unseen-50 (a high-school class) 81% / 91% / 2 / 22, unseen-51
  // (think-tank interns) 89% / 97% / 1 / 21 (the morning's engine: 93 / 99 / 0 / 24, 79 / 91 / 2 / 22, 88 / 97 / 1 / 21);
  // -50 was read (doing what someone says, plans, the ending, a speech), -49 and -51 not.
  ['questions-unseen-49.json', { top1: 0.94, top3: 0.96, refusedOn: 0.01, offRefused: 0.92 }],
  ['questions-unseen-50.json', { top1: 0.83, top3: 0.92, refusedOn: 0.01, offRefused: 0.88 }],
  ['questions-unseen-51.json', { top1: 0.87, top3: 0.95, refusedOn: 0.03, offRefused: 0.8 }],
  // unseen-52 (Japanese students) 80% / 89% / 3 / 23, unseen-53 (a veterans' server) 84% / 89% / 6 / 21, unseen-54 (an
  // "explain the news" server) 73% / 85% / 4 / 19 (the morning's engine: 80 / 89 / 3 / 23, 81 / 88 / 7 / 21, 72 / 85 / 4 / 19);
  // -54 was read (eli5, spider webs, shaky pairs, playing both sides, the president before Biden), -52 and -53 not.
  ['questions-unseen-52.json', { top1: 0.79, top3: 0.88, refusedOn: 0.05, offRefused: 0.88 }],
  ['questions-unseen-53.json', { top1: 0.83, top3: 0.9, refusedOn: 0.07, offRefused: 0.8, wordsMissed: 1 }],
  ['questions-unseen-54.json', { top1: 0.87, top3: 0.95, refusedOn: 0.01, offRefused: 0.72 }],
  // unseen-55 (an Indian strategic-affairs server) 87% / 92% / 4 / 22, unseen-56 (a rhetoric class) 88% / 93% / 3 / 22,
  // unseen-57 (a retirees' club) 73% / 87% / 2 / 22, measured once, after the last change (the morning's engine: 85 / 92 / 4
  // / 22, 87 / 93 / 3 / 22, 72 / 84 / 3 / 22). None was read; two of -55's questions in the article's words are refused.
  ['questions-unseen-55.json', { top1: 0.84, top3: 0.9, refusedOn: 0.07, offRefused: 0.84, wordsMissed: 2 }],
  ['questions-unseen-56.json', { top1: 0.86, top3: 0.91, refusedOn: 0.05, offRefused: 0.84 }],
  // Reading "put forward" as one verb (2026-11-30) refused one more of -57's questions: 4 of 75, where unread sets gained 9 top-1 answers.
  ['questions-unseen-57.json', { top1: 0.71, top3: 0.84, refusedOn: 0.06, offRefused: 0.84 }],
  // unseen-58 (a casual server: short, lowercase, slang) 85% / 88% / 6 / 22, unseen-59 (an international-relations
  // student: long questions with context first) 80% / 92% / 2 / 20, unseen-60 (a journalist skimming) 81% / 92% / 4 / 21:
  // together 82% / 91% / 5.3% of on-topic refused / 63 of 75 off-topic refused, measured first as they came (with
  // passages then offered down to three tenths of the best's score; at a tenth, top-3 88% / 92% / 95%).
  // -59 is kept unread; -58 and -60 are read for their misses.
  ['questions-unseen-58.json', { top1: 0.84, top3: 0.87, refusedOn: 0.08, offRefused: 0.88 }],
  ['questions-unseen-59.json', { top1: 0.79, top3: 0.91, refusedOn: 0.03, offRefused: 0.8 }],
  ['questions-unseen-60.json', { top1: 0.8, top3: 0.93, refusedOn: 0.06, offRefused: 0.84 }],
  // unseen-61 (non-native speakers in an Asia server) 84% / 95% / 2 / 18, unseen-62 (sceptical, argumentative readers)
  // 81% / 88% / 5 / 22, unseen-63 (a teacher's quiz) 85% / 96% / 2 / 23: together 84% / 93% / 4.0% of on-topic refused
  // / 63 of 75 off-topic refused, measured first as they came, after the changes -58 and -60 led to (the session's
  // first engine: 84% / 92% / 4.0% / 63 — those changes gained top-3 alone on them). None was read.
  ['questions-unseen-61.json', { top1: 0.83, top3: 0.93, refusedOn: 0.03, offRefused: 0.72 }],
  ['questions-unseen-62.json', { top1: 0.8, top3: 0.86, refusedOn: 0.07, offRefused: 0.88 }],
  ['questions-unseen-63.json', { top1: 0.84, top3: 0.95, refusedOn: 0.03, offRefused: 0.92 }],
  // unseen-64 (gamers in a #news channel) 77% / 89% / 3 / 22, unseen-65 (a markets server) 77% / 87% / 8 / 23, unseen-66
  // (defence enthusiasts) 81% / 89% / 4 / 20: together 79% / 88% / 6.7% of on-topic refused / 65 of 75 off-topic refused,
  // measured first as they came, at the end of the afternoon's changes (the session's first engine: 77% / 87% / 7.6% / 65).
  // -65 was then read (sitting down, setting the agenda, writing checks one cannot cash, offloading the work, a backstory); -64 and -66 not.
  // One more of -64's on-topic questions is refused since "end up" is read as being (which fixed nine questions of other sets).
  ['questions-unseen-64.json', { top1: 0.76, top3: 0.88, refusedOn: 0.06, offRefused: 0.88 }],
  ['questions-unseen-65.json', { top1: 0.82, top3: 0.93, refusedOn: 0.04, offRefused: 0.92 }],
  ['questions-unseen-66.json', { top1: 0.8, top3: 0.88, refusedOn: 0.06, offRefused: 0.8 }],
  // unseen-67 (a general-interest server) 87% / 97% / 0 / 21, unseen-68 (a graduate seminar) 85% / 95% / 1 / 15, unseen-69
  // (Korean and Japanese readers) 84% / 97% / 2 / 22: together 85% / 96% / 1.3% / 58 of 75, measured first as they came,
  // with the session's last engine (its first engine: 84% / 93% / 2.2% / 59). None was read.
  ['questions-unseen-67.json', { top1: 0.86, top3: 0.96, refusedOn: 0.01, offRefused: 0.84 }],
  ['questions-unseen-68.json', { top1: 0.84, top3: 0.93, refusedOn: 0.02, offRefused: 0.6 }],
  ['questions-unseen-69.json', { top1: 0.83, top3: 0.96, refusedOn: 0.03, offRefused: 0.88 }],
  // unseen-70 (an international-relations study group, casual) 89% / 95% / 1 / 18, unseen-71 (a newsroom's fact-checkers)
  // 87% / 93% / 2 / 16, unseen-72 (a general-interest community server) 79% / 93% / 0 / 22: together 85% / 94% / 1.3% /
  // 56 of 75, measured first as they came (the evening session's first engine), written from the article without its
  // keywords. All three were then read (the passive "what is described as", who gave a response, the cost of going along).
  ['questions-unseen-70.json', { top1: 0.88, top3: 0.95, refusedOn: 0.02, offRefused: 0.76 }],
  ['questions-unseen-71.json', { top1: 0.91, top3: 0.95, refusedOn: 0.01, offRefused: 0.72 }],
  ['questions-unseen-72.json', { top1: 0.82, top3: 0.94, refusedOn: 0.01, offRefused: 0.88 }],
  // unseen-73 (a policy-debate club) 85% / 95% / 2 / 21, unseen-74 (expats and business people in East Asia) 92% / 96% / 0 /
  // 23, unseen-75 (a history-and-politics podcast's listeners) 89% / 96% / 1 / 23: together 89% / 96% / 1.3% / 67 of 75,
  // measured with the evening session's engine midway (its first engine: 88% / 95% / 1.3% / 66; the later changes moved
  // none of their answers). None was read.
  ['questions-unseen-73.json', { top1: 0.84, top3: 0.94, refusedOn: 0.03, offRefused: 0.84 }],
  ['questions-unseen-74.json', { top1: 0.91, top3: 0.95, refusedOn: 0.01, offRefused: 0.92 }],
  ['questions-unseen-75.json', { top1: 0.88, top3: 0.95, refusedOn: 0.02, offRefused: 0.92 }],
  // unseen-76 (a university seminar revising for an exam) 91% / 96% / 2 / 22, unseen-77 (a casual Korean-diaspora server)
  // 84% / 95% / 1 / 23, unseen-78 (people in trade, supply chains and chips) 88% / 97% / 2 / 22: together 88% / 96% / 2.2% /
  // 67 of 75, measured first with the session's engine of 2026-11-29 (late afternoon). Then read; one change came of them
  // (room limited is space compressed: unseen-76 92%).
  ['questions-unseen-76.json', { top1: 0.91, top3: 0.95, refusedOn: 0.03, offRefused: 0.88 }],
  ['questions-unseen-77.json', { top1: 0.83, top3: 0.94, refusedOn: 0.02, offRefused: 0.92 }],
  ['questions-unseen-78.json', { top1: 0.87, top3: 0.96, refusedOn: 0.03, offRefused: 0.88 }],
  // unseen-79 (a high-school debate club preparing a motion) 85% / 93% / 2 / 22, unseen-80 (Japanese and Chinese readers
  // of English as a second language, and retired diplomats) 88% / 97% / 0 / 19, unseen-81 (a grand-strategy gaming
  // community, sceptical and in slang) 77% / 93% / 3 / 21: together 84% / 95% / 2.2% / 62 of 75, measured first with the
  // engine of the session of 2026-11-29 (evening) after its first change. Then read; changes came of them (88% / 91% / 81%
  // top-1, 96% / 100% / 97% top-3, 1 / 0 / 0 refused, 24 / 20 / 21 off-topic refused).
  ['questions-unseen-79.json', { top1: 0.86, top3: 0.94, refusedOn: 0.02, offRefused: 0.92 }],
  ['questions-unseen-80.json', { top1: 0.9, top3: 0.98, refusedOn: 0.01, offRefused: 0.76 }],
  ['questions-unseen-81.json', { top1: 0.8, top3: 0.96, refusedOn: 0.01, offRefused: 0.8 }],
  // unseen-82 (people in semiconductors, logistics and supply chains, in jargon) 76% / 89% / 6 / 23, unseen-83 (students
  // revising international relations on their phones) 80% / 89% / 3 / 23, unseen-84 (a club of retirees and veterans, with
  // old names: Uncle Sam, Nippon, the Land of the Morning Calm) 76% / 84% / 7 / 24: together 77% / 88% / 7.1% / 70 of 75,
  // measured first with the engine of the session of 2026-11-29 (night) as it began. Then read; changes came of them
  // (81% / 81% / 84% top-1, 96% / 91% / 92% top-3, 1 / 2 / 3 refused, 24 / 25 / 25 off-topic refused).
  ['questions-unseen-82.json', { top1: 0.8, top3: 0.94, refusedOn: 0.02, offRefused: 0.92 }],
  ['questions-unseen-83.json', { top1: 0.8, top3: 0.89, refusedOn: 0.03, offRefused: 0.96 }],
  ['questions-unseen-84.json', { top1: 0.83, top3: 0.9, refusedOn: 0.05, offRefused: 0.96 }],
  // unseen-85 (journalists, editors and fact-checkers covering Asia) 85% / 93% / 3 / 19, unseen-86 (policy wonks, long
  // questions in jargon, some very short) 77% / 91% / 5 / 24, unseen-87 (military families at bases in Japan and Korea)
  // 80% / 89% / 1 / 22: together 81% / 91% / 4.0% / 65 of 75, measured first with the engine of the session of
  // 2026-11-29 (night) after the changes the trio before brought. Then read; changes came of them (87% / 80% / 80% top-1,
  // 96% / 95% / 89% top-3, 1 / 2 / 1 refused, 22 / 24 / 24 off-topic refused).
  ['questions-unseen-85.json', { top1: 0.85, top3: 0.94, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-86.json', { top1: 0.78, top3: 0.93, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-87.json', { top1: 0.78, top3: 0.88, refusedOn: 0.02, offRefused: 0.92 }],
  // unseen-88 (English learners reading the news together: simple, sometimes broken English) 84% / 95% / 2 / 19,
  // unseen-89 (teachers writing worksheet and exam questions) 75% / 88% / 3 / 22, unseen-90 (sceptical, loaded questions
  // from a debate server) 81% / 87% / 5 / 20: together 80% / 90% / 4.4% / 61 of 75, measured first with the engine of
  // the session of 2026-11-29 (third) before any change of its own. Then read; changes came of them (87% / 80% / 81%
  // top-1, 97% / 93% / 87% top-3, 1 / 3 / 5 refused, 19 / 23 / 20 off-topic refused).
  ['questions-unseen-88.json', { top1: 0.86, top3: 0.97, refusedOn: 0.02, offRefused: 0.76 }],
  ['questions-unseen-89.json', { top1: 0.8, top3: 0.93, refusedOn: 0.04, offRefused: 0.92 }],
  ['questions-unseen-90.json', { top1: 0.81, top3: 0.86, refusedOn: 0.07, offRefused: 0.8 }],
  // unseen-91 (two podcast hosts preparing an episode: long, two-part questions, with asides about the show) 80% / 89% / 7 / 23,
  // unseen-92 (search-bot power users: terse, keyword-style) 93% / 100% / 0 / 21, unseen-93 (business-intelligence
  // analysts at Japanese and Korean firms) 84% / 91% / 4 / 22: together 86% / 93% / 4.9% / 66 of 75, measured first with
  // the engine of the session of 2026-11-29 (ninth) at 019b20c. unseen-91 was then read (a label before the question
  // and the asker's aside after it are taken off: 84% / 92% / 5 / 24, and 91% / 99% / 0 / 24 after the changes that
  // followed in the session); -92 and -93 are kept unread.
  ['questions-unseen-91.json', { top1: 0.9, top3: 0.98, refusedOn: 0, offRefused: 0.96 }],
  ['questions-unseen-92.json', { top1: 0.93, top3: 1, refusedOn: 0, offRefused: 0.84 }],
  ['questions-unseen-93.json', { top1: 0.84, top3: 0.9, refusedOn: 0.06, offRefused: 0.88 }],
  // unseen-94 (a high-school Model UN club, formal) 87% / 97% / 1 / 24, unseen-95 (Chinese students in a UK IR seminar,
  // with pinyin names) 83% / 91% / 4 / 22, unseen-96 (hawkish US hobbyists reading critically) 89% / 93% / 3 / 23: together
  // 86% / 94% / 3.6% / 69 of 75, measured first at 91a4f40 (the same session). unseen-95 was then read (names in Mandarin,
  // Japanese and Korean; "before 2021" bounds the past; dragged along, big brother; a supposing clause that holds the
  // question: 87% / 96% / 0 / 22); -94 and -96 are kept unread.
  ['questions-unseen-94.json', { top1: 0.86, top3: 0.97, refusedOn: 0.02, offRefused: 0.96 }],
  ['questions-unseen-95.json', { top1: 0.86, top3: 0.96, refusedOn: 0, offRefused: 0.88 }],
  ['questions-unseen-96.json', { top1: 0.89, top3: 0.93, refusedOn: 0.04, offRefused: 0.92 }],
  // unseen-97 (hospital staff new to geopolitics, plain English) 85% / 95% / 2 / 21, unseen-98 (Korean high-school students
  // drilling exam-style reading questions) 80% / 95% / 2 / 24, unseen-99 (retired JSDF and USFJ officers in defence
  // jargon) 79% / 89% / 5 / 23: together 81% / 93% / 4.0% / 68 of 75, measured first at 30931fa (the same session).
  // -98 and -99 were then read (a section or paragraph named by its place, "the sixth section", "the second paragraph of
  // the economic section"; more asides after the question; "the main idea of the whole piece": 83% / 97% / 0 / 24 and
  // 80% / 91% / 4 / 23); -97 is kept unread.
  ['questions-unseen-97.json', { top1: 0.85, top3: 0.94, refusedOn: 0.03, offRefused: 0.84 }],
  ['questions-unseen-98.json', { top1: 0.82, top3: 0.97, refusedOn: 0, offRefused: 0.96 }],
  ['questions-unseen-99.json', { top1: 0.82, top3: 0.93, refusedOn: 0.03, offRefused: 0.92 }],
  // unseen-100 (Indian strategic-affairs interns, Indian English) 84% / 89% / 6 / 21, unseen-101 (Filipino readers in
  // Taglish, "West Philippine Sea") 80% / 87% / 7 / 21, unseen-102 (people used to prompting AI assistants: "give me the
  // gist of …", "list …") 88% / 96% / 3 / 21: together 84% / 91% / 7.1% / 63 of 75, measured first at 9398b9a (the same
  // session). -100 and -101 were then read (Tagalog function words; "-style", a throwback to, a brake on, internal
  // politics, the 38th parallel, the op-ed's viewpoint; who an author asked about by name is: 88% / 93% / 3 / 21 and
  // 87% / 93% / 2 / 21); -102 is kept unread.
  ['questions-unseen-100.json', { top1: 0.88, top3: 0.93, refusedOn: 0.04, offRefused: 0.84 }],
  ['questions-unseen-101.json', { top1: 0.86, top3: 0.93, refusedOn: 0.03, offRefused: 0.84 }],
  ['questions-unseen-102.json', { top1: 0.88, top3: 0.96, refusedOn: 0.04, offRefused: 0.84 }],
  // unseen-103 (readers in Taiwan: "cross-strait", "the mainland") 85% / 97% / 1 / 24, unseen-104 (a Gen-Z meme server:
  // slang and emoji) 88% / 95% / 3 / 21, unseen-105 (European readers: "Brussels", "strategic autonomy") 83% / 91% / 4 /
  // 23: together 85% / 94% / 3.6% / 68 of 75, measured first at 2690a4c (the same session). -104 and -105 were then read
  // (interjections before the question, "sounds … to me" after it, "as a German, …"; the West, tilting, the main
  // character; "in one or two sentences"; "or smth": 88% / 96% / 2 / 22 and 87% / 95% / 1 / 23); -103 is kept unread.
  ['questions-unseen-103.json', { top1: 0.85, top3: 0.97, refusedOn: 0.02, offRefused: 0.96 }],
  ['questions-unseen-104.json', { top1: 0.88, top3: 0.96, refusedOn: 0.03, offRefused: 0.88 }],
  ['questions-unseen-105.json', { top1: 0.86, top3: 0.94, refusedOn: 0.02, offRefused: 0.92 }],
  // unseen-106 (library reference staff relaying patrons' questions) 87% / 92% / 2 / 25, unseen-107 (Korean civic activists
  // for engagement with the North) 91% / 95% / 1 / 25, unseen-108 (retail investors in market jargon) 81% / 91% / 4 / 21:
  // together 86% / 92% / 3.1% / 71 of 75, measured first at b206df2 (the same session). -106 and -108 were then read (a
  // question relayed for someone, "asking bc …"; supply lines, value chains, frontier tech, reshoring, a fig leaf, blowing
  // up, bullish and bearish, semis, "from a … pov": 89% / 95% / 0 / 25 and 85% / 97% / 0 / 21); -107 is kept unread.
  ['questions-unseen-106.json', { top1: 0.89, top3: 0.94, refusedOn: 0, offRefused: 1 }],
  ['questions-unseen-107.json', { top1: 0.9, top3: 0.94, refusedOn: 0.02, offRefused: 1 }],
  ['questions-unseen-108.json', { top1: 0.85, top3: 0.97, refusedOn: 0, offRefused: 0.84 }],
  // unseen-109 (Japanese readers, polite Japanese-influenced English) 83% / 96% / 3 / 23, unseen-110 (Australians in a
  // defence server, Aussie slang) 81% / 88% / 3 / 24, unseen-111 (a discourse-analysis seminar: framing, agency, rhetoric)
  // 76% / 92% / 3 / 21: together 80% / 92% / 4.0% / 68 of 75, measured first at 80f33db (the same session). -110 and -111
  // were then read (the Yanks, Down Under, mate and blokes; ramping up, a talkfest, the driver; "I'm tagging …" after a
  // question; a supposing clause the question points back to: 85% / 93% / 0 / 24 and 77% / 93% / 1 / 21); -109 is kept unread.
  ['questions-unseen-109.json', { top1: 0.82, top3: 0.96, refusedOn: 0.04, offRefused: 0.92 }],
  ['questions-unseen-110.json', { top1: 0.85, top3: 0.93, refusedOn: 0, offRefused: 0.96 }],
  ['questions-unseen-111.json', { top1: 0.77, top3: 0.93, refusedOn: 0.02, offRefused: 0.84 }],
  // unseen-112 (questions dictated by voice: no punctuation, fillers, names mis-transcribed) 84% / 93% / 3 / 21, unseen-113
  // (one- to six-word questions) 92% / 97% / 0 / 19, unseen-114 (Russian-speaking readers) 85% / 95% / 2 / 22: together
  // 87% / 95% / 2.2% / 62 of 75, measured first at ec06809 (the same session). -112 and -113 were then read (WordNet
  // relatives that are names; "did Yoon get impeached"; "happening" in the content's year; terse "russia reaction",
  // "quad members?"; wiggle room: 84% / 93% / 3 / 22 and 92% / 97% / 0 / 23); -114 is kept unread.
  // Reading why so many networks as what the networks in every field are for (2026-11-30) cost -112 one top-1 answer (of 75).
  ['questions-unseen-112.json', { top1: 0.82, top3: 0.93, refusedOn: 0.04, offRefused: 0.88 }],
  ['questions-unseen-113.json', { top1: 0.92, top3: 0.97, refusedOn: 0, offRefused: 0.92 }],
  ['questions-unseen-114.json', { top1: 0.85, top3: 0.94, refusedOn: 0.03, offRefused: 0.88 }],
  // unseen-115 (Vietnamese readers: "Bien Dong", Hanoi's view) 88% / 92% / 5 / 23, unseen-116 (fast typists, many
  // misspellings) 85% / 95% / 3 / 24, unseen-117 (a pub-quiz host: "true or false", "quick-fire") 85% / 92% / 4 / 24:
  // together 86% / 93% / 5.3% / 71 of 75, measured first at d66107f (the same session). -115 and -117 were then read
  // ("Bien Dong" and "WPS" in the glossary; a troublemaker disrupts; "as someone …:", "quick-fire:"; spilling over, next
  // door, "in 1-2 lines", "for the quiz intro slide"; the parties' administrations: 92% / 96% / 2 / 22 and 88% / 96% / 1 /
  // 23); -116 is kept unread.
  ['questions-unseen-115.json', { top1: 0.92, top3: 0.96, refusedOn: 0.03, offRefused: 0.88 }],
  ['questions-unseen-116.json', { top1: 0.85, top3: 0.94, refusedOn: 0.04, offRefused: 0.96, wordsMissed: 1 }],
  ['questions-unseen-117.json', { top1: 0.88, top3: 0.96, refusedOn: 0.02, offRefused: 0.92 }],
  // Sets -118 to -129 were written with half their off-topic questions near misses (the same countries, people and events,
  // asking what the article does not say), more than earlier sets had. unseen-118 (a retirees' book club) 76% / 87% / 5 /
  // 24, unseen-119 (a debate team preparing cases) 92% / 95% / 1 / 20, unseen-120 (newsroom fact-checkers) 91% / 97% / 0 /
  // 19: together 86% / 93% / 2.7% / 63 of 75, measured first at 733f00b (the session of 2026-11-30). -118 and -120 are
  // read (their floors, and those of this session's other read sets, are their figures after its changes); -119 is kept
  // unread.
  ['questions-unseen-118.json', { top1: 0.77, top3: 0.88, refusedOn: 0.06, offRefused: 1 }],
  ['questions-unseen-119.json', { top1: 0.92, top3: 0.94, refusedOn: 0.02, offRefused: 0.8 }],
  ['questions-unseen-120.json', { top1: 0.9, top3: 0.97, refusedOn: 0, offRefused: 0.88 }],
  // unseen-121 (Spanish speakers: calques, "EEUU", "Corea del Sur") 81% / 93% / 0 / 18, unseen-122 (international relations
  // students: balancing, hegemony, minilateralism) 92% / 97% / 1 / 21, unseen-123 (casual chat: emoji, "ngl", "fr") 83% /
  // 92% / 3 / 22: together 85% / 94% / 1.8% / 61 of 75, measured first at 733f00b. -121 and -123 are read; -122 is kept unread.
  ['questions-unseen-121.json', { top1: 0.82, top3: 0.94, refusedOn: 0, offRefused: 0.84 }],
  ['questions-unseen-122.json', { top1: 0.92, top3: 0.97, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-123.json', { top1: 0.85, top3: 0.96, refusedOn: 0, offRefused: 0.92 }],
  // unseen-124 (sceptical readers probing the piece's bias) 81% / 89% / 4 / 21, unseen-125 (readers who half-remember the
  // article: "Camp Davis") 87% / 97% / 1 / 21, unseen-126 (veterans and defence logistics staff) 81% / 91% / 4 / 22: together
  // 83% / 92% / 4.0% / 64 of 75, measured first at 733f00b. -124 and -126 are read; -125 is kept unread.
  ['questions-unseen-124.json', { top1: 0.82, top3: 0.89, refusedOn: 0.06, offRefused: 0.92 }],
  ['questions-unseen-125.json', { top1: 0.86, top3: 0.97, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-126.json', { top1: 0.88, top3: 0.94, refusedOn: 0.02, offRefused: 0.96 }],
  // unseen-127 (teachers planning a lesson) 80% / 87% / 6 / 22, unseen-128 (commands, not questions: "Tell me about …",
  // "List …") 76% / 87% / 6 / 18, unseen-129 (trade and economics specialists) 87% / 93% / 2 / 23: together 81% / 89% / 6.2% /
  // 63 of 75, measured first at 733f00b. -127 and -128 are read; -129 is kept unread.
  ['questions-unseen-127.json', { top1: 0.85, top3: 0.92, refusedOn: 0.03, offRefused: 1 }],
  ['questions-unseen-128.json', { top1: 0.82, top3: 0.9, refusedOn: 0.04, offRefused: 0.88 }],
  ['questions-unseen-129.json', { top1: 0.86, top3: 0.93, refusedOn: 0.03, offRefused: 0.92 }],
  // unseen-130 (diplomats: "readouts", "deliverables", MOFA) 79% / 85% / 8 / 23, unseen-131 (two or three questions in one
  // message) 81% / 92% / 5 / 22, unseen-132 (Korean-American community members: "hyung", "uri nara") 88% / 93% / 3 / 24:
  // together 83% / 90% / 7.1% / 69 of 75, measured first at 007f8d2 (the session of 2026-11-30). -130 and -131 are read;
  // -132 is kept unread.
  ['questions-unseen-130.json', { top1: 0.84, top3: 0.92, refusedOn: 0.06, offRefused: 0.92 }],
  ['questions-unseen-131.json', { top1: 0.85, top3: 0.96, refusedOn: 0.03, offRefused: 0.88 }],
  ['questions-unseen-132.json', { top1: 0.88, top3: 0.93, refusedOn: 0.04, offRefused: 0.96 }],
  // unseen-133 (energy and resources people) 89% / 92% / 4 / 24, unseen-134 (hostile, trolling users) 80% / 88% / 6 / 22,
  // unseen-135 (journalism students: lede, nut graf, kicker) 88% / 92% / 3 / 22: together 86% / 91% / 5.8% / 68 of 75,
  // measured first at 007f8d2. -134 and -135 are read; -133 is kept unread.
  ['questions-unseen-133.json', { top1: 0.89, top3: 0.92, refusedOn: 0.06, offRefused: 0.96 }],
  ['questions-unseen-134.json', { top1: 0.84, top3: 0.92, refusedOn: 0.04, offRefused: 0.96, wordsMissed: 1 }],
  ['questions-unseen-135.json', { top1: 0.92, top3: 0.94, refusedOn: 0.02, offRefused: 0.88 }],
  // unseen-136 (retired Japanese officers, formal English) 89% / 96% / 1 / 24, unseen-137 (machine-translated questions)
  // 85% / 95% / 1 / 18, unseen-138 (ASEAN watchers) 89% / 93% / 3 / 23: together 88% / 95% / 2.2% / 65 of 75, measured
  // first at f3407a1 (the session of 2026-11-30). -137 and -138 are read; -136 is kept unread.
  ['questions-unseen-136.json', { top1: 0.89, top3: 0.96, refusedOn: 0.02, offRefused: 0.96 }],
  ['questions-unseen-137.json', { top1: 0.88, top3: 0.94, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-138.json', { top1: 0.92, top3: 0.96, refusedOn: 0.02, offRefused: 0.92 }],
  // unseen-139 (podcast listeners' follow-ups) 88% / 95% / 2 / 24, unseen-140 (ethics students: legitimacy, sovereignty)
  // 85% / 92% / 2 / 23, unseen-141 (teenagers: short, simple questions) 77% / 93% / 0 / 23: together 84% / 93% / 1.8% / 70
  // of 75, measured first at f3407a1. -140 and -141 are read; -139 is kept unread.
  ['questions-unseen-139.json', { top1: 0.88, top3: 0.94, refusedOn: 0.03, offRefused: 0.96 }],
  ['questions-unseen-140.json', { top1: 0.85, top3: 0.92, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-141.json', { top1: 0.77, top3: 0.93, refusedOn: 0, offRefused: 0.92 }],
  // unseen-142 (public-policy graduate students: long questions in seminar terms) 81% / 87% / 7 / 25, unseen-143 (phone typing:
  // typos, "abt", "sk", "nk") 89% / 95% / 3 / 21, unseen-144 (Chinese readers writing English as a second language) 83% / 97% /
  // 0 / 22: together 84% / 93% / 4.4% / 68 of 75, measured first at 74ee86e (the session of 2026-11-30, second part). -142 and
  // -144 are read; -143 is kept unread.
  ['questions-unseen-142.json', { top1: 0.81, top3: 0.86, refusedOn: 0.1, offRefused: 1 }],
  ['questions-unseen-143.json', { top1: 0.89, top3: 0.94, refusedOn: 0.04, offRefused: 0.84 }],
  ['questions-unseen-144.json', { top1: 0.82, top3: 0.97, refusedOn: 0, offRefused: 0.88 }],
  // unseen-145 (sceptical Western readers probing the framing) 87% / 93% / 2 / 23, unseen-146 (business and supply-chain
  // people) 89% / 95% / 0 / 20, unseen-147 (Model UN delegates) 85% / 95% / 1 / 21: together 87% / 94% / 1.3% / 64 of 75,
  // measured first at 74ee86e. -145 and -146 are read; -147 is kept unread.
  ['questions-unseen-145.json', { top1: 0.86, top3: 0.93, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-146.json', { top1: 0.89, top3: 0.94, refusedOn: 0, offRefused: 0.8 }],
  ['questions-unseen-147.json', { top1: 0.85, top3: 0.94, refusedOn: 0.02, offRefused: 0.84 }],
  // unseen-148 (military officers and defence analysts: posture, ISR, escalation ladders) 75% / 83% / 11 / 23, unseen-149
  // (sarcastic forum regulars) 75% / 85% / 6 / 22, unseen-150 (Japanese university students: "Nikkan", "Beikoku") 80% / 92% /
  // 3 / 22: together 77% / 87% / 8.9% / 67 of 75, measured first at c251f04 (the session of 2026-11-30, second part). -148 and
  // -150 are read; -149 is kept unread.
  ['questions-unseen-148.json', { top1: 0.74, top3: 0.82, refusedOn: 0.15, offRefused: 0.92 }],
  ['questions-unseen-149.json', { top1: 0.74, top3: 0.85, refusedOn: 0.08, offRefused: 0.88 }],
  ['questions-unseen-150.json', { top1: 0.8, top3: 0.92, refusedOn: 0.04, offRefused: 0.88 }],
  // unseen-151 (peace-movement and NGO volunteers) 81% / 95% / 2 / 23, unseen-152 (researchers and librarians after the line
  // to quote) 87% / 93% / 1 / 22, unseen-153 (economics students and retail investors) 81% / 92% / 3 / 24: together 83% / 93% /
  // 2.7% / 69 of 75, measured first at c251f04. -151 and -153 are read; -152 is kept unread.
  ['questions-unseen-151.json', { top1: 0.81, top3: 0.94, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-152.json', { top1: 0.86, top3: 0.93, refusedOn: 0.02, offRefused: 0.88 }],
  ['questions-unseen-153.json', { top1: 0.81, top3: 0.92, refusedOn: 0.04, offRefused: 0.96 }],
  // unseen-154 (Korean high-school students: "Miguk", "Bukhan", "ㅋㅋ") 81% / 91% / 2 / 20, unseen-155 (Australian readers:
  // "reckon", "Albo", "Canberra") 80% / 91% / 6 / 21, unseen-156 (Cold War historians: SEATO, hub-and-spoke) 84% / 89% / 6 / 25:
  // together 82% / 90% / 6.2% / 66 of 75, measured first at 70da9ca (the session of 2026-11-30, second part). -154 and -156
  // are read; -155 is kept unread.
  ['questions-unseen-154.json', { top1: 0.81, top3: 0.9, refusedOn: 0.03, offRefused: 0.8 }],
  ['questions-unseen-155.json', { top1: 0.8, top3: 0.9, refusedOn: 0.08, offRefused: 0.84 }],
  ['questions-unseen-156.json', { top1: 0.84, top3: 0.89, refusedOn: 0.08, offRefused: 1 }],
  // unseen-157 (readers who only skimmed the headline: vague, half-remembered) 79% / 89% / 3 / 17, unseen-158 (translators
  // checking the wording) 88% / 93% / 2 / 25, unseen-159 (city officials: sister cities, tourism, exchanges) 91% / 96% / 1 /
  // 21: together 86% / 93% / 2.7% / 63 of 75, measured first at 70da9ca. -157 and -159 are read; -158 is kept unread.
  ['questions-unseen-157.json', { top1: 0.78, top3: 0.89, refusedOn: 0.04, offRefused: 0.68 }],
  ['questions-unseen-158.json', { top1: 0.88, top3: 0.93, refusedOn: 0.03, offRefused: 1 }],
  ['questions-unseen-159.json', { top1: 0.9, top3: 0.96, refusedOn: 0.02, offRefused: 0.84 }],
  // unseen-160 (Filipino readers writing heavy Taglish: "nabanggit ba", "kakampi", "ekonomiya") 56% / 57% / 29 / 23, unseen-161
  // (political-science undergraduates' first essays) 88% / 95% / 3 / 22, unseen-162 (strategy gamers: "buff", "nerf", "meta")
  // 87% / 93% / 4 / 23: together 77% / 82% / 16% / 68 of 75, measured first at c049a58 (the session of 2026-11-30, second
  // part, its last batch). -160 and -162 are read; -161 is kept unread.
  // After Taglish's function words and the domain's Tagalog words (a read set's floors at the figures then): 56 / 60 / 11, and
  // off-topic 21 of 25 (two fewer: "member ba ang Pilipinas ng RCEP?" is no longer refused by its Tagalog words).
  ['questions-unseen-160.json', { top1: 0.74, top3: 0.8, refusedOn: 0.15, offRefused: 0.84 }],
  ['questions-unseen-161.json', { top1: 0.88, top3: 0.94, refusedOn: 0.04, offRefused: 0.88 }],
  ['questions-unseen-162.json', { top1: 0.86, top3: 0.93, refusedOn: 0.06, offRefused: 0.92 }],
  // unseen-163 (European readers: strategic autonomy, Zeitenwende) 80% / 87% / 6 / 24, unseen-164 (busy parents and commuters:
  // very short plain questions) 79% / 87% / 2 / 23, unseen-165 (risk analysts: base case, tail risk) 81% / 89% / 6 / 25:
  // together 80% / 88% / 6.2% / 72 of 75, measured first at c049a58. -163 and -165 are read; -164 is kept unread.
  ['questions-unseen-163.json', { top1: 0.8, top3: 0.86, refusedOn: 0.08, offRefused: 0.96 }],
  ['questions-unseen-164.json', { top1: 0.78, top3: 0.86, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-165.json', { top1: 0.81, top3: 0.89, refusedOn: 0.08, offRefused: 1 }],
  // unseen-166 (journalism students fact-checking the piece's claims) 92% / 95% / 2 / 21, unseen-167 (retired diplomats:
  // démarche, rapprochement, modus vivendi) 76% / 83% / 11 / 25, unseen-168 (Indonesian and Malaysian readers, English with
  // Malay words) 87% / 89% / 5 / 24: together 85% / 89% / 8.0% / 70 of 75, measured first at b9e01dd (the session of
  // 2026-11-30, third part). -166 and -168 are read; -167 is kept unread.
  ['questions-unseen-166.json', { top1: 0.92, top3: 0.94, refusedOn: 0.03, offRefused: 0.84 }],
  ['questions-unseen-167.json', { top1: 0.76, top3: 0.82, refusedOn: 0.15, offRefused: 1 }],
  ['questions-unseen-168.json', { top1: 0.86, top3: 0.89, refusedOn: 0.07, offRefused: 0.96 }],
  // unseen-169 (teachers preparing a class discussion) 87% / 96% / 1 / 24, unseen-170 (podcast hosts, chatty, two things at
  // once) 92% / 100% / 0 / 22, unseen-171 (trade economists: friend-shoring, FDI) 95% / 97% / 0 / 20: together 91% / 98% /
  // 0.4% / 66 of 75, measured first at b9e01dd. -169 and -171 are read; -170 is kept unread.
  ['questions-unseen-169.json', { top1: 0.86, top3: 0.96, refusedOn: 0.02, offRefused: 0.96 }],
  ['questions-unseen-170.json', { top1: 0.92, top3: 1, refusedOn: 0, offRefused: 0.88 }],
  ['questions-unseen-171.json', { top1: 0.94, top3: 0.97, refusedOn: 0, offRefused: 0.8 }],
  // unseen-172 (nurses and hospital staff on a break) 85% / 96% / 1 / 21, unseen-173 (Indian readers writing Hinglish: kya,
  // kyun, matlab, bhai) 15% / 16% / 62 / 24, unseen-174 (international-law students) 84% / 91% / 3 / 20: together 61% / 68% /
  // 29% / 65 of 75, measured first at 5fbb985 (the session of 2026-11-30, third part). -172 and -174 are read; -173 is kept
  // unread. After Hindi's function words, question words and the domain's words (from no question of the set; an unread
  // set's floors at the figures then): 45 / 49 / 25, and off-topic 23 of 25 (two were refused only for their Hindi words).
  ['questions-unseen-172.json', { top1: 0.85, top3: 0.96, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-173.json', { top1: 0.6, top3: 0.65, refusedOn: 0.34, offRefused: 0.92 }],
  ['questions-unseen-174.json', { top1: 0.84, top3: 0.9, refusedOn: 0.04, offRefused: 0.8 }],
  // unseen-175 (elderly readers: polite letters to the editor, with reminiscence) 67% / 79% / 14 / 24, unseen-176 (software
  // engineers' metaphors: API, single point of failure, tech debt) 84% / 93% / 2 / 24, unseen-177 (sports fans: roster, bench,
  // trade deadline) 72% / 84% / 7 / 24: together 74% / 85% / 10% / 72 of 75, measured first at 5fbb985. -175 and -177 are
  // read; -176 is kept unread.
  ['questions-unseen-175.json', { top1: 0.66, top3: 0.78, refusedOn: 0.19, offRefused: 0.96 }],
  ['questions-unseen-176.json', { top1: 0.84, top3: 0.93, refusedOn: 0.03, offRefused: 0.96 }],
  ['questions-unseen-177.json', { top1: 0.72, top3: 0.84, refusedOn: 0.1, offRefused: 0.96 }],
  // unseen-178 (Singaporean readers writing Singlish: lah, leh, can or not) 89% / 97% / 1 / 22, unseen-179 (children of 11 to
  // 13 doing a school project) 73% / 87% / 1 / 21, unseen-180 (Nigerian English with Pidgin: abeg, wetin, dey) 71% / 73% / 17
  // / 22: together 78% / 86% / 8.4% / 65 of 75, measured first at 6c40516 (the session of 2026-11-30, third part). -178 and
  // -180 are read; -179 is kept unread.
  ['questions-unseen-178.json', { top1: 0.89, top3: 0.97, refusedOn: 0.02, offRefused: 0.88 }],
  ['questions-unseen-179.json', { top1: 0.73, top3: 0.86, refusedOn: 0.02, offRefused: 0.84 }],
  // After Pidgin's words (a read set's floors at the figures then): off-topic 21 of 25 (one was refused only for its Pidgin).
  ['questions-unseen-180.json', { top1: 0.7, top3: 0.73, refusedOn: 0.23, offRefused: 0.84 }],
  // unseen-181 (Brazilian readers, English with Portuguese words: por que, tipo, né) 31% / 32% / 50 / 25, unseen-182 (military
  // veterans' slang) 85% / 93% / 0 / 25, unseen-183 (philosophy students: premises, fallacies) 88% / 91% / 3 / 24: together 68%
  // / 72% / 24% / 74 of 75, measured first at 6c40516. -181 and -183 are read; -182 is kept unread.
  // After Portuguese's function and question words and the domain's words (a read set's floors at the figures then): 34 / 42 /
  // 32, off-topic 24 of 25 (one was refused only for its Portuguese).
  ['questions-unseen-181.json', { top1: 0.45, top3: 0.56, refusedOn: 0.43, offRefused: 0.96, wordsMissed: 1 }],
  ['questions-unseen-182.json', { top1: 0.85, top3: 0.93, refusedOn: 0, offRefused: 1 }],
  ['questions-unseen-183.json', { top1: 0.88, top3: 0.9, refusedOn: 0.04, offRefused: 0.96 }],
  // unseen-184 (Latin American readers writing Spanglish) 77% / 81% / 12 / 25, unseen-185 (German readers, English with German
  // words: Bündnis, Sicherheit, also, oder) 49% / 56% / 31 / 24, unseen-186 (moderators testing the bot with gotchas) 89% / 91%
  // / 3 / 23: together 72% / 76% / 20% / 72 of 75, measured first at b4eab16 (the session of 2026-11-30, third part). -184 and
  // -186 are read; -185 is kept unread.
  ['questions-unseen-184.json', { top1: 0.77, top3: 0.81, refusedOn: 0.16, offRefused: 1 }],
  // After German's function words, question words and the domain's words (from no question of the set; an unread set's floors
  // at the figures then): 47 / 53 / 19, off-topic unchanged.
  ['questions-unseen-185.json', { top1: 0.62, top3: 0.7, refusedOn: 0.26, offRefused: 0.96 }],
  ['questions-unseen-186.json', { top1: 0.89, top3: 0.9, refusedOn: 0.04, offRefused: 0.92, wordsMissed: 1 }],
  // unseen-187 (climate and energy activists) 91% / 97% / 1 / 21, unseen-188 (dictated questions with transcription errors) 76%
  // / 85% / 5 / 24, unseen-189 (Japanese readers, English with romanised Japanese: desu, anpo) 81% / 88% / 6 / 22: together 83%
  // / 90% / 5.3% / 67 of 75, measured first at b4eab16. -187 and -189 are read; -188 is kept unread.
  ['questions-unseen-187.json', { top1: 0.9, top3: 0.97, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-188.json', { top1: 0.76, top3: 0.85, refusedOn: 0.07, offRefused: 0.96, wordsMissed: 1 }],
  ['questions-unseen-189.json', { top1: 0.81, top3: 0.88, refusedOn: 0.08, offRefused: 0.88 }],
  // unseen-190 (French readers, English with French words: pourquoi, donc, c'est) 63% / 67% / 25 / 25, unseen-191 (first-time
  // users' long rambling messages) 92% / 96% / 1 / 23, unseen-192 (Korean readers, English with romanised Korean: hanmi,
  // bukhan, yeoron) 89% / 97% / 1 / 25: together 81% / 87% / 12% / 73 of 75, measured first at 4882c87 (the session of
  // 2026-11-30, third part). -190 and -192 are read; -191 is kept unread.
  // After French's function and question words and the domain's words (a read set's floors at the figures then): 60 / 66 / 8.
  ['questions-unseen-190.json', { top1: 0.8, top3: 0.88, refusedOn: 0.11, offRefused: 1 }],
  ['questions-unseen-191.json', { top1: 0.92, top3: 0.96, refusedOn: 0.02, offRefused: 0.92 }],
  ['questions-unseen-192.json', { top1: 0.89, top3: 0.97, refusedOn: 0.02, offRefused: 1 }],
  // unseen-193 (students revising in quiz form: true or false, fill in the blank) 88% / 95% / 1 / 21, unseen-194 (sceptical,
  // conspiracy-minded leading questions) 80% / 89% / 4 / 22, unseen-195 (keyword-only shorthand) 91% / 96% / 2 / 20: together
  // 86% / 93% / 3.1% / 63 of 75, measured first at 4882c87. -193 and -195 are read; -194 is kept unread.
  ['questions-unseen-193.json', { top1: 0.88, top3: 0.94, refusedOn: 0.02, offRefused: 0.84 }],
  ['questions-unseen-194.json', { top1: 0.8, top3: 0.89, refusedOn: 0.06, offRefused: 0.88 }],
  ['questions-unseen-195.json', { top1: 0.9, top3: 0.96, refusedOn: 0.03, offRefused: 0.8 }],
  // unseen-196 (Canadian readers comparing with Canada) 84% / 93% / 5 / 22, unseen-197 (plain-language comprehension
  // checks) 79% / 88% / 1 / 23, unseen-198 (debaters preparing both sides) 96% / 99% / 0 / 22: together 86% / 93% / 2.7% / 67
  // of 75, measured first at 95e063f (the session of 2026-11-30, third part). -196 and -198 are read; -197 is kept unread.
  ['questions-unseen-196.json', { top1: 0.84, top3: 0.93, refusedOn: 0.07, offRefused: 0.88 }],
  ['questions-unseen-197.json', { top1: 0.78, top3: 0.88, refusedOn: 0.02, offRefused: 0.92 }],
  ['questions-unseen-198.json', { top1: 0.96, top3: 0.98, refusedOn: 0, offRefused: 0.88 }],
  // unseen-199 (readers from Arabic-speaking countries: yani, inshallah) 93% / 99% / 0 / 23, unseen-200 (ELI5 askers) 89% / 92%
  // / 1 / 18, unseen-201 (exact quotes and wording) 89% / 95% / 2 / 24: together 91% / 95% / 1.3% / 65 of 75, measured first
  // at 95e063f. -199 and -201 are read; -200 is kept unread.
  ['questions-unseen-199.json', { top1: 0.93, top3: 0.98, refusedOn: 0, offRefused: 0.92 }],
  ['questions-unseen-200.json', { top1: 0.89, top3: 0.92, refusedOn: 0.02, offRefused: 0.72 }],
  ['questions-unseen-201.json', { top1: 0.89, top3: 0.94, refusedOn: 0.03, offRefused: 0.96 }],
  // unseen-202 (Turkish readers, English with Turkish words: neden, yani, değil mi) 61% / 71% / 21 / 24, unseen-203 (busy
  // executives: tl;dr, so what for my business) 87% / 93% / 0 / 23, unseen-204 (IR theory jargon: security dilemma, hedging,
  // entrapment) 89% / 93% / 3 / 22: together 79% / 86% / 11% / 69 of 75, measured first at 9f55288 (the session of 2026-11-30,
  // third part). -202 and -204 are read; -203 is kept unread.
  // After Turkish's function and question words, the domain's words and the countries' names (a read set's floors at the
  // figures then): 63 / 72 / 1.
  ['questions-unseen-202.json', { top1: 0.84, top3: 0.96, refusedOn: 0.02, offRefused: 0.96 }],
  ['questions-unseen-203.json', { top1: 0.86, top3: 0.93, refusedOn: 0, offRefused: 0.92 }],
  ['questions-unseen-204.json', { top1: 0.89, top3: 0.93, refusedOn: 0.04, offRefused: 0.88 }],
  // unseen-205 (angry users: ALL CAPS, no punctuation) 75% / 84% / 10 / 22, unseen-206 (Thai and Vietnamese readers' simple
  // English) 91% / 95% / 0 / 21, unseen-207 (South Korean journalists' formal English) 93% / 99% / 0 / 25: together 86% / 92%
  // / 4.4% / 68 of 75, measured first at 9f55288. -205 and -207 are read; -206 is kept unread.
  ['questions-unseen-205.json', { top1: 0.74, top3: 0.84, refusedOn: 0.14, offRefused: 0.88 }],
  ['questions-unseen-206.json', { top1: 0.9, top3: 0.94, refusedOn: 0, offRefused: 0.84 }],
  ['questions-unseen-207.json', { top1: 0.93, top3: 0.98, refusedOn: 0, offRefused: 1 }],
  // unseen-208 (nervous first-year students, hedging) 83% / 92% / 2 / 22, unseen-209 (Hong Kong readers, English with Cantonese
  // particles) 89% / 97% / 1 / 22, unseen-210 (radio call-in style: a long set-up, then the question) 80% / 89% / 4 / 24:
  // together 84% / 93% / 3.1% / 68 of 75, measured first at 4778d00 (the session of 2026-11-30, third part, its last batch).
  // -208 and -210 are read; -209 is kept unread.
  ['questions-unseen-208.json', { top1: 0.82, top3: 0.92, refusedOn: 0.03, offRefused: 0.88, wordsMissed: 1 }],
  ['questions-unseen-209.json', { top1: 0.89, top3: 0.97, refusedOn: 0.02, offRefused: 0.88 }],
  ['questions-unseen-210.json', { top1: 0.8, top3: 0.89, refusedOn: 0.06, offRefused: 0.96, wordsMissed: 2 }],
  // unseen-211 (sociology students: public opinion, polarisation) 91% / 99% / 0 / 22, unseen-212 (shipping and logistics
  // people: sea lanes, chokepoints) 88% / 93% / 2 / 23, unseen-213 (teenagers' TikTok slang) 88% / 96% / 2 / 20: together 89% /
  // 96% / 1.8% / 65 of 75, measured first at 4778d00. -211 and -213 are read; -212 is kept unread.
  ['questions-unseen-211.json', { top1: 0.9, top3: 0.98, refusedOn: 0, offRefused: 0.88 }],
  ['questions-unseen-212.json', { top1: 0.88, top3: 0.93, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-213.json', { top1: 0.88, top3: 0.96, refusedOn: 0.03, offRefused: 0.8 }],
  // unseen-214 (Chinese-diaspora readers, English with pinyin: meiguo, riben, weishenme) 92% / 96% / 2 / 21, unseen-215
  // (fact-checkers' "is it true that …") 93% / 97% / 1 / 23, unseen-216 (school-newspaper writers after quotes and angles)
  // 88% / 91% / 5 / 23: together 91% / 95% / 3.6% / 67 of 75, measured first at 59136a9 (the session of 2026-11-30, third part,
  // at its end). -214 and -216 are read; -215 is kept unread.
  ['questions-unseen-214.json', { top1: 0.92, top3: 0.96, refusedOn: 0.03, offRefused: 0.84 }],
  ['questions-unseen-215.json', { top1: 0.93, top3: 0.97, refusedOn: 0.02, offRefused: 0.92 }],
  ['questions-unseen-216.json', { top1: 0.88, top3: 0.9, refusedOn: 0.07, offRefused: 0.92 }],
  // unseen-217 (Filipino readers' standard English: EDCA, Marcos) 88% / 99% / 0 / 24, unseen-218 (a sentence of the article
  // pasted: what does it mean, why is it there) 88% / 97% / 0 / 25, unseen-219 (emerging-market economists) 89% / 96% / 0 / 22:
  // together 88% / 97% / 0% / 71 of 75, measured first at 59136a9. -217 and -219 are read; -218 is kept unread.
  ['questions-unseen-217.json', { top1: 0.88, top3: 0.98, refusedOn: 0, offRefused: 0.96 }],
  ['questions-unseen-218.json', { top1: 0.88, top3: 0.97, refusedOn: 0, offRefused: 1 }],
  ['questions-unseen-219.json', { top1: 0.89, top3: 0.96, refusedOn: 0, offRefused: 0.88 }],
  // unseen-220 (think-tank interns drafting a memo) 95% / 97% / 0 / 24, unseen-221 (gamers and anime fans who wandered in) 85% /
  // 92% / 0 / 20, unseen-222 (Polish and Ukrainian readers' English) 85% / 95% / 2 / 22: together 88% / 95% / 0.9% / 66 of 75,
  // measured first at 80a0eb3 (the session of 2026-11-30, third part, its very last batch). -220 and -222 are read; -221 is
  // kept unread.
  ['questions-unseen-220.json', { top1: 0.94, top3: 0.97, refusedOn: 0, offRefused: 0.96 }],
  ['questions-unseen-221.json', { top1: 0.85, top3: 0.92, refusedOn: 0, offRefused: 0.8 }],
  ['questions-unseen-222.json', { top1: 0.85, top3: 0.94, refusedOn: 0.03, offRefused: 0.88 }],
  // unseen-223 (voice-assistant phrasing: "tell me about", "give me the gist") 91% / 95% / 3 / 24, unseen-224 (Western
  // sceptics of state media) 83% / 89% / 2 / 23, unseen-225 (Japanese students' careful, literal English) 91% / 96% / 2 / 24:
  // together 88% / 93% / 3.1% / 71 of 75, measured first at 80a0eb3. -223 and -225 are read; -224 is kept unread.
  ['questions-unseen-223.json', { top1: 0.9, top3: 0.94, refusedOn: 0.04, offRefused: 0.96 }],
  ['questions-unseen-224.json', { top1: 0.82, top3: 0.89, refusedOn: 0.03, offRefused: 0.92 }],
  ['questions-unseen-225.json', { top1: 0.9, top3: 0.96, refusedOn: 0.03, offRefused: 0.96 }],
  // unseen-226 (a high-school debate club preparing a motion) 87% / 95% / 1 / 22, unseen-227 (Korean-American gamers, now and
  // then a romanised Korean word) 85% / 95% / 2 / 22, unseen-228 (defence-industry analysts' jargon) 87% / 91% / 2 / 23: together
  // 86% / 93% / 2.2% / 67 of 75, measured first at df409b5 (the session of 2026-11-30, fourth part). -226 and -228 are read;
  // -227 is kept unread.
  ['questions-unseen-226.json', { top1: 0.86, top3: 0.94, refusedOn: 0.02, offRefused: 0.88 }],
  ['questions-unseen-227.json', { top1: 0.85, top3: 0.94, refusedOn: 0.03, offRefused: 0.88 }],
  ['questions-unseen-228.json', { top1: 0.86, top3: 0.9, refusedOn: 0.03, offRefused: 0.92 }],
  // unseen-229 (a retirement-village book club: long, polite, rambling) 85% / 91% / 4 / 22, unseen-230 (Australian students'
  // slang) 81% / 89% / 3 / 24, unseen-231 (electronics supply-chain managers) 81% / 89% / 6 / 24: together 83% / 90% / 5.8% /
  // 70 of 75, measured first at df409b5. -229 and -231 are read; -230 is kept unread.
  ['questions-unseen-229.json', { top1: 0.85, top3: 0.9, refusedOn: 0.06, offRefused: 0.88 }],
  ['questions-unseen-230.json', { top1: 0.81, top3: 0.89, refusedOn: 0.04, offRefused: 0.96 }],
  ['questions-unseen-231.json', { top1: 0.81, top3: 0.89, refusedOn: 0.08, offRefused: 0.96 }],
  // unseen-232 (a Japanese sister-city office's polite workplace English) 83% / 99% / 0 / 24, unseen-233 (crypto traders reading
  // geopolitics for market moves) 84% / 95% / 2 / 22, unseen-234 (nursing students in Manila, some Taglish) 87% / 95% / 1 / 23:
  // together 84% / 96% / 1.3% / 69 of 75, measured first at 3feecd4 (the session of 2026-11-30, fourth part). -232 and -234 are
  // read; -233 is kept unread.
  ['questions-unseen-232.json', { top1: 0.82, top3: 0.98, refusedOn: 0, offRefused: 0.96 }],
  ['questions-unseen-233.json', { top1: 0.84, top3: 0.94, refusedOn: 0.03, offRefused: 0.88, wordsMissed: 1 }],
  ['questions-unseen-234.json', { top1: 0.86, top3: 0.94, refusedOn: 0.02, offRefused: 0.92 }],
  // unseen-235 (retired US Navy sailors' salty, nautical slang) 72% / 81% / 9 / 23, unseen-236 (a comparative-politics seminar's
  // academic vocabulary) 89% / 96% / 1 / 22, unseen-237 (parents helping with homework, vague and misremembered) 88% / 95% / 1 /
  // 23: together 83% / 91% / 4.9% / 68 of 75, measured first at 3feecd4. -235 and -237 are read; -236 is kept unread.
  ['questions-unseen-235.json', { top1: 0.72, top3: 0.81, refusedOn: 0.12, offRefused: 0.92 }],
  ['questions-unseen-236.json', { top1: 0.89, top3: 0.96, refusedOn: 0.02, offRefused: 0.88 }],
  ['questions-unseen-237.json', { top1: 0.88, top3: 0.94, refusedOn: 0.02, offRefused: 0.92 }],
  // unseen-238 (an r/geopolitics crowd: "tl;dr", "ELI5", "source?") 84% / 95% / 2 / 25, unseen-239 (a university reference
  // desk) 85% / 89% / 7 / 24, unseen-240 (Canadian social-studies teachers) 95% / 97% / 1 / 22: together 88% / 94% / 4.4% / 71 of
  // 75, measured first at 473a75f (the session of 2026-11-30, fourth part, its last batch). -238 and -240 are read; -239 is kept
  // unread.
  ['questions-unseen-238.json', { top1: 0.84, top3: 0.94, refusedOn: 0.03, offRefused: 1, wordsMissed: 1 }],
  ['questions-unseen-239.json', { top1: 0.85, top3: 0.89, refusedOn: 0.1, offRefused: 0.96, wordsMissed: 2 }],
  ['questions-unseen-240.json', { top1: 0.94, top3: 0.97, refusedOn: 0.02, offRefused: 0.88 }],
  // unseen-241 (a wargaming club's game jargon) 95% / 97% / 1 / 25, unseen-242 (South African and Kenyan business journalists)
  // 87% / 97% / 2 / 25, unseen-243 (hurried one-handed phone typing) 87% / 92% / 3 / 23: together 89% / 95% / 2.7% / 73 of 75,
  // measured first at 473a75f. -241 and -243 are read; -242 is kept unread.
  ['questions-unseen-241.json', { top1: 0.94, top3: 0.97, refusedOn: 0.02, offRefused: 1 }],
  ['questions-unseen-242.json', { top1: 0.86, top3: 0.97, refusedOn: 0.03, offRefused: 1 }],
  ['questions-unseen-243.json', { top1: 0.86, top3: 0.92, refusedOn: 0.04, offRefused: 0.92 }],
])('answer quality on %s', (file, floor) => {
  it('GIVEN the question set THEN every paragraph is the answer to some question', async () => {
    const engine = await realEngine();
    const expected = new Set((await load(file)).flatMap((q) => (q.expect ? [q.expect] : [])));
    for (const p of engine.passages) expect(expected.has(p.ref), p.ref).toBe(true);
  });

  it('GIVEN the question set THEN top-1, top-3 and refusals hold their floor', async () => {
    const engine = await realEngine();
    const report = evaluate(await load(file), (q) => engine.answer(q));
    const { onTopic, offTopic } = report;
    expect(onTopic.top1 / onTopic.total).toBeGreaterThanOrEqual(floor.top1);
    expect(onTopic.top3 / onTopic.total).toBeGreaterThanOrEqual(floor.top3);
    expect(onTopic.refused / onTopic.total).toBeLessThanOrEqual(floor.refusedOn);
    expect(offTopic.refused / offTopic.total).toBeGreaterThanOrEqual(floor.offRefused);
    // Questions in the article's own words are always answered right (but for the misses a set names).
    const words = report.kinds.find((k) => k.kind === 'words');
    expect(words?.top1).toBe((words?.total ?? 0) - (floor.wordsMissed ?? 0));
  });
});
