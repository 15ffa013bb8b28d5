import { describe, expect, it } from 'vitest';
import { alternativesAt, answerWanted, askedOfEndPart, asksAboutPiece, coverageAsked, instancesAsked, membersAsked, pieceDetailAsked, asksWithinPiece, deedAsked, firstClauseEnd, focusAsked, isYear, laterMeetingAsked, laterMonthAsked, laterYearAsked, opinionAsked, otherWritingsAsked, outOfScope, partNamed, positionAsked, reactionAsked, returnAsked, tellsAReaction, tellsAReturn, tellsAStance, textSaysAsked, unattributed, unshouted, withoutPreamble, yearsIn, othersAsked } from '../../src/search/question-form.js';

describe('what a question asks for, from its form', () => {
  it.each([
    ['where is the turning point in the argument?', true],
    ['Where does the article pivot from warning to reassurance?', true],
    ['Where was the first summit held?', false],
    ['where are the Quad and AUKUS listed', true],
    ['Where is the 2008 cooperation explained?', true],
    ['where was the deal signed', false],
  ])('GIVEN "%s" THEN it asks for a place in the piece: %s', (question, within) => {
    expect(asksWithinPiece(question)).toBe(within);
  });
  it.each([
    ['Who calls the shots here, in their view?', 24],
    ['who leads — the US?', 10],
    ['who leads it', 12],
    ["who's the real target according to Beijing's scholars", 21],
  ])('GIVEN "%s" THEN its first clause ends at %i', (question, end) => {
    expect(firstClauseEnd(question)).toBe(end);
  });

  it.each([
    ['does the piece say anything about the THAAD deployment?', 'the THAAD deployment?'],
    ['did the authors discuss Japan’s defence budget', 'Japan’s defence budget'],
    ['does it mention the Philippines at all?', 'the Philippines at all?'],
    ['do they also talk about roads and ports', 'roads and ports'],
    ['does the article bring up RCEP?', 'RCEP?'],
    // Not whether the piece covers something: what it says, or a question about the world.
    ['what does the piece say about the THAAD deployment?', undefined],
    ['does Seoul discuss it with Tokyo?', undefined],
    ['did Japan apply for membership?', undefined],
  ])('GIVEN "%s" THEN whether the content covers "%s" is asked', (question, asked) => {
    const at = coverageAsked(question);
    expect(at === undefined ? undefined : question.slice(at)).toBe(asked);
  });

  it.each([
    ['How many troops does the US have in Japan?', 'In 2008 it began.', false],
    ['How many troops does the US have in Japan?', 'About 54,000 troops.', true],
    ['What percentage of South Koreans oppose it?', 'A majority of people are not in favor.', false],
    ['When did the dialogue take place?', 'They met in Washington on Jan 5.', true],
    ['When did the dialogue take place?', 'They met in Washington.', false],
    // A date already past does not answer "when will … next".
    ['When will the next summit be held?', 'They met in Washington on Jan 5.', false],
    ['When will the next summit be held?', 'The next summit will be held in March.', true],
    // "Future-oriented" describes; it asks for no date ahead.
    ['When was it first initiated, and did it aim at a future-oriented partnership?', 'It was first initiated in 2008.', true],
    // A volume, a figure, a total is a number.
    ["what's the annual trade volume between china and japan?", 'They have frequent business exchanges.', false],
    ['whats the annual trade volume between china and south korea?', 'They have frequent business exchanges.', false],
    // Up to five words may name what the volume is of; a share of what is traded is a number too.
    ['what was china-south korea bilateral trade volume in 2023?', 'They have frequent business exchanges.', false],
    ["what's China's share of Japan's total exports?", 'Exports reached 12 percent of the total.', true],
    ["what's China's share of Japan's total exports?", 'China is a major market for Japan.', false],
    ["what is Japan's share of the burden?", 'Japan is asked to pay more.', undefined],
    // An approval rating is a number, and the day of a date ("Jan 5") is none.
    ["what was kishida's approval rating at the time of the summit?", 'They met in Washington on Jan 5.', false],
    ["what was kishida's approval rating at the time of the summit?", 'It stood at 30 percent in May.', true],
    ['what is the total defence budget of the three?', 'It is 1.2 trillion dollars.', true],
    // How long a thing is asks a length (but "how long has the US been chasing it" asks since when, told in words too).
    ['how long is a reply speech in that format?', 'A speech takes 8 minutes.', true],
    ['how long is a reply speech in that format?', 'Replies are given by the team.', false],
    ['how long has the US been chasing this alliance?', 'For a long time, the US has been striving.', undefined],
    // The value of trade is an amount; the value of a partnership is its worth to someone, told in words.
    ['what was the value of china-south korea trade last year', 'They have frequent business exchanges.', false],
    // A sum in a currency, or the size of what is traded, is a number.
    ['how big is china-south korea trade in dollars per the piece', 'They have frequent business exchanges.', false],
    ['how large are japan\'s exports to china?', 'Exports reached 120 billion.', true],
    ['what is the value of the partnership for Japan?', 'It helps Japan.', undefined],
    // "How much room (credence, influence)": a degree, told in words; no number is wanted.
    ['How much room for maneuver does China have?', 'China has ample influence and a broad room for maneuver.', undefined],
    ['How much credence does the piece give to the claim?', 'The claim faces numerous challenges.', undefined],
    ['what does the piece suggest about how much muscle washington has to do all this alone?', 'Washington is facing limitations.', undefined],
    // "How much stronger (bigger, worse)": a comparison, told in words.
    ['Are Tokyo and Seoul worried about how much stronger Beijing has become?', 'They are concerned about the rise of China.', undefined],
    ['How much money did the US spend?', 'It spent a lot.', false],
    // How much people back (trust, support) something is a degree too; how much they want paid is a number.
    ["How much do ordinary South Koreans back their leader's outreach?", 'There has been a lack of strong domestic support.', undefined],
    ['how much did trump want japan to pay for US troops', 'He wanted more.', false],
    // … also without "do" ("given how much Seoul depends on China").
    ['given how much Seoul depends on China, what should it do?', 'It is the rational choice.', undefined],
    // A clause setting the time ("When the administration initiated efforts, what did it prioritise?") asks for no date.
    ['When the Biden administration initiated efforts to repair the alliances, what did it prioritize?', 'It prioritized the trilateral mechanism.', undefined],
    ['When was AUKUS upgraded, what year?', 'AUKUS was upgraded.', false],
    // Someone's time in office sets the time of what follows, with or without a comma; asked itself, it asks when.
    ['when Trump was president the relation with korea and japan become bad?', 'Relations were strained under Trump.', undefined],
    ['When Moon was in office, did Seoul and Tokyo get along?', 'Relations were strained.', undefined],
    ['When was Trump president?', 'Relations were strained under Trump.', false],
    // A speed of growth is a number.
    ["how fast did china's economy grow last year?", 'China has ample influence.', false],
    // "What date", "in which year" ask when, as "when" does.
    ['In which year was the framework launched?', 'Following the launch of the framework, both applied.', false],
    ['In which year was the framework launched?', 'In February 2022, the strategy was put forward.', true],
    ['what date did the three first meet', 'They met in Washington on Jan 5.', true],
    // "The exact date of …", without a verb, asks when too.
    ['exact date of the camp david summit?', 'This dialogue is an outcome of the summit at Camp David.', false],
    // An age is a number.
    ['how old is yoon suk-yeol?', "There has been a lack of strong domestic support for Yoon Suk-yeol's Japan policy.", false],
    ['How old is the China-Japan-ROK cooperation?', 'It was first initiated in 2008, 16 years ago.', true],
    // A second clause asking when asks for a date too.
    ['What arrangement did they agree to activate, and when did it go live?', 'They coordinate their forces.', false],
    ['Which pillars were concluded; when was the agreement signed?', 'It was signed in November 2023.', true],
    ['Why did it stall, and what happened when Trump came in?', 'It stalled.', undefined],
    // Poll numbers, figures, statistics asked for are numbers; whether a claim is backed by data is not.
    ['What poll numbers do the authors cite for South Korean support of the policy?', 'There has been a lack of strong domestic support.', false],
    ['Does the article give any figures on trade with Japan?', 'Trade reached 300 billion dollars.', true],
    ['what did japanese people think of the summit in polls', 'The Japanese political elite harbors mistrust.', false],
    ['Is the claim that America is weakening backed by any data, or just asserted?', 'The relative strength of the US is declining.', undefined],
    // How much blame (credit, scepticism) is a degree, which words give; so is how much something matters (counts, weighs).
    ['how much blame do the authors put on trump', 'The “America first” policy led to fractures.', undefined],
    ['how much does Korean domestic politics matter for all this', 'There has been a lack of strong domestic support.', undefined],
    ['how much does the wartime history baggage factor into their view', 'It involves deep reflection on historical issues.', undefined],
    ['does the trilateral shrink how much wiggle room tokyo and seoul have with beijing', 'This will compress the diplomatic space of both countries.', undefined],
  ])('GIVEN "%s" and the sentence "%s" THEN it is given: %s', (question, sentence, given) => {
    expect(answerWanted(question)?.givenBy(sentence)).toBe(given);
  });

  it('GIVEN words and texts THEN years (1900–2099) are told from other numbers', () => {
    expect(['1965', '2024', '1899', '2100', '12345', '65'].map(isYear)).toEqual([true, true, false, false, false, false]);
    expect(yearsIn('From 2008 to 2019, then 12 summits by 2024-01.')).toEqual([2008, 2019, 2024]);
    expect(yearsIn('no year here')).toEqual([]);
  });

  it.each([
    ['Which four countries make up the Quad?', { group: 'Quad', others: false }],
    ["who's actually in the Quad?", { group: 'Quad', others: false }],
    ['Which countries besides Japan and South Korea are in the IPEF?', { group: 'IPEF', others: true }],
    ['is india in the IPEF according to the article?', { group: 'IPEF', member: 'india', others: false }],
    ['Is Taiwan a member of the Quad?', { group: 'Quad', member: 'Taiwan', others: false }],
    // No group's members asked for.
    ['Why did Japan and the ROK apply for membership?', undefined],
    ['What role does the part about the goals play in the argument?', undefined],
  ])('GIVEN "%s" THEN the members asked for are %j', (question, asked) => {
    expect(membersAsked(question)).toEqual(asked);
  });

  it.each([
    ['Which specific semiconductor export controls has Tokyo imposed on China?', 'controls'],
    ['what specific chip export controls did the US put on china', 'controls'],
    ['Which specific historical disputes between Japan and South Korea do the authors describe?', 'disputes'],
    ['Which particular islands or reefs in the South China Sea were named?', 'reefs'],
    ['which specific platforms does the US want to coordinate with?', 'platforms'],
    // Not instances of a kind: a number of them, or no "specific".
    ['Which two specific areas does the article name as included?', undefined],
    ['Which platforms does the US want to coordinate with?', undefined],
    ['What concrete step followed the summit?', undefined],
    // As a command: exactly, or all of a number; not the ones the piece names.
    ['list the exact islands china claims in the south china sea', 'islands'],
    ['list all 15 RCEP members', 'members'],
    ['name all the groupings the piece mentions', undefined],
    ['list the other small US-led clubs in the region they name', undefined],
  ])('GIVEN "%s" THEN the kind whose instances are asked for is %j', (question, kind) => {
    expect(instancesAsked(question)).toBe(kind);
  });

  it.each([
    ['Who wrote this article?', 'authors'],
    ['who wrote it', 'authors'],
    ['Who are the authors?', 'authors'],
    ['when was this published?', 'date'],
    ['What newspaper published this piece?', 'outlet'],
    ['where was it published?', 'outlet'],
    ["what's the headline?", 'title'],
    ['who drew the illustration', 'illustration'],
    // Another work, the authors' views, the headline's words: not the piece's details.
    ['Who wrote Pride and Prejudice?', undefined],
    ['who are the authors worried about?', undefined],
    ['Why would the headline call these connections tenuous?', undefined],
  ])('GIVEN "%s" THEN the piece detail asked for is %s', (question, detail) => {
    expect(pieceDetailAsked(question)).toBe(detail);
  });

  it('GIVEN a question that asks for no number or date THEN nothing is wanted of the sentence', () => {
    expect(answerWanted('Why are the authors sceptical?')).toBeUndefined();
    // "When they call it X, is that …?" sets a scene; it asks for no date.
    expect(answerWanted('when they call the strategy unrealistic is that just assertion?')).toBeUndefined();
    expect(answerWanted('when did they hold the dialogue?')).toBeDefined();
    // A date asked for after the verb ("was in which month").
    expect(answerWanted('camp david summit was in which month of 2023?')).toBeDefined();
    // A date asked in a few words ("summit date?"), but not a question that only ends on the word.
    expect(answerWanted('camp david summit date?')?.givenBy('They met at Camp David.')).toBe(false);
    expect(answerWanted('what did they say about the year?')).toBeUndefined();
    // A date asked for after a dash or a colon.
    expect(answerWanted('AUKUS subs - when does australia actually get them')).toBeDefined();
    expect(answerWanted('the beijing-tokyo-seoul trio: when did it start?')).toBeDefined();
  });

  it.each([
    ['What is the capital of Australia?', { form: 'of', word: 'capital' }],
    ['Which officials attended the dialogue?', { form: 'which', word: 'officials' }],
    ['Which US official hosted the dialogue?', { form: 'which', word: 'official' }],
    ['In which city was the first summit held?', { form: 'which', word: 'city' }],
    ["What did the statement say about North Korea's missiles?", { form: 'about', word: 'missiles' }],
    ['Did the joint statement of Jan 5 also say something about Taiwan election?', { form: 'about', word: 'election' }],
    ['who is to blame for the stalling?', undefined],
    // The piece's own view in the reader's word: the piece need not use it.
    ["What's the authors' forecast for the region?", undefined],
    ['What future do the writers see for the two Koreas?', undefined],
    ['Which countries do the authors expect to join?', undefined],
    ['What future does the alliance have?', { form: 'which', word: 'future' }],
    ['Why did the talks stall?', undefined],
    // A word standing in for whatever the answer is: no passage need name it.
    ["who are the bad guys in this setup from washington's view", undefined],
    ["what's the sensible move for japan and korea in their view", undefined],
    ['Which things did the statement mention?', undefined],
    // The take (view, read) asked for is whatever view the passage gives.
    ["what's the take on washington's real motives", undefined],
    // What followed (the effect, impact, outcome) is told in the passage's own words, not named.
    ['What effect did the "America first" policy have on alliance relations?', undefined],
    ['What was the outcome of the summit for Japan?', undefined],
    ['Which result did the talks have?', undefined],
    ["what's the fallout for china's own backyard in their view", undefined],
    ['What are the implications of the pact for Seoul?', undefined],
    // The evidence for a claim is the passage's support for it, in its own words.
    ["what's the evidence for america being in decline?", undefined],
    // A plan is told as a strategy or a goal.
    ["what is biden's plan for asia", undefined],
    // A quiz's "which of the following": whatever is listed after it.
    ['which of the following is NOT mentioned as a small multilateral mechanism: Quad, AUKUS, ASEAN', undefined],
    // A date is asked for, which answerWanted checks: no thing named "date" or "year".
    ['what date did the three first meet', undefined],
    ['In which year was the framework launched?', undefined],
    // The state (status) of something is how it stands, in the passage's words; "which state" asks for one.
    ["What's the current state of three-way cooperation among Beijing, Tokyo and Seoul?", undefined],
    ['Which US state is Camp David in?', { form: 'which', word: 'state' }],
    // An adverb before the verb ("actually", "really") keeps the noun after "which" the thing asked for.
    ['which leaders actually showed up at the summit?', { form: 'which', word: 'leaders' }],
    // …and before a verb's irregular past ("went", "met", "led").
    ['which South Korean official went to the DC dialogue?', { form: 'which', word: 'official' }],
    // The backstory (background) is what the passage tells; a play is a move, whatever the passage calls it.
    ["What's the backstory on why this bloc kept stalling out?", undefined],
    ["What's the sensible play for Tokyo and Seoul in handling Beijing?", undefined],
    // A verb in the passive ("what is described … as") asks for no thing named by it.
    ['What is described in the op-ed as "the rational choice for both countries"?', undefined],
    ['What is the cost of the alliance for Seoul?', { form: 'of', word: 'cost' }],
    // Asked of the piece's own subject ("this group", "these talks"), not of something named.
    ['who is the boss in this group?', { form: 'of', word: 'boss', ours: true }],
    ['Who is the leader of these three?', { form: 'of', word: 'leader', ours: true }],
    ['Who is the president of China?', { form: 'of', word: 'president' }],
  ])('GIVEN "%s" THEN the thing asked for is %j', (question, focus) => {
    expect(focusAsked(question)).toEqual(focus);
  });

  it.each([
    ['Who coined the "China threat" theory?', { verb: 'coined', who: true }],
    ['How did Russia react to the mechanism?', { verb: 'react', who: false }],
    ['Has Moscow officially responded to it?', { verb: 'responded', who: false }],
    // After "how (which X) has", the participle, also before "so far".
    ['How has Moscow officially responded to the US-Japan-ROK mechanism?', { verb: 'responded', who: false }],
    ['Which concrete infrastructure projects has the trilateral mechanism funded so far?', { verb: 'funded', who: false }],
    // An adverb before the verb is passed over, as after "has": the verb follows it.
    ["How did China's foreign ministry officially respond to the statement?", { verb: 'respond', who: false }],
    ['What did Tokyo quietly agree to?', { verb: 'agree', who: false }],
    ['Which political party does Yoon Suk-yeol belong to?', { verb: 'belong', who: false }],
    // Stances, catenatives and the piece itself are not deeds to find.
    ['Has Washington wanted a three-way alliance for a long time?', undefined],
    ['Had Tokyo hoped for it?', undefined],
    ['Has Seoul tried to join?', undefined],
    ['How do South Koreans feel about it?', undefined],
    ['How did Biden try to fix the alliances?', undefined],
    ['What do the authors conclude?', undefined],
    ['Has the original reason for it been overtaken?', undefined],
    // How things relate is not a deed either.
    ['How does the trio fit with the Quad and AUKUS?', undefined],
    ['What do Tokyo and Seoul stand to lose by it?', undefined],
    // How things looked (fared) before: how they stood, no deed.
    ['how did things look for this idea before Biden?', undefined],
    // Whether one thing caused another is told in the passage's own way ("after the war, more drills"), not by the verb.
    ['Did the Ukraine war lead to more drills?', undefined],
    ['What did the summit trigger?', undefined],
    ['Did the Russia-Ukraine war change the military ties between Europe and Asia?', undefined],
    // Putting something at the top of a list is prioritising it.
    ['did the Biden WH put the three-way setup with Japan and SK at the top of its list?', undefined],
    // An adverb after the verb is not the verb ("steadily"), but a verb spelt in -ly is ("rely").
    ["Did America's strength decline steadily?", { verb: 'decline', who: false }],
    ['Did Tokyo rely on Washington?', { verb: 'rely', who: false }],
    // Wanting (asking, pushing) someone to do something: the deed is the verb after "to", not the one wanted ("asia").
    ['what does the US want asia to prioritise instead of growth', undefined],
    ['what did washington push seoul to do about it', undefined],
    // Asking (deciding, promising) to do something: the deed is the verb after "to".
    ["did Tokyo and Seoul ask to join Biden's economic framework?", undefined],
    // Whether something was done to someone, asked at the clause's end: the deed is the participle.
    ['was yoon impeached?', { verb: 'impeached', who: false }],
    ['so did yoon end up getting impeached or what? 👀', { verb: 'impeached', who: false }],
    ['was the framework launched in 2022?', undefined],
    // A subject that is a long name, its words capitalised, is read whole; a long lower-case one is not.
    ['Did the Chinese Ministry of Foreign Affairs lodge a formal protest?', { verb: 'lodge', who: false }],
    ['Did the Association of Southeast Asian Nations respond to it?', { verb: 'respond', who: false }],
    ['Have Russia and the DPRK concluded a mutual defence treaty?', { verb: 'concluded', who: false }],
    // … and what (how) such a name, or its summit (government, leaders), did.
    ['What did the Camp David summit agree about a crisis hotline?', { verb: 'agree', who: false }],
    ['How did the Kishida government respond to it?', { verb: 'respond', who: false }],
    ["did biden's team put patching up friendships near the top of its list?", undefined],
    // The piece as the subject, its verb read as part of it: what it lists is no deed done in the world.
    ['which other minilaterals does the article list next to the US-JP-ROK one', undefined],
    // How things fit together (slot in, mesh) is no deed.
    ['how does the trilat slot in with the quad and aukus', undefined],
    ['How does the trilat nest with the Quad and AUKUS?', undefined],
    ['how does SK domestic politics factor in', undefined],
    ['how does this tie in with the Quad', undefined],
    // What something means (a stance, with the third person's -s) is no deed.
    ["what do they think this means for China's immediate surroundings", undefined],
    // What was done, asked for with "what X did Y …": the past deed; not what someone does (holds, offers) now.
    ['what missiles did North Korea test in 2023?', { verb: 'test', who: false }],
    ['What tariff cuts did IPEF members agree to?', { verb: 'agree', who: false }],
    ['What cards does Beijing hold in all this?', undefined],
    ['did yoon get impeached or smth?', { verb: 'impeached', who: false }],
    ['did yoon get impeached', { verb: 'impeached', who: false }],
    ['did yoon get impeached later or what happened to that guy', { verb: 'impeached', who: false }],
    // …within a question, for what is done to someone in office; not any passive ("getting squeezed").
    ['did the trilateral survive yoon getting impeached', { verb: 'impeached', who: false }],
    ['are japan and korea getting squeezed?', undefined],
    // A noun by its ending is no deed; "-ment" verbs are ("comment").
    ['How do they frame the significance of the January meeting?', undefined],
    ["Did Taiwan's government comment on the dialogue?", { verb: 'comment', who: false }],
    // After "do" (does, did) and a subject the verb is bare: a word in -s is a plural, the subject's; "focus" is a verb.
    ['How do South Korean public attitudes toward ratcheting up tensions figure in their case?', undefined],
    ['What did the three focus on at the talks?', { verb: 'focus', who: false }],
    // A country's ministry (government, officials, spokesperson), its other words in lower case, is a name's.
    ['how did the Russian foreign ministry react to the US-Japan-ROK mechanism?', { verb: 'react', who: false }],
    ["Did Beijing's foreign ministry spokesperson respond to the Jan 5 joint statement?", { verb: 'respond', who: false }],
    // Who did it, with an adverb before the deed, or after naming whose account is asked for.
    ['who actually represented japan at the jan 5 dialogue?', { verb: 'represented', who: true }],
    ['According to the article, who led the US delegation in January?', { verb: 'led', who: true }],
    ['Per the authors, who initiated the China-Japan-ROK cooperation?', { verb: 'initiated', who: true }],
    // …or as what the piece is asked to tell.
    ['does the article name who led the Japanese delegation at the Jan 5 talks?', { verb: 'led', who: true }],
    ['does china daily say who started the ukraine war or just dodge it', { verb: 'started', who: true }],
  ])('GIVEN "%s" THEN the deed asked about is %j', (question, deed) => {
    expect(deedAsked(question)).toEqual(deed);
  });

  it.each([
    ['What came out of the second trilateral dialogue?', 'second'],
    ['Has the dialogue met a second time since that January meeting?', 'second'],
    ['did they meet again after camp david?', undefined],
  ])('GIVEN "%s" THEN the later meeting asked about is placed by %s', (question, later) => {
    expect(laterMeetingAsked(question)).toBe(later);
  });

  it.each([
    // Someone's reaction to an event, asked in any form: embedded, without "did", with "say back", as a noun.
    ['anything in the piece on how Pyongyang reacted to the Washington dialogue', 'reacted'],
    ['what north korea responded to the january dialogue?', 'responded'],
    ['the chinese foreign ministry answered something to the joint statement?', 'answered'],
    ["what did china's foreign ministry say back to the jan 5 statement", 'say back'],
    ["does the article say what Moscow's reaction to the trilateral was?", 'reaction'],
    // Not a reaction to an event (damage, a claim), none to anything named, nor the piece's or its authors'.
    ['How did the new White House respond to the damage its predecessor left behind?', undefined],
    ['what options does Beijing have to respond?', undefined],
    ["How do the authors respond to Washington's assertion that the grouping cannot be undone?", undefined],
    ['what event is this op-ed actually reacting to', undefined],
    ['is the piece a reaction to the summit?', undefined],
  ])('GIVEN "%s" THEN the reaction asked about is %s', (question, reaction) => {
    expect(reactionAsked(question)).toBe(reaction);
  });

  it.each([
    ['do the authors say what a second Trump term would mean for the trilat', true],
    ['any prediction in here about what happens to the trilateral if trump wins again?', true],
    ['What would happen to it if Trump returned to the White House?', true],
    ['did trump come back, and what happened to this group after that?', true],
    ['trump 2.0 impact on the trilat', true],
    // Things coming back, or getting back dominance, are no one's return to office.
    ['is the china + japan + korea group coming back now?', false],
    ['Can the US get back its global dominance, per the authors?', false],
    ['does the piece imply domestic politics can wreck it? like if trump comes back is the trade dead', false],
    // Someone coming back in the question's first sentence.
    ['if trump comes back, what happens to this trio?', true],
    ['If Trump gets back in this year, would the arrangement survive?', true],
    ['if they get back in touch, would the arrangement survive?', false],
  ])('GIVEN "%s" THEN it asks about a return to office: %s', (question, asked) => {
    expect(returnAsked(question)).toBe(asked);
  });

  it('GIVEN texts THEN those telling of a return to office are told', () => {
    expect(tellsAReturn('Trump returned to the White House in January 2025.')).toBe(true);
    expect(tellsAReturn('Currently, all the three countries are making efforts to restore their trilateral cooperation mechanism.')).toBe(false);
  });

  it('GIVEN "what did <a text> say about …" THEN the text and where what it is asked about begins', () => {
    expect(textSaysAsked('what exactly did the Jan 5 joint statement say about Taiwan?')).toEqual({ text: 'the Jan 5 joint statement', about: 53 });
    expect(textSaysAsked('What does the US-Philippines mutual defence treaty say about attacks?')?.text).toBe('the US-Philippines mutual defence treaty');
    // Someone's view is not a text's.
    expect(textSaysAsked('What did Moscow say about it?')).toBeUndefined();
    // The learner's or the echo's order, and whether it says anything.
    expect(textSaysAsked('the Jan 5 joint statement say what about Taiwan exactly?')?.text).toBe('the Jan 5 joint statement');
    expect(textSaysAsked('did the joint statement say anything about north korea?')?.text).toBe('the joint statement');
    expect(textSaysAsked('jan 5 joint statement said what about bukhan missiles?')?.text).toBe('jan 5 joint statement');
    expect(textSaysAsked('the authors say what about Taiwan?')).toBeUndefined();
  });

  it('GIVEN texts THEN those telling of a reaction are told from those telling a view', () => {
    expect(tellsAReaction('Beijing responded by lodging a protest.')).toBe(true);
    expect(tellsAReaction('Seoul criticised the move.')).toBe(true);
    expect(tellsAReaction('In the subsequent joint statement, they expressed concerns about China’s claims.')).toBe(false);
  });

  it.each([
    ['what other groupings is washington building in asia besides this one', 'groupings'],
    ['Besides this trilateral, what other little groupings has America built?', 'groupings'],
    ['which other clubs does the US run?', 'clubs'],
    ['what other countries are worried?', 'countries'],
    ['what groupings is washington building?', undefined],
    ['Beyond defense, which other areas does the arrangement cover?', undefined],
    ['what does the other side think?', undefined],
  ])('GIVEN "%s" THEN the kind of which more are asked for is %s', (question, kind) => {
    expect(othersAsked(question)).toBe(kind);
  });

  it.each([
    ['According to the article, when did Biden put forward the strategy?', 'when did Biden put forward the strategy?'],
    ["per the writers' account, where was the dialogue held", 'where was the dialogue held'],
    ['In the view of the authors, how many countries take part?', 'how many countries take part?'],
    // Someone else's account is part of the question; so is "according to" with no comma after the account.
    ['According to Moscow, who started it?', 'According to Moscow, who started it?'],
    ['according to the authors what is the aim', 'according to the authors what is the aim'],
  ])('GIVEN "%s" THEN its form is read from "%s"', (question, rest) => {
    expect(unattributed(question)).toBe(rest);
  });

  it("GIVEN a question about someone's view THEN whose, unless it is the piece's; and which texts tell a view", () => {
    expect(opinionAsked('What did Moscow say about the mechanism?')).toBe('Moscow');
    // A speaker of up to five words, without "himself" after them.
    expect(opinionAsked('what did the Chinese foreign ministry officially say about the statement?')).toBe('the Chinese foreign ministry');
    expect(opinionAsked('What did the Japanese prime minister himself say about it afterwards?')).toBe('the Japanese prime minister');
    // In a few words: "russia reaction", "Moscow's response?" (not the authors').
    expect(opinionAsked('russia reaction')).toBe('russia');
    expect(opinionAsked("Moscow's response to the trilateral?")).toBe('Moscow');
    // The verb before the speaker, as a learner or a translation puts it.
    expect(opinionAsked('what exactly said the japanese prime minister at the camp david meeting?')).toBe('the japanese prime minister');
    // "What's" is "what is".
    expect(opinionAsked("what's india's stance on the quad these days")).toBe('india');
    expect(opinionAsked("the authors' reaction?")).toBeUndefined();
    // Whether someone said anything of a thing (not the piece: "did the article say anything about …" asks what it covers).
    expect(opinionAsked('did Russia say anything about the grouping?')).toBe('Russia');
    expect(opinionAsked('did the authors say anything about the budget?')).toBeUndefined();
    expect(membersAsked('quad members?')).toEqual({ group: 'quad', others: false });
    expect(membersAsked('members of IPEF?')).toEqual({ group: 'IPEF', others: false });
    // …in a press conference (speech, interview); "what exactly did …" read past its adverb.
    expect(opinionAsked(unattributed('What exactly did Kishida say in his press conference at Camp David?'))).toBe('Kishida');
    // The authors' view is the piece's own, their possessive mistyped or not.
    expect(opinionAsked("what do the authors' think about it")).toBeUndefined();
    expect(opinionAsked("What do the authors's think of Biden?")).toBeUndefined();
    // Without "did", as learners ask; not a passive ("what is said about …").
    expect(opinionAsked('What Russia government said about this group?')).toBe('Russia government');
    expect(opinionAsked('What is said about the trajectory?')).toBeUndefined();
    // Said at an event, and without the adverb after the speaker.
    expect(opinionAsked('what did kishida actually say at camp david?')).toBe('kishida');
    // What someone would (will) say is their view too.
    expect(opinionAsked('what would mearsheimer say about the US-JP-ROK trilat')).toBe('mearsheimer');
    expect(opinionAsked('what would the authors say about AUKUS?')).toBeUndefined();
    expect(opinionAsked("What does Taiwan's government think of it?")).toBe("Taiwan's government");
    expect(opinionAsked("What did China's foreign ministry say in response to the dialogue?")).toBe("China's foreign ministry");
    expect(opinionAsked('What do the authors think about AUKUS?')).toBeUndefined();
    // Said in a speech (statement, interview …).
    expect(opinionAsked('what did biden say in his speech about the dialogue')).toBe('biden');
    expect(opinionAsked('what did biden say in 2022?')).toBeUndefined();
    // A part of the piece speaks for the piece.
    expect(opinionAsked("What does the ending say about China's position?")).toBeUndefined();
    expect(opinionAsked('What does the last part say about Japan?')).toBeUndefined();
    // A view held or taken, and how someone sees something.
    expect(opinionAsked('What view does the Taiwanese government take of the mechanism?')).toBe('the Taiwanese government');
    expect(opinionAsked('What position has Moscow adopted on the trilateral?')).toBe('Moscow');
    expect(opinionAsked('How does Japan view China’s rise?')).toBe('Japan');
    expect(opinionAsked('How do the writers see the alliance?')).toBeUndefined();
    expect(opinionAsked('What did the US do about it?')).toBeUndefined();
    // A view named as a thing someone gave: a response, a stance.
    expect(opinionAsked("What was the Chinese foreign ministry's official response to the joint statement?")).toBe('the Chinese foreign ministry');
    expect(opinionAsked("What is Seoul's stance on the trilateral?")).toBe('Seoul');
    // The one who gave it may be a body of a country ("China's foreign ministry"); how it was given is not who gave it.
    expect(opinionAsked("what was china's foreign ministry response to the jan 5 joint statement")).toBe("china's foreign ministry");
    expect(opinionAsked("What was China's official response to the statement?")).toBe('China');
    // What someone has said (publicly, officially …).
    expect(opinionAsked("What has Russia's foreign ministry said publicly about the grouping?")).toBe("Russia's foreign ministry");
    expect(opinionAsked('What have the authors said about Japan?')).toBeUndefined();
    expect(opinionAsked("What is the authors' view on the trilateral?")).toBeUndefined();
    expect(opinionAsked("What is the mechanism's purpose?")).toBeUndefined();
    expect(tellsAStance('In the joint statement, they expressed concerns about the South China Sea.')).toBe(true);
    expect(tellsAStance('The three countries aim to counter Russia.')).toBe(false);
  });

  it('GIVEN questions about the piece THEN they are told from questions about the world', () => {
    expect(asksAboutPiece('Are the authors sceptical that it will work?')).toBe(true);
    expect(asksAboutPiece('what news event prompted this opinion piece?')).toBe(true);
    expect(asksAboutPiece('Is the alliance sceptical of China?')).toBe(false);
  });

  it.each([
    // A part at the end holding several passages: what is asked of it, without the words naming it.
    ['what is the rational choice for Japan in the last part?', 'what is the rational choice for Japan in  ?'],
    ['According to the final section, how do Tokyo and Seoul feel?', 'According to  , how do Tokyo and Seoul feel?'],
    ['what do they say about RCEP near the end?', 'what do they say about RCEP  ?'],
    // The end itself, not a part of it: its last passage.
    ['How does the article end?', undefined],
    ["What is the authors' final verdict?", undefined],
    ['whats the conclusion', undefined],
  ] as const)('GIVEN "%s" THEN what it asks of the part at the end is "%s"', (question, rest) => {
    expect(askedOfEndPart(question)).toBe(rest);
  });

  it.each([
    ['What was agreed at the summit held in Seoul in May 2024?', 'May 2024'],
    ['what happened w the martial law declaration in dec 2024', 'December 2024'],
    ['Did the three meet again in late 2024?', 'late 2024'],
    ['What happened in mid-2024?', 'mid 2024'],
    // "Later in 2024", after the content's own month: the rest of its year.
    ["did the leaders' summit actually end up happening later in 2024?", 'the rest of 2024'],
    // Whether an event came about in the content's year, no month named: the rest of the year too.
    ['did the china-japan-korea leaders summit actually happen in 2024', 'the rest of 2024'],
    ['did the china japan korea summit actually end up happening in 2024', 'the rest of 2024'],
    ["Did the China-Japan-ROK leaders' summit actually take place in 2024, and where?", 'the rest of 2024'],
    ['Did the dialogue take place in January 2024?', undefined],
    ['Did the first dialogue take place in 2024?', undefined],
    ['What did the three say in 2024?', undefined],
    // The content's own month, an earlier one, or another year: not this rule's.
    ['what happened in DC in early jan 2024', undefined],
    ['What did the Biden administration put forward in February 2022?', undefined],
    ['Who won the election in May 2025?', undefined],
    // What is ahead, as of the content, may be in its outlook.
    ['Will they meet again in May 2024?', undefined],
    ['What do the authors expect for late 2024?', undefined],
  ] as const)('GIVEN "%s" and content from January 2024 THEN the later month asked about is %s', (question, month) => {
    expect(laterMonthAsked(question, 2024, 1)).toBe(month);
  });

  it('GIVEN the piece\'s start or end, a task, or the present moment THEN each is recognised', () => {
    expect(positionAsked('How does the article end?')).toBe('end');
    // As learners and chat ask it: no "does", or "they" wrapping it up.
    expect(positionAsked('How the piece ends: confident or worried?')).toBe('end');
    expect(positionAsked('how do they wrap it up at the end')).toBe('end');
    // The closing (final) note is the end, as its closing message is.
    expect(positionAsked("Closing note - defensive or confident from Beijing's vantage point?")).toBe('end');
    expect(positionAsked('a note on closing times')).toBeUndefined();
    expect(positionAsked('how do they end the dispute?')).toBeUndefined();
    // "The ending", "the conclusion" (not the conclusion of something else).
    expect(positionAsked("what does the ending say about china's position")).toBe('end');
    expect(positionAsked('what was the conclusion of the summit?')).toBeUndefined();
    // What they mention (say, bring up) at the end.
    expect(positionAsked("what's that free trade deal they mention at the end?")).toBe('end');
    expect(positionAsked('did the talks end in a deal?')).toBeUndefined();
    expect(positionAsked('What is the opening of the piece?')).toBe('start');
    // The opening (first) paragraph is the piece's start; the first paragraph of a section named is not.
    expect(positionAsked('What role does the opening paragraph play in the essay?')).toBe('start');
    expect(positionAsked('what does the first paragraph of the article say?')).toBe('start');
    expect(positionAsked('what does the first paragraph of the economic section say?')).toBeUndefined();
    expect(positionAsked('How does the alliance end?')).toBeUndefined();
    // The writers ending their piece end it.
    expect(positionAsked('How do the authors wrap up their argument?')).toBe('end');
    expect(positionAsked('how do the writers conclude?')).toBe('end');
    expect(positionAsked('How do the allies end the dispute?')).toBeUndefined();
    expect(positionAsked("How does the article see China's own position at the close?")).toBe('end');
    expect(positionAsked('What does the piece say happens in the end to the alliance?')).toBeUndefined();
    expect(positionAsked("Does the piece sound confident about China's position by the end?")).toBe('end');
    expect(positionAsked('What does the article say towards the end?')).toBe('end');
    // "At the end", anywhere in the question, is the piece's end (not "in the end", ultimately, nor "at the end of" something).
    expect(positionAsked("how do they see china's own position at the end, strong or weak")).toBe('end');
    expect(positionAsked('what happened at the end of the cold war?')).toBeUndefined();
    expect(positionAsked('what did the leaders say at the end of the summit?')).toBeUndefined();
    expect(positionAsked('which grouping do they bring up towards the end')).toBe('end');
    expect(positionAsked('will they side with washington in the end?')).toBeUndefined();
    // The piece's final (concluding) verdict, assessment or message is what it says last.
    expect(positionAsked("What is the piece's final verdict on China's own position?")).toBe('end');
    expect(positionAsked("What is the piece's concluding assessment of Beijing's position?")).toBe('end');
    expect(positionAsked('What was the final verdict of the court?')).toBe(undefined);
    expect(positionAsked("What's the takeaway of the final section for students?")).toBe('end');
    expect(positionAsked('Is Beijing cornered, according to the closing argument?')).toBe('end');
    expect(positionAsked('What was the final outcome of the talks?')).toBeUndefined();
    // "How does it end?", the piece being "it"; not how things end for someone.
    expect(positionAsked('how does it END, whats the final vibe')).toBe('end');
    expect(positionAsked('how does it end for china?')).toBeUndefined();
    // Without "does", as a learner or a translation puts it.
    expect(positionAsked('how the article end — optimistic for beijing or worried?')).toBe('end');
    // The writers' (no "s") final verdict, and what they offer near the end.
    expect(positionAsked("What is the authors' final verdict about Beijing's position?")).toBe('end');
    expect(positionAsked('What counter-argument do the writers offer near the end?')).toBe('end');
    expect(outOfScope('Can you write me a poem?')).toMatch(/a task/);
    // How the asker is to do something, opening the question or a clause of it; not how to read the piece.
    expect(outOfScope('How do I file expenses for last month\'s Seoul trip?')).toMatch(/how to do something/);
    expect(outOfScope('discord mic not working on pc, how do i fix it?')).toMatch(/how to do something/);
    expect(outOfScope('how long should I boil an egg for a runny yolk')).toMatch(/how to do something/);
    expect(outOfScope('how long should a lesson plan be for a formal observation')).toMatch(/how to do something/);
    expect(outOfScope('how long should the trilateral take to mature, per the authors?')).toBeUndefined();
    expect(outOfScope('How should I read the ending of the piece?')).toBeUndefined();
    // How to explain (teach, present) something the piece tells of asks what it says.
    expect(outOfScope("how do i explain 'de-risking' — where does the article use it?")).toBeUndefined();
    expect(outOfScope('how can we teach this section to year 10?')).toBeUndefined();
    expect(outOfScope('how long has the US been chasing a 3-way alliance?')).toBeUndefined();
    expect(outOfScope('How do Japan and the ROK manage their conflicts?')).toBeUndefined();
    // Everyday advice asked of the bot, not a recommendation the piece makes.
    expect(outOfScope('Cheapest way to send money home from Japan?')).toMatch(/everyday advice/);
    expect(outOfScope('any good Korean textbook recommendations for my friend?')).toMatch(/everyday advice/);
    expect(outOfScope('What is the best way to read this piece?')).toMatch(/everyday advice/);
    expect(outOfScope('What recommendations do the writers make to Seoul?')).toBeUndefined();
    expect(outOfScope('Is this the best way to contain China, in their view?')).toBeUndefined();
    expect(outOfScope('what is happening in Seoul right now')).toMatch(/now/);
    // The asker's own day after the questions asks nothing of now.
    expect(outOfScope('when did the white house roll out its indo pacific plan? thanks, presenting tomorrow morning')).toBeUndefined();
    expect(outOfScope('is the trio meeting again this week? asking for the newsletter.')).toMatch(/now/);
    expect(outOfScope('ilang EDCA sites na ang meron sa Pilipinas ngayon')).toMatch(/now/);
    // "More dangerous today than twenty years ago" compares with the past; it asks nothing of now.
    expect(outOfScope('Why would closer military coordination be more dangerous today than, say, twenty years ago?')).toBeUndefined();
    // Someone's standing now.
    expect(outOfScope('what happened with yoon after? he is still president?')).toMatch(/holds office now/);
    expect(outOfScope('is yoon still the korean president now')).toMatch(/holds office now/);
    expect(outOfScope('Is the US still the leading power, per the authors?')).toBeUndefined();
    expect(outOfScope('did yoon suk-yeol stay president until end of his mandate?')).toMatch(/holds office/);
    // Someone's fate later: what happened to them, who succeeded them, how their term ended.
    expect(outOfScope("what happened to Yoon Suk-yeol's presidency later on?")).toMatch(/what happened to them after it was written/);
    expect(outOfScope('Who became South Korean president after Yoon?')).toMatch(/after it was written/);
    expect(outOfScope("how did Yoon's presidency end up?")).toMatch(/after it was written/);
    expect(outOfScope('what happened to the trilateral later?')).toBeUndefined();
    // Whether an event came about later.
    expect(outOfScope('did the china japan korea summit actually happen in the end')).toMatch(/after it was written/);
    expect(outOfScope('Did the leaders summit actually restart after this, when and where was it?')).toMatch(/after it was written/);
    expect(outOfScope('did the dialogue happen in Washington?')).toBeUndefined();
    expect(outOfScope("What did the guy who came after Trump want to fix about America's standing?")).toBeUndefined();
    expect(outOfScope('What does the article say about AUKUS?')).toBeUndefined();
    expect(outOfScope('Who will win the next South Korean presidential election?')).toMatch(/who will win/);
    expect(outOfScope('Who won the first round of talks, in the authors\' view?')).toBeUndefined();
    expect(outOfScope("How do you say 'thank you' in Korean?")).toMatch(/a language/);
    expect(outOfScope("how do u say 'thank you' in korean pls")).toMatch(/a language/);
    expect(outOfScope('how to say thank you in japanese')).toMatch(/a language/);
    // The asker's own choice, and the time between two cities, are not the content's.
    expect(outOfScope('is tokyo or seoul better for a first trip')).toMatch(/everyday advice/);
    expect(outOfScope('should i learn japanese or korean first')).toMatch(/everyday advice/);
    expect(outOfScope('time difference between Seoul and Beijing?')).toMatch(/general knowledge/);
    expect(outOfScope('should japan learn to live with china?')).toBeUndefined();
    expect(outOfScope('How do you pronounce "hegemony"?')).toMatch(/a language/);
    expect(outOfScope('how do you see the hegemony question?')).toBeUndefined();
    // "Today" in the writers' view is their present, which the piece speaks of; today's news is not.
    expect(outOfScope('Writers think America today is getting more weak or more strong?')).toBeUndefined();
    expect(outOfScope('what happened in Seoul today')).toMatch(/now/);
    expect(outOfScope("What's the Japanese word for alliance?")).toMatch(/a language/);
    expect(outOfScope('How do you say the alliance is failing, in the authors\' words?')).toBeUndefined();
    expect(outOfScope("what's the difference between let and const in javascript")).toMatch(/programming/);
    expect(outOfScope('how do I parse JSON in Python?')).toMatch(/programming/);
    expect(outOfScope('why is my discord bot not responding to slash commands')).toMatch(/programming/);
    // General knowledge and everyday advice, whatever country they name.
    expect(outOfScope('whats the capital of australia')).toMatch(/general knowledge/);
    expect(outOfScope('best ramen place in tokyo?')).toMatch(/everyday advice/);
    expect(outOfScope('whats the best build for genshin rn')).toMatch(/everyday advice/);
    expect(outOfScope("what's the best place for Japan in this order?")).toBeUndefined();
    // Discord as discord (a quarrel) is no tool.
    expect(outOfScope('is there discord between Tokyo and Seoul?')).toBeUndefined();
    expect(outOfScope('what time does the club meeting start tmrw')).toMatch(/now/);
    expect(outOfScope("what's the difference between 'eventually' and 'possibly' in english")).toMatch(/a language/);
    expect(outOfScope('difference between は and が?? im so confused')).toMatch(/a language/);
    expect(outOfScope("what's the difference between the Quad and AUKUS?")).toBeUndefined();
    expect(outOfScope("what's the difference between Yoon's and Moon's approach in Korean politics?")).toBeUndefined();
    expect(outOfScope('Is the wargaming simulation next month open to first-years?')).toMatch(/now/);
    expect(outOfScope('Will the next summit be held in Seoul?')).toBeUndefined();
    // A piece reports no reactions to itself; a question about one's course is not about the content.
    expect(outOfScope('Did the US State Department respond to this op-ed?')).toMatch(/received/);
    expect(outOfScope('How was the article received in Seoul?')).toMatch(/received/);
    expect(outOfScope('How did Seoul respond to the joint statement?')).toBeUndefined();
    expect(outOfScope('when is the response paper on this due?')).toMatch(/course/);
    expect(outOfScope('Was the stalling due to Trump?')).toBeUndefined();
    expect(outOfScope('Do the three countries cooperate on technology standards and chips?')).toBeUndefined();
  });

  it('GIVEN a yes-or-no question offering alternatives THEN where they part; other questions with "or" have none', () => {
    expect(alternativesAt('Is the US a partner or the boss?')).toBe('Is the US a partner '.length);
    expect(alternativesAt('does it only cover defence, or also the economy?')).toBe('does it only cover defence, '.length);
    expect(alternativesAt('What did they sign, like a hotline or a duty to consult?')).toBeUndefined();
    expect(alternativesAt('Is the US the boss?')).toBeUndefined();
    // A second question after "or" is no alternative.
    expect(alternativesAt('Does the library give us access, or do we need a separate account?')).toBeUndefined();
  });

  it.each([
    ['hey bot is the chance of a war in korea going up', 'is the chance of a war in korea going up'],
    ['quick q which city hosted the first talks', 'which city hosted the first talks'],
    ['Quick one: when did the three first meet?', 'when did the three first meet?'],
    ['can you tell me when the korean war armistice was signed', 'when the korean war armistice was signed'],
    ['Hi bot, could you please tell me how many troops are there?', 'how many troops are there?'],
    ['remind me what the authors conclude', 'what the authors conclude'],
    // A command that wraps a question: "tell me what …", "explain why …", "list which …".
    ['tell me what kishida actually said at camp david', 'what kishida actually said at camp david'],
    ['explain why the authors call it unrealistic', 'why the authors call it unrealistic'],
    ['explain the risks section', 'explain the risks section'],
    ['do you know why it stalled', 'why it stalled'],
    ['Bottom line: does the piece think this makes Asia safer?', 'does the piece think this makes Asia safer?'],
    ['in short, what harm do they predict', 'what harm do they predict'],
    // A sentence about the asker before the question is context, not the question.
    ['My nephew is posted near the DMZ. Does the piece suggest a war is likelier?', 'Does the piece suggest a war is likelier?'],
    // A question pointing back at what the sentence before it names keeps that sentence.
    ['My friend mentioned the Jan 5 dialogue in Washington. What came out of it?', 'My friend mentioned the Jan 5 dialogue in Washington. What came out of it?'],
    // …also after a lead-in ("so for the cold open"); a sentence of context about the subject, before the question, stays.
    ['so for the cold open i want to set the scene: the three met in DC in January. what came out of that meeting?', 'the three met in DC in January. what came out of that meeting?'],
    ['For the show I want to be fair: washington and its allies met in DC. what did they say?', 'washington and its allies met in DC. what did they say?'],
    ['My friend mentioned the dialogue. What did they say about its aims?', 'My friend mentioned the dialogue. What did they say about its aims?'],
    ["I'm new here. hey bot, who wrote this?", 'who wrote this?'],
    ['My question is simple.', 'My question is simple.'],
    ["I'm confused: is this January meeting connected to Camp David?", 'is this January meeting connected to Camp David?'],
    // "The bottom line" asked for is the question itself.
    ["what's the bottom line?", "what's the bottom line?"],
    // A label before the question, and what the asker adds after it about their own use of the answer.
    ['big picture question for the outro: do the authors think this will last?', 'do the authors think this will last?'],
    ["if we had to boil it down to one sentence for the show notes, what's the core claim", "what's the core claim"],
    ['What is the main idea of the whole passage? I need it in one sentence for my summary practice', 'What is the main idea of the whole passage?'],
    ['How does the argument turn in section 6? i dont get the flow', 'How does the argument turn in section 6?'],
    ['Does the op-ed see the thaw as solid? I served at Yokota through the worst years.', 'Does the op-ed see the thaw as solid?'],
    ['What tone do they take on economic security? Sounds quite suspicious to me.', 'What tone do they take on economic security?'],
    ["As a German I'm curious: is 'de-risking' treated as legitimate?", "is 'de-risking' treated as legitimate?"],
    ['wait did yoon get impeached or smth after this?', 'did yoon get impeached or smth after this?'],
    ['bruh who wrote this?', 'who wrote this?'],
    // A question relayed for someone else ("Student at the desk asking …", "Got asked: …").
    ['Student at the desk asking what the mechanism is based on', 'what the mechanism is based on'],
    ['A patron wants to know whether the piece mentions NATO', 'the piece mentions NATO'],
    ['Got asked: who wrote this?', 'who wrote this?'],
    ['As someone following things from Hanoi: should we worry that this club spills over?', 'should we worry that this club spills over?'],
    ['Quick-fire: good or bad for peace?', 'good or bad for peace?'],
    // A debater's or a summariser's line ("opp line:", "bottom line:") labels what follows.
    ['opp line: this is not about the north at all, is it', 'this is not about the north at all, is it'],
    // The sentence about the asker holds the question when what follows asks nothing of its own.
    ["As someone who served in Seoul, I'm curious whether the authors mention polarisation. Do they?", "As someone who served in Seoul, I'm curious whether the authors mention polarisation. Do they?"],
    ["who gets cast as the driver? I'm tagging actor roles", 'who gets cast as the driver?'],
    // A supposing clause the question points back to stays ("where is it put?": the thesis).
    ["if you had to state the op-ed's thesis in one sentence, where is it most explicitly put?", "if you had to state the op-ed's thesis in one sentence, where is it most explicitly put?"],
    ['is decoupling realistic? asking bc my whole basket is china+1 names', 'is decoupling realistic?'],
    ['Can someone summarise the core thesis in one sentence?', 'summarise the core thesis in one sentence?'],
    // "Can someone explain …" keeps its "someone": an everyday request to the server, not a question about the content.
    ['Can someone explain the difference between repo rate and reverse repo rate?', 'Can someone explain the difference between repo rate and reverse repo rate?'],
    // "So" is kept: "so is the op-ed basically saying …" reads the same either way, and it is often the question's own.
    ['so who wrote this?', 'so who wrote this?'],
    // …unless what follows asks nothing of its own: the supposing clause then holds the question.
    ['if I need to summarise the main thesis for seminar, what would it be?', 'if I need to summarise the main thesis for seminar, what would it be?'],
    ['do they treat the US as a power in decline? i want to flag that as a framing choice on air', 'do they treat the US as a power in decline?'],
    ['is the whole region getting militarised? how should we frame that for people who don\'t follow asia', 'is the whole region getting militarised?'],
    ['does it frame trump as a break? trying to decide how to present the timeline', 'does it frame trump as a break?'],
    // …but not what adds to the question, or tells what the asker knows of its subject.
    ['When and where did they first meet? I think it was January?', 'When and where did they first meet? I think it was January?'],
    ['what do they work on? just military stuff or also money and tech?', 'what do they work on? just military stuff or also money and tech?'],
    ['Whatever became of Yoon? I heard something about martial law.', 'Whatever became of Yoon? I heard something about martial law.'],
    // What follows the question about the asker, in the first person, a sign-off or an exclamation ("Regards, Doreen").
    ["Why did it take so long to get its two friends working together? We were always told they were firm allies.", 'Why did it take so long to get its two friends working together?'],
    ['In what way, may I ask? Regards, Doreen', 'In what way, may I ask?'],
    ['What is it based on? I confess I am a bit hazy. Forty years a teacher and still learning!', 'What is it based on?'],
    ["Are they nervous about Beijing's rise? One hears that on the wireless a lot.", "Are they nervous about Beijing's rise?"],
    // …but not a sentence naming someone or somewhere, what the asker heard or thinks, or a command.
    ['What does the AUKUS deal involve? My nephew in Perth keeps talking about it.', 'What does the AUKUS deal involve? My nephew in Perth keeps talking about it.'],
    ['does the trio only do defence? list the areas for me', 'does the trio only do defence? list the areas for me'],
    ['what about the sea? I remember reading about the islands.', 'what about the sea? I remember reading about the islands.'],
    // Nothing to take off, or nothing after it: the question as it is.
    ['why did it stall?', 'why did it stall?'],
    ['hey bot', 'hey bot'],
  ])('GIVEN "%s" THEN the question itself is "%s"', (question, itself) => {
    expect(withoutPreamble(question)).toBe(itself);
  });

  it.each([
    ['WHO GETS TO SET THE ECONOMIC RULEBOOK IN ASIA', 'who gets to set the economic rulebook in asia'],
    ['IS THE US ADMITTING IT CANT DO THIS ALONE?? lol', 'is the us admitting it cant do this alone?? lol'],
    // Capitals that are names and abbreviations, in a question that is not shouted, stay.
    ['What did the US, ROK and DPRK say at the G7?', 'What did the US, ROK and DPRK say at the G7?'],
    ['IPEF?', 'IPEF?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (question, read) => {
    expect(unshouted(question)).toBe(read);
  });

  it.each([
    ['what happened to the trilateral after trump came back in 2025?', 2025],
    ['did the 2026 election change anything?', 2026],
    ['will it last until 2030?', undefined],
    ['does the piece expect a crisis by 2027?', undefined],
    ['what happened in 2008?', undefined],
    ['what happened in 2024?', undefined],
    // After the content's own year (its month or not) is later than it.
    ['Did the three countries meet again after January 2024, and what came of it?', 2024],
    ['has anything changed since 2024?', 2024],
    ['what happened after 2008?', undefined],
  ])('GIVEN "%s" about content of 2024 THEN the later year asked is %s', (question, year) => {
    expect(laterYearAsked(question, 2024)).toBe(year);
  });

  it.each([
    ['What other books has Zhang Yunling written?', 'books'],
    ['what has zhang yunling written in his earlier books?', 'books'],
    ['any earlier articles by the authors on this?', 'articles'],
    ['Which book is good for the IELTS exam?', 'book'],
    ['what other pieces of the puzzle matter?', undefined],
    // A book club is where the asker read it, no book asked about.
    ['My book club friend mentioned the dialogue. What came out of it?', undefined],
    // "In their book" is in their view.
    ["in their book, was the Trump years' approach good or bad?", undefined],
    ['What does the article say about Japan?', undefined],
  ])('GIVEN "%s" THEN the other writings asked for are "%s"', (question, writings) => {
    expect(otherWritingsAsked(question)).toBe(writings);
  });

  it.each([
    ["what's the main point of section 4?", { section: 4 }],
    ['explain §4.2', { section: 4, paragraph: 2 }],
    ['what does tea§2 say', { document: 'tea', section: 2 }],
    ['paragraph 2 of section 4?', { section: 4, paragraph: 2 }],
    ['section 3, paragraph 1 please', { section: 3, paragraph: 1 }],
    ['paragraph 4.2 means what', { section: 4, paragraph: 2 }],
    ['whats the headline claim of the risks section?', { titleWords: 'risks' }],
    ['summarize the section on constraints', { titleWords: 'constraints' }],
    ['in the part about economic security, what do the three want?', { titleWords: 'economic security' }],
    ['what part does japan play?', undefined],
    // By its place: "the sixth section", "section two", "the 3rd part"; a paragraph by its place in a section named.
    ['How does the argument turn around in the sixth section?', { section: 6 }],
    ['what does section two say?', { section: 2 }],
    ['what does the 3rd part argue?', { section: 3 }],
    ['what is the second paragraph of the economic section about?', { titleWords: 'economic', paragraph: 2 }],
    ['what does the first paragraph of section 4 say?', { section: 4, paragraph: 1 }],
    // No section has a number that long.
    ['§99999999999999999999', undefined],
  ])('GIVEN "%s" THEN the part of the content it names is %j', (question, part) => {
    const named = partNamed(question);
    expect(named && { ...named, start: undefined, end: undefined }).toEqual(part && { ...part, start: undefined, end: undefined });
    // What names the part is cut out of the question, leaving the rest to be asked.
    if (named) expect(question.slice(named.start, named.end)).toMatch(/section|part|paragraph|§/);
  });
});
