import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/content/load-content.js';
import { Engine } from '../../src/search/engine.js';
import { EMPTY_LEXICON } from '../../src/lexicon/lexicon.js';
import { Analyzer, isGlossaryTerm, reorderings } from '../../src/search/analyzer.js';
import { adjectiveOf, lexiconSpelling, positiveOf } from '../../src/search/query.js';
import { CACHE_DIR, realEngine } from '../helpers/engine.js';
import { loadLexicon } from '../../src/lexicon/load-lexicon.js';

const top = async (question: string) => {
  const answer = (await realEngine()).answer(question);
  return answer.kind === 'answered' ? answer.passages[0]?.passage.ref : 'not covered';
};

describe('answer(): ranking on the article', () => {
  it.each([
    // The article's own words: the paragraph that says them ranks first.
    ['what constraints does the mechanism face?', '§6.1'],
    ['When was the China-Japan-ROK cooperation first initiated?', '§7.2'],
    // South Korea / Seoul are the ROK, North Korea is the DPRK, nukes are nuclear arms.
    ['is pyongyang having nukes making war on the peninsula more likely', '§4.2'],
    ['did the feud between japan and south korea stall the three-way cooperation?', '§1.2'],
    // Canberra and Delhi are Australia and India; "Europe's war" is the Ukraine crisis via NATO.
    ['have NATO drills with Canberra and Delhi grown since the war in Ukraine?', '§4.3'],
    // Seats of government stand for their countries: Kasumigaseki is Japan's, the Blue House the ROK's.
    ['How does the piece characterise strategic trust between Kasumigaseki and the Blue House?', '§6.3'],
    // A typo is corrected against the article's vocabulary, names and their aliases included.
    ['what did the trilaterl dialogue in washingtn discuss', '§1.1'],
    ['is pyongyan having nukes making war more likely', '§4.2'],
    ['what other groupings like aukas does the us run', '§3.2'],
    // Other words for the same ideas: "chips" are high-tech, "cut reliance" is reducing dependence.
    ['are they teaming up on chips to cut reliance on Beijing', '§5.1'],
    // The argument, not the words: "overreaching" is the "ambitious … unrealistic" strategy.
    ['Do the authors think Washington is overreaching?', '§6.2'],
    // A question about the piece's structure gets its last paragraph.
    ['How does the article end?', '§7.2'],
    // A question about a part at the end: the passage of the last section that answers it, not only its last one.
    ['what is the rational choice for Japan and the ROK in the last part?', '§7.1'],
    ['How do Tokyo and Seoul feel about Beijing growing stronger, according to the final section?', '§7.1'],
    ['what free trade deal do they bring up near the end?', '§7.2'],
    // A word the thesaurus knows is read in the domain's sense: "last" is to endure, not WordNet's "conclusion" or "close".
    ['does the piece think the partnership will last?', '§6.3'],
    // Someone's view is asked for: the paragraph telling it ("expressed concerns") answers before one that only shares the names.
    ["what did washington, tokyo and seoul say about beijing's behaviour in the south china sea?", '§1.1'],
    // Picking a side is making a choice: the paragraph on the allies' "rational choice", not one that says "two sides".
    ['are the two US allies really picking a side?', '§7.1'],
    // Idioms in plain words: past its peak is declining, held back is hindered.
    ['is the piece saying america is past its peak?', '§6.2'],
    ['what held this back earlier?', '§1.2'],
    // Money is the economic side; a downside is a risk or a cost.
    ['what about the money side of things?', '§5.1'],
    // A thesaurus word is whole: "de-risk" is not "risk" (nor "de"), so "de-risking" does not drift to every risk.
    ["is 'de-risking' basically decoupling from china with a nicer name, according to the authors?", '§5.1'],
    // Reliant is dependent: becoming less reliant on Beijing is reducing dependence on China.
    ['are they trying to become less reliant on beijing economically', '§5.1'],
    // "Stand to lose" is no deed the passage must tell; hitched to Washington is intertwined with its strategy.
    ['What do Tokyo and Seoul stand to lose by hitching themselves more tightly to Washington?', '§5.2'],
    // Partners used as tools, puppets taking orders: the allies that follow Washington's deployments.
    ['does the piece suggest the americans are using their partners as tools rather than equals?', '§2.3'],
    ["Is their read that America's allies are just puppets taking orders?", '§2.3'],
    // More groupings asked for: the paragraph listing them ("such as the Quad, the upgraded AUKUS …") answers first.
    ['what other groupings is washington building in asia besides this one', '§3.2'],
    // Memory politics are the historical issues.
    ["What role does memory politics play in the authors' account of Japanese reluctance?", '§6.3'],
    // Militarising the region is putting security first: the securitisation of §5.2.
    ['are they saying the whole region is getting militarised?', '§5.2'],
    // "The current president" is the one in office, not the piece's "Currently" (the China-Japan-ROK revival of §7.2).
    ['Did the squabbling between the Japanese and the South Koreans stall things before the current president came in?', '§1.2'],
    // A course correction is a repair: Biden's repair of the alliance system.
    ['does the piece frame trump as a break from what came before and biden as a course-correction?', '§2.1'],
    // CJK is the China-Japan-Korea trilateral, an abbreviation the news uses.
    ['is the CJK trilateral still alive?', '§7.2'],
    // "China-Japan-Korea" on its own is that cooperation, not three countries that any paragraph on China names.
    ['is the china-japan-korea trio being revived?', '§7.2'],
    // "3-way" is trilateral (the analyzer alone keeps nothing of it).
    ['how long has the US been chasing a 3-way alliance w/ japan & korea', '§1.2'],
    // Recent is latest: the recent meeting is the piece's occasion.
    ['What does the recent meeting signal about how formal the three-way relationship is becoming?', '§1.1'],
    // The paragraph whose argument is a less safe region (its keywords say so), not any that says "security".
    ['does the trilateral deal make the region less safe', '§4.1'],
    // Smart, prudent are rational: the allies' "rational choice".
    ['what is the prudent course for Tokyo and Seoul, in the authors\' view?', '§7.1'],
    // Chat's "n" is "and", not North Korea; to cut China off is to sever ties, not the "cut" of "cutting-edge".
    ['can japan n korea just cut china off', '§7.1'],
    // "US-led" says whose the bloc is; its "led" is not the "led to" (caused) of the paragraph on past setbacks.
    ['What alternative to the US-led bloc does the article point to?', '§7.2'],
    // Main is central (§4.1's "central danger"); a mission is a purpose, and to evolve is to shift (§2.1's changed goal).
    ["What is the main danger of the trilateral, in the writers' view?", '§4.1'],
    ['How has the mission of the grouping evolved?', '§2.1'],
    // To pivot is to turn: the argument's turning point, from dangers to constraints.
    ['Where does the piece pivot from the dangers to the constraints?', '§6.1'],
    // A sacrifice is a cost; to foresee is to forecast the outlook; a footing is a basis; a design is an architecture.
    ['What is sacrificed when the region is framed around threats?', '§5.2'],
    ["What do the authors foresee for the region's order, and China's place in it?", '§7.2'],
    ['What footing does the trilateral rest on?', '§2.2'],
    ['How does the trilateral fit into a larger design?', '§3.2'],
    // A leader leads: the paragraph on maintaining US leadership.
    ['is washington the leader of the trilateral?', '§2.3'],
    // Getting along is about tensions; "before" closing the question is earlier (§1.2's past), not the tensions of today (§6.3).
    ['why did japan and korea not get along before?', '§1.2'],
    // A proper name in capitals whose words the content never uses is what the question is about ("Special Measures Agreement")…
    ['How much is Seoul paying under the latest Special Measures Agreement on cost-sharing for US Forces Korea?', 'not covered'],
    ['What were the precise terms of the "Commitment to Consult" the three leaders adopted at Camp David?', 'not covered'],
    ['What did the 2023 Washington Declaration establish regarding the US-ROK Nuclear Consultative Group?', 'not covered'],
    // … but not a place described ("the current Democratic White House", "East Asia"), a typo ("Camp Davd"), nor a question in title case.
    ['What changed about the purpose of the grouping under the current Democratic White House?', '§2.1'],
    ['explain the Camp Davd thing', '§1.1'],
    ['Will This Pact Make The Region More Dangerous?', '§4.1'],
    // "Article 9" is a provision of some law, not the piece: the content has none.
    ["what's article 9 of the japanese constitution about?", 'not covered'],
    // "re" is chat's "about"; hyping is accentuating (the "China threat" theory).
    ["what were the govts grumbling about re beijing's conduct at sea in the readout afterwards?", '§1.1'],
    ['is washington hyping beijing as a threat through this trio?', '§5.2'],
    // The countries as other languages name them (Trung Quốc is China in Vietnamese).
    ['why do the three work together on chips? to need Trung Quoc less?', '§5.1'],
    // A section named by number or by its title's words: answered from it; a paragraph named: that paragraph.
    ["what's the main point of section 4?", '§4.1'],
    ['explain §4.2', '§4.2'],
    ['paragraph 2 of section 6, what does it say?', '§6.2'],
    ['whats the headline claim of the risks section?', '§4.1'],
    ['what does section 3 say about nato?', '§3.2'],
    ['what does section 9 say?', 'not covered'],
    // "Which places" asks where: a passage naming them answers, without the word "place".
    ['which places does the trilateral cooperation aim to expand into, like the taiwan strait?', '§3.1'],
    ['which places will the three-way cooperation extend to?', '§3.1'],
    // A year after the article's own (it dates from 2024) is beyond it; so are its authors' other books.
    ['what happened to the trilateral after trump came back in 2025?', 'not covered'],
    // A later year in a question about what is ahead is when, which the piece's outlook answers; a past year it never names is not.
    ['will the trilateral mechanism still be fragile in 2030?', '§6.3'],
    ['what happened to the trilateral in 2019?', 'not covered'],
    // Someone the content never names, typed in lower case, is still someone it does not quote.
    ['what did kishida actually say at camp david?', 'not covered'],
    // A deed done to someone that no passage tells of; one the passages tell in their own words is answered.
    ['was yoon impeached?', 'not covered'],
    ['were relations with china damaged?', '§5.2'],
    ['what has zhang yunling written in his earlier books on east asian regionalism?', 'not covered'],
    // A change of mood in Seoul is its public's support; to sink it is to make it collapse (fall apart: §6.3's keywords).
    ['could a change of mood in seoul sink it', '§6.3'],
    // Relying less on Beijing is reducing dependence on China (§5.1), not the "relying on" RCEP of §7.2.
    ['are they trying to rely less on beijing economically', '§5.1'],
    // Wide-ranging is the scope (what it covers); going backwards is a setback; advising is telling the choice.
    ['how wide-ranging is this thing', '§2.2'],
    ['did things go backwards a few years ago?', '§1.2'],
    ['What would the authors advise Japan and South Korea to do?', '§7.1'],
    // For a while is a long time; setting out to do is initiating efforts; putting together is constructing.
    ['Has America been trying for a while to get Tokyo and Seoul into one alliance with it?', '§1.2'],
    ["What did Biden's team set out to do with America's alliances?", '§2.1'],
    ['what other small groupings has america been putting together in asia?', '§3.2'],
    // "East Asia": east makes a place of Asia, not a name the content lacks; Asia is the region.
    ['Will this pact make East Asia more unstable?', '§4.1'],
    // "Becoming" says as little as "become" (a stop word); a mission that drifts changes (§2.1's shift of purpose).
    ['Does the article think a shooting war in Korea is becoming more likely?', '§4.2'],
    ["How has the group's mission drifted over time?", '§2.1'],
    // A rationale is a motive; a standoff is a conflict (§4.2's confrontation).
    ['Is the stated rationale about the North the real one?', '§3.1'],
    ['Could this make a nuclear standoff worse?', '§4.2'],
    // "What is described … as": a passive verb, not the thing asked for; ending up in a war is being in one; shouldering the load is sharing the burden.
    ['What is described in the op-ed as "the rational choice for both countries"?', '§7.1'],
    ['does it think korea could end up in a war?', '§4.2'],
    ["What's the authors' explanation for why Washington wants its partners to shoulder part of the load?", '§2.3'],
    // Leverage held is influence, freedom of action room for maneuver (§7.2); the authors' worries are the risks they see.
    ["What do the authors say about Beijing's leverage and freedom of action amid the competing regional arrangements?", '§7.2'],
    ['What are the authors most worried will happen to peace in the region?', '§4.1'],
    // A cost asked for is what harms them (§5.2's "compress … impacting"); what incurs it ("by going along with Washington", §2.3's "closely follow") only sets the scene.
    ['what do tokyo and seoul lose by going along with washington', '§5.2'],
    ["What's the price Seoul and Tokyo pay for going along with Washington?", '§5.2'],
    ["What's the catch for Tokyo and Seoul in signing up?", '§5.2'],
    ['What do Tokyo and Seoul lose by signing on?', '§5.2'],
    // What happened, with things the content tells of (and a chat abbreviation of years).
    ['what happened to usa-jp-sk cooperation in the trump yrs', '§1.2'],
    ['What happened at the first "Indo-Pacific" dialogue in Washington on Jan 5?', '§1.1'],
    // Japan and the ROK applied for IPEF membership.
    ['Are Japan and the ROK members of IPEF?', '§2.3'],
    // "Doing together on" asks for no thing called "together"; adversaries aimed at are targets (§3.1).
    ['what are the three doing together on chips and cutting-edge tech?', '§5.1'],
    ['Which three adversaries is the trilateral force posture aimed at, according to the piece?', '§3.1'],
    // The odds of a clash are the risk of conflict.
    ['Should people in Seoul worry that this raises the odds of a clash with Pyongyang?', '§4.2'],
    ['does north korea have its own nuclear weapons?', '§4.2'],
    // The American capital is Washington, which the article names: no thing unknown happened there.
    ['what happened at the meeting in the american capital on jan 5?', '§1.1'],
    // What they are trying to achieve is their aim (§3.1), not merely where they deploy forces (§4.2).
    ['What are the three governments trying to achieve on the Korean Peninsula and in Northeast Asia?', '§3.1'],
    // A trade deal is the Regional Comprehensive Economic Partnership (§7.2), not the trade rules of §5.1.
    ['what trade deal do china japan and korea lean on for working with the rest of asia', '§7.2'],
    // Changing what the region cares about is §5.2's "replacing the region's focus on economic growth".
    ['How will all this change what the region cares about most?', '§5.2'],
    // Whether it will succeed, and whether the authors are optimistic, is the outlook: the constraints ahead (§6.1).
    ['are the authors optimistic?', '§6.1'],
    ['what do the authors recommend?', '§7.1'],
    // Whether it can be undone is the US claim of §6.3, not §1.1's first step toward a formal arrangement.
    ["Washington says the three-way setup can't be undone — do the authors agree?", '§6.3'],
    ['Does Washington say the three-way partnership can be undone?', '§6.3'],
    // A chat abbreviation the thesaurus knows ("govts") is no typo of an English word ("goats").
    ['when and where did the three govts first sit down for their indo pacific talks', '§1.1'],
    // What went wrong before Biden came in: the failure of §1.2, earlier.
    ['what went wrong before biden came in', '§1.2'],
    ['what do the authors think seoul and tokyo should actually do', '§7.1'],
    // "Where" in the argument is a place in the piece, which no sentence need name as a place.
    ["where is the turning point in the argument, when author starts saying it won't work?", '§6.1'],
    // The thing asked about is not a word inside a name the question uses ("the Atlantic alliance" is NATO).
    ['Is Washington trying to drag NATO into Asia through this? What do they say about the Atlantic alliance?', '§4.3'],
    // A node in a lattice is a link in a web (§3.2's web of alliances).
    ['Do the writers see this grouping as a standalone project or as one node in a larger lattice?', '§3.2'],
    // A time relative to the asker ("this month") and "in the end" name nothing; an empire is a hegemon; how far it is to go is its reach.
    ['what triggered the writing of this op-ed, some news event from this month?', '§1.1'],
    ['how far geographically is this supposed to go in the end?', '§3.1'],
    ['does the article think the americans are overreaching, like an empire that does too much?', '§6.2'],
    // The authors are professors: "these two professors" are the writers; microchips are chips.
    ['What prompted these two professors to write this piece when they did? Was there some news hook?', '§1.1'],
    ['Is part of this about microchips and who controls the factories of the future?', '§5.1'],
    // Whose view is asked ("according to Beijing's scholars") is no role the answer must name.
    ["who's the real target according to Beijing's scholars — Pyongyang or themselves?", '§3.1'],
    // Countries by their own names, romanised ("Jungguk" is China in Korean, "Nihon" Japan in Japanese).
    ['given how much Seoul depends on Jungguk, what should it do according to them?', '§7.1'],
    // The South China Sea by its Chinese name, in pinyin and in characters.
    ["what the three governments said about Beijing's behaviour in Nanhai (南海)?", '§1.1'],
    // The Japanese names of the two three-way groupings (日米韓, 日中韓) are the glossary's aliases.
    ['How is the Nichibeikan framework supposed to link with those other minilateral groups?', '§3.2'],
    ['Is the Nicchukan summit process dead, or are they reviving it?', '§7.2'],
    // Roadblocks are obstacles (§6.1); whoever is on the receiving end is targeted (§3.1's targets).
    ['is the three-way partnership going to hit roadblocks moving forward?', '§6.1'],
    ['which countries end up on the receiving end of this, according to the op-ed?', '§3.1'],
    // A word no dictionary knows is not classed by a respelling the content lacks too ("mondai" is no "Monday", a thing).
    ['Does Kantei side hold back because of rekishi mondai?', '§6.3'],
    // The biggest (greatest) danger is the central one (§4.1's keywords).
    ["what's the single biggest danger they warn about", '§4.1'],
    // How broad something is asks its scope (§2.2's many fields).
    ['How broad is the agenda — is it a one-issue club?', '§2.2'],
    // Each part of a hyphenated word is capitalised as written: "Cold War-style" names no "Style", it describes the camps.
    ['Do the authors use Cold War-style camp framing to describe the consequences?', '§4.1'],
    // Asia, to a reader of this piece, is the region: peace in Asia is the region's stability (§4.1), not §7.2's "Asia-Pacific".
    ['Is this club good for peace in Asia?', '§4.1'],
    ['will this three-way thing split asia into rival camps', '§4.1'],
    // Falling is declining; getting richer is prosperity, which the region is pushed to care less about.
    ['do the authors think US power is rising or falling?', '§6.2'],
    ['is the region being pushed to care more about defence than about getting richer?', '§5.2'],
    // A smooth road ahead is an easy one (§6.1: not easy); holding together is no meeting held (§1.1).
    ['Do the writers think the grouping has a smooth road ahead?', '§6.1'],
    ["what's the weakest link holding this partnership together?", '§6.3'],
    // "Now" says when, not what: the paragraph on the shift of purpose, not the one where the DPRK "now" has nuclear arms.
    ['so the trilat used to be about NK nukes but now its all about china??', '§2.1'],
    // What a chat question opens with is no part of it ("quick q", "hey bot", "can you tell me"); "which city hosted" asks where,
    // and "hosted" is a deed, not the host WordNet files as a person.
    ['quick q which city hosted the first round of those US-Tokyo-Seoul talks on the region', '§1.1'],
    ['hey bot is the chance of a war in korea going up', '§4.2'],
    ["did Tokyo and Seoul ask to join Biden's economic framework for the region?", '§2.3'],
    ['can you tell me when the korean war armistice was signed', 'not covered'],
    // Friends are good relations; scared is worried (the "strong concern" of §7.1); which side is a choice.
    ['japan korea friends? 🤝', '§6.3'],
    ['are japan and korea scared of china becoming too strong?', '§7.1'],
    // The pact is the mechanism (§3.1 is about its aims); "in the first place" is no first.
    ['who is the pact really aimed at?', '§3.1'],
    ['what news event prompted this piece in the first place?', '§1.1'],
    // Chat's words: "these guys" are the authors, roads and ports are infrastructure, grudges are history, rolling out is launching.
    ['is america getting weaker according to these guys', '§6.2'],
    ['do they also talk about like roads/ports and keeping supply chains from breaking', '§2.2'],
    ['could old ww2-era grudges between japan and korea sink this', '§6.3'],
    ['when did biden roll out his asia plan doc', '§2.3'],
    // Why these guys wrote it now is the piece's occasion.
    ['why did these guys even write this now, what kicked it off', '§1.1'],
    // Locked in is irreversible: the US claim the paragraph doubts.
    ["How much credence does the piece give to Washington's assurance that the arrangement is locked in?", '§6.3'],
    // The thing asked for is a cost: the paragraph about it (its keywords) answers before one closer in words that is not.
    ["what's the cost for jp and sk of going along with the americans", '§5.2'],
    // To complain is to express concerns.
    ["which sea were they complaining about beijing's behaviour in after the talks in washington", '§1.1'],
    // Bringing back is restoring; seeing threats the same way is a matter of strategic perceptions.
    ['are china, japan and korea trying to bring back their own three-way talks?', '§7.2'],
    ['do tokyo and seoul see strategic threats the same way', '§6.3'],
    // A date is asked for: the paragraph giving one (February 2022) answers before a closer one on Biden's strategy that gives none.
    ['when did the biden white house publish its asia strategy paper?', '§2.3'],
    // "What date" asks when: no passage need say "date".
    ['what date did the three countries first sit down for that indo pacific meeting in DC', '§1.1'],
    // The two Koreas are the Korean Peninsula; a part to play is a contribution; what prompted the writers is the occasion;
    // from within is domestic; spread out is decentralized.
    ['Are the authors worried about war between the two Koreas?', '§4.2'],
    ['What part is Tokyo expected to play, according to the authors?', '§2.3'],
    ['Who does the heavy lifting for Washington?', '§2.3'],
    ['What prompted the writers to write the piece?', '§1.1'],
    ['Could the trilateral crack from within?', '§6.3'],
    ['Is the US alliance system spread out?', '§3.2'],
    // Siding with one is a choice, and so is what one should do: the allies' "rational choice".
    ['will tokyo side with washington against beijing?', '§7.1'],
    ['what do the writers say Tokyo and Seoul should do?', '§7.1'],
    // Instances of a kind asked for: the passage listing them ("platforms such as the G7, AUKUS, Quad").
    ['which specific platforms does the US want the mechanism to coordinate with?', '§4.3'],
    ['Which particular mechanisms is the US building under the Indo-Pacific framework?', '§3.2'],
    // Cast as the villain is cast as a threat ("accentuating the 'China threat' theory"); freedom to set one's course
    // is the diplomatic space the piece says is compressed.
    ['Do the writers think Beijing is being painted as the villain?', '§5.2'],
    ["What do they think happens to the neighbors' freedom to set their own course?", '§5.2'],
    // Western bodies are named, not called bodies: NATO, the G7. The Euro-Atlantic is NATO's.
    ['Which Western bodies does the piece say Washington wants to plug into its Indo-Pacific strategy?', '§4.3'],
    ['Is the Euro-Atlantic theatre bleeding into Asia, according to them?', '§4.3'],
    // A date asked for may be in a sentence that does not name everything asked ("the Biden administration put
    // forward its strategy", not "the White House").
    ['when did the white house roll out its indo-pac strategy', '§2.3'],
    // A verb form of a passage's word ("constrains") finds the noun ("constraints").
    ['is the trilateral gonna face constrains going forward?', '§6.1'],
  ])('GIVEN "%s" THEN %s ranks first', async (question, ref) => {
    expect(await top(question)).toBe(ref);
  });

  it.each([
    'best sushi in Tokyo',
    // WordNet's "trump" (to best, to beat) is a word, not Trump, whom the gazetteer names.
    'best ramen in tokyo',
    'What is the population of South Korea?',
    'how do I reset my password',
    'What does the article say about Brexit?',
    'hello',
    '',
    '???',
    'How many nuclear warheads does North Korea have?',
    'When was AUKUS created?',
    'What is the capital of Australia?',
    // Whose view is asked for is something the content never mentions.
    "what did china's foreign ministry say in response to the washington dialogue?",
    // The sentence naming the summit gives a year, not a place.
    'Where was the first China-Japan-ROK summit held in 2008?',
  ])('GIVEN the off-topic "%s" THEN the article does not cover it', async (question) => {
    const answer = (await realEngine()).answer(question);
    expect(answer.kind).toBe('not-covered');
  });

  it('GIVEN an endgame asked for THEN it is read as the goal, not refused as something the article never mentions', async () => {
    expect(await top("What's the geographic endgame for this grouping?")).not.toBe('not covered');
  });

  it("GIVEN \"it won't work\" THEN it is read as failing, not refused for want of the article's words", async () => {
    expect(await top("What makes them think it won't work?")).not.toBe('not covered');
  });

  it('GIVEN "beef" (a quarrel) THEN it is read as the feud between Tokyo and Seoul, not refused', async () => {
    expect(['§1.2', '§6.3']).toContain(await top('what was the beef between tokyo and seoul?'));
  });

  it('GIVEN a downside asked for THEN it is read as a risk or cost the article names, not refused', async () => {
    expect(await top("what's the main downside the authors see?")).not.toBe('not covered');
  });

  it('GIVEN a question THEN passages carry ref, section, score, matched sentences and highlights', async () => {
    const answer = (await realEngine()).answer('What is the China threat theory?');
    expect(answer.kind).toBe('answered');
    if (answer.kind !== 'answered') return;
    const [best] = answer.passages;
    expect(best?.passage.ref).toBe('§5.2');
    expect(best?.passage.sectionTitle).toContain('China threat');
    expect(best?.score).toBeGreaterThan(0);
    expect(best?.sentences[0]).toContain('“China threat” theory');
    const highlighted = best?.highlights.map(([a, b]) => best.passage.text.slice(a, b)) ?? [];
    expect(highlighted.join(' ')).toMatch(/China/);
    const scores = answer.passages.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('GIVEN a "who is the X in this group" question THEN X may be the passages\' own word for it, but not when asked of something named', async () => {
    const engine = await realEngine();
    // The boss in this group is who dominates it (§3.2: the US "dominates" the small groupings).
    const boss = engine.answer('who is the boss in this group, by opinion of writer?');
    if (boss.kind !== 'answered') throw new Error(`expected an answer, got: ${boss.reason}`);
    expect(boss.passages.slice(0, 3).map((p) => p.passage.ref)).toContain('§3.2');
    expect(engine.answer('Who is the president of China?').kind).toBe('not-covered');
    expect(engine.answer('Who is the boss of Samsung?').kind).toBe('not-covered');
  });

  it('GIVEN a question one passage answers far better THEN the next ones still follow it, down to a tenth of its score', async () => {
    const answer = (await realEngine()).answer("has the three-way partnership's focus moved away from North Korea's nukes?");
    if (answer.kind !== 'answered') throw new Error('expected an answer');
    const [best, ...rest] = answer.passages.map((p) => p.score);
    expect(answer.passages[0]?.passage.ref).toBe('§2.1');
    // A reader who wants more gets the related passages, weaker as they are (a fifth of the best's score here).
    expect(rest.some((s) => s < 0.3 * (best ?? 0))).toBe(true);
    expect(rest.every((s) => s >= 0.1 * (best ?? 0))).toBe(true);
  });

  it('GIVEN passages read after other questions, or as JSON THEN their sentences and highlights are what they were when answered', async () => {
    const engine = await realEngine();
    const question = 'Why is the trilateral cooperation mechanism hard to sustain?';
    const late = engine.answer(question);
    for (const q of ['What is AUKUS?', 'What does the US want from Japan?', 'best sushi in Tokyo']) engine.answer(q);
    const now = engine.answer(question);
    if (late.kind !== 'answered' || now.kind !== 'answered') throw new Error('expected answers');
    expect(late.passages.map((p) => [p.sentences, p.highlights])).toEqual(now.passages.map((p) => [p.sentences, p.highlights]));
    const json = JSON.parse(JSON.stringify(late)) as { passages: { sentences: string[]; highlights: number[][] }[] };
    expect(json.passages[0]?.sentences.length).toBeGreaterThan(0);
    expect(json.passages.map((p) => p.highlights)).toEqual(now.passages.map((p) => p.highlights.map(([a, b]) => [a, b])));
  });

  it('GIVEN an off-topic question with a related word THEN suggestions name terms or sections', async () => {
    const answer = (await realEngine()).answer('What is the GDP of Japan and the ROK?');
    expect(answer.kind).toBe('not-covered');
    if (answer.kind === 'not-covered') expect(answer.suggestions.length).toBeGreaterThan(0);
  });
});

describe('define()', () => {
  it.each([
    ['DPRK', 'DPRK'],
    ['north korea', 'DPRK'],
    ['South Korea', 'ROK'],
    ['Regional Comprehensive Economic Partnership', 'RCEP'],
    ['AUKES', 'AUKUS'],
    ['derisking', 'de-risking'],
    ['the transatlantic alliance', 'NATO'],
    ['Hanmiil', 'trilateral cooperation mechanism'],
    ['the presidential retreat in Maryland', 'Camp David summit'],
    ['Nanhai', 'South China Sea'],
    ['南海', 'South China Sea'],
  ])('GIVEN "%s" THEN the entry is %s with the passages that use it', async (query, term) => {
    const definition = (await realEngine()).define(query);
    expect(definition.kind).toBe('found');
    if (definition.kind !== 'found') return;
    expect(definition.entry.term).toBe(term);
    expect(definition.passages.length).toBeGreaterThan(0);
  });

  it('GIVEN AUKUS THEN the passages that use it are the ones naming it', async () => {
    const definition = (await realEngine()).define('AUKUS');
    expect(definition.kind === 'found' && definition.passages.map((p) => p.ref)).toEqual(['§3.2', '§4.3']);
  });

  it('GIVEN an unknown term THEN suggestions are offered instead', async () => {
    const definition = (await realEngine()).define('Quadrilateral Dialog Group');
    expect(definition.kind).toBe('not-found');
    if (definition.kind === 'not-found') expect(definition.suggestions).toContain('Quad');
  });

  it('GIVEN a partial name THEN completion offers at most 25 matching terms and aliases', async () => {
    const engine = await realEngine();
    expect(engine.completeTerm('de').map((c) => c.term)).toContain('de-risking');
    expect(engine.completeTerm('north').map((c) => c.name)).toContain('North Korea');
    expect(engine.completeTerm('').length).toBeLessThanOrEqual(25);
  });
});

describe('the engine over any content', () => {
  const doc = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n## 1. Only section\n\n${body}\n`;

  it('GIVEN two documents THEN answers come from either, with refs that carry the document', () => {
    const engine = new Engine(parseContent([
      { name: 'content/tea.md', text: doc('Tea', 'Green tea is grown on terraces in Japan and steamed after picking.') },
      { name: 'content/rice.md', text: doc('Rice', 'Paddy rice needs flooded fields and a warm monsoon season.') },
    ]));
    const answer = engine.answer('how is green tea processed after picking?');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('tea§1.1');
    expect(engine.section('rice§1')?.title).toBe('Only section');
    expect(engine.passage('rice§1.1')?.text).toContain('monsoon');
    expect(engine.stats.documents).toBe(2);
    // A section named with its document is that document's; without it, with two documents, no section is named.
    const named = engine.answer('what does rice§1 say?');
    expect(named.kind === 'answered' && named.passages.map((p) => p.passage.ref)).toEqual(['rice§1.1']);
    const missing = engine.answer('what does tea§1.4 say?');
    expect(missing.kind === 'not-covered' && missing.reason).toBe('There is no tea§1.4: tea§1 has 1 paragraph.');
    const nodoc = engine.answer('what does coffee§1 say?');
    expect(nodoc.kind === 'not-covered' && nodoc.reason).toBe('There is no document "coffee": the content has tea, rice.');
  });

  it('GIVEN a section named by words of its title THEN the one section whose title has them all answers, in any document', () => {
    const twoSections = (first: string, second: string, a: string, b: string) => `---\ntitle: T\n---\n\n## 1. ${first}\n\n${a}\n\n## 2. ${second}\n\n${b}\n`;
    const engine = new Engine(parseContent([
      { name: 'content/tea.md', text: twoSections('Growing tea', 'Risks to the harvest', 'Tea grows on terraces.', 'Frost can ruin the leaves.\n\nHail is rarer.') },
      { name: 'content/rice.md', text: twoSections('Flooded fields', 'Market risks', 'Rice grows in paddies.', 'Prices swing with the monsoon.') },
    ]));
    // The section itself, quoted whole (score 1 each), not passages ranked against the question.
    const refs = (question: string) => {
      const a = engine.answer(question);
      return a.kind === 'answered' && a.passages.every((p) => p.score === 1) ? a.passages.map((p) => p.passage.ref) : [];
    };
    expect(refs('summarize the section on flooded fields')).toEqual(['rice§1.1']);
    expect(refs('summarize the section on market risks')).toEqual(['rice§2.1']);
    // "risks" alone is in two titles: the section is the one with "harvest" too, all of it.
    expect(refs('summarize the section on harvest risks')).toEqual(['tea§2.1', 'tea§2.2']);
    expect(refs('summarize the section on risks to the harvest')).toEqual(['tea§2.1', 'tea§2.2']);
    // Asked again (the sections' title terms are worked out once), the same.
    expect(refs('summarize the section on market risks')).toEqual(['rice§2.1']);
  });

  it('GIVEN content without a date THEN no year is beyond it; GIVEN content about books THEN a question about books is no question about other writings', () => {
    const body = 'The library lent 10,000 books in 2031, most of them novels.';
    const undated = new Engine(parseContent([{ name: 'content/library.md', text: doc('Library', body) }]));
    expect(undated.answer('how many books did the library lend in 2031?').kind).toBe('answered');
    const dated = new Engine(parseContent([{ name: 'content/library.md', text: doc('Library', body).replace('---\n\n', 'date: 2030-05\n---\n\n') }]));
    const later = dated.answer('how many books did the library lend in 2031?');
    expect(later.kind === 'not-covered' && later.reason).toBe('The content dates from 2030: it cannot say what happened in 2031.');
    const tea = new Engine(parseContent([{ name: 'content/tea.md', text: doc('Tea', 'Green tea is grown on terraces in Japan.') }]));
    const books = tea.answer('what other books did the author of the tea piece write?');
    expect(books.kind === 'not-covered' && books.reason).toBe('The content is one piece of writing: it does not cover other books.');
  });

  it('GIVEN content dated to a month THEN a later month of its year is beyond it, unless a passage names that month', () => {
    const body = 'The library lent 10,000 books in March 2030, most of them novels. It reopens in September 2030.';
    const dated = new Engine(parseContent([{ name: 'content/library.md', text: doc('Library', body).replace('---\n\n', 'date: 2030-05\n---\n\n') }]));
    const later = dated.answer('how many books did the library lend in July 2030?');
    expect(later.kind === 'not-covered' && later.reason).toBe('The content dates from May 2030: it cannot say what happened in July 2030.');
    const lateYear = dated.answer('how many books did the library lend in late 2030?');
    expect(lateYear.kind === 'not-covered' && lateYear.reason).toBe('The content dates from May 2030: it cannot say what happened in late 2030.');
    expect(dated.answer('how many books did the library lend in March 2030?').kind).toBe('answered');
    expect(dated.answer('what happens at the library in September 2030?').kind).toBe('answered');
    // Dated to its year only: no month of that year is beyond it.
    const yearOnly = new Engine(parseContent([{ name: 'content/library.md', text: doc('Library', body).replace('---\n\n', 'date: 2030\n---\n\n') }]));
    expect(yearOnly.answer('how many books did the library lend in July 2030?').kind).toBe('answered');
    // One of the newest year's documents dated to its year only may be from any month of it.
    const both = new Engine(parseContent([
      { name: 'content/library.md', text: doc('Library', body).replace('---\n\n', 'date: 2030-05\n---\n\n') },
      { name: 'content/museum.md', text: doc('Museum', 'The museum lent 20 paintings.').replace('---\n\n', 'date: 2030\n---\n\n') },
    ]));
    expect(both.answer('how many books did the library lend in July 2030?').kind).toBe('answered');
  });

  it('GIVEN a comparative the content does not use THEN it reads as its adjective, unless English knows it as a noun ("closer": one who closes)', async () => {
    const lexicon = await loadLexicon(CACHE_DIR);
    const engine = new Engine(parseContent([{ name: 'content/towns.md', text: doc('Towns', 'The two towns keep close ties and a safe road between them.') }]), { lexicon });
    expect(engine.answer('is it safer?').kind).toBe('answered');
    const closer = engine.answer('who is the closer?');
    expect(closer.kind === 'not-covered' && closer.reason).toBe('The content shares no telling word with the question.');
  });

  it("GIVEN questions about the piece itself (who wrote it, when, where) THEN no passage answers, and the reply gives its front matter's details", () => {
    const meta = 'authors:\n  - name: Ana Lima\n    affiliation: Tea Institute\n  - name: Bo Chen\noutlet: The Leaf\ndate: 2023-04\n';
    const tea = doc('Tea', 'Green tea is grown on terraces in Japan and steamed after picking.').replace('---\n\n', `${meta}---\n\n`);
    const engine = new Engine(parseContent([{ name: 'content/tea.md', text: tea }]));
    const reason = (q: string) => {
      const a = engine.answer(q);
      return a.kind === 'not-covered' ? a.reason : `answered: ${q}`;
    };
    expect(reason('Who wrote this article?')).toBe('No passage says; the content\'s details do: "Tea" is by Ana Lima (Tea Institute) and Bo Chen.');
    expect(reason('when was it published?')).toBe('No passage says; the content\'s details do: "Tea" is dated 2023-04.');
    expect(reason('What newspaper published this piece?')).toBe('No passage says; the content\'s details do: "Tea" was published in The Leaf, 2023-04.');
    // An author asked about by name: who the authors are.
    expect(reason('who is Ana Lima?')).toBe('No passage says; the content\'s details do: "Tea" is by Ana Lima (Tea Institute) and Bo Chen.');
    expect(reason('Who are Lima and Chen?')).toBe('No passage says; the content\'s details do: "Tea" is by Ana Lima (Tea Institute) and Bo Chen.');
    expect(reason('who is Ana Lima\'s sister?')).not.toContain('Tea Institute');
    // Several documents: each one's, up to three.
    const two = new Engine(parseContent([{ name: 'content/tea.md', text: tea }, { name: 'content/rice.md', text: doc('Rice', 'Paddy rice needs flooded fields.') }]));
    const both = two.answer('who are the authors?');
    expect(both.kind === 'not-covered' && both.reason).toBe('No passage says; the content\'s details do: "Tea" is by Ana Lima (Tea Institute) and Bo Chen; "Rice" names no authors.');
    // Not a question about another work, nor about what the piece's authors think.
    expect(engine.answer('who wrote Pride and Prejudice?').kind === 'not-covered' && reason('who wrote Pride and Prejudice?')).not.toContain('Ana Lima');
  });

  it("GIVEN a paragraph's keywords THEN a question in those words finds it, and the quote is its text alone", () => {
    const body = 'Paddy rice needs flooded fields.\n\nThe harvest is sold to mills in the autumn.\n<!-- keywords: crop, selling, buyers -->';
    const engine = new Engine(parseContent([{ name: 'content/rice.md', text: doc('Rice', body) }]));
    const answer = engine.answer('who are the buyers of the crop?');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('§1.2');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.text).toBe('The harvest is sold to mills in the autumn.');
    // Without the keywords, nothing in the paragraph says "buyers" or "crop".
    expect(new Engine(parseContent([{ name: 'content/rice.md', text: doc('Rice', body.replace(/<!--.*-->/, '')) }])).answer('who are the buyers of the crop?').kind).toBe('not-covered');
  });
});

describe('answer(): questions the content cannot answer by nature', () => {
  /** Why the real engine refuses `q`, or "answered" and its best ref. */
  const reasonFor = async (q: string) => {
    const a = (await realEngine()).answer(q);
    return a.kind === 'not-covered' ? a.reason : `answered ${a.passages[0]?.passage.ref}`;
  };

  it('GIVEN the difference between two things the content never names THEN it is general knowledge; between two it names, it is answered', async () => {
    const reason = reasonFor;
    expect(await reason('difference between sympathetic and parasympathetic nervous system?')).toMatch(/general knowledge/);
    expect(await reason('difference between a policy brief and a white paper?')).toMatch(/general knowledge/);
    expect(await reason("what's the difference between de-risking and decoupling?")).toMatch(/^answered/);
    expect(await reason('difference between hedging and balancing, per the authors?')).toMatch(/^answered/);
  });

  it('GIVEN a question mostly in another language THEN the refusal asks for it in English; an English one, typos and all, is refused for what it asks', async () => {
    const reason = reasonFor;
    expect(await reason('qual é a melhor receita de bolo de cenoura?')).toMatch(/not English.*ask it in English/);
    expect(await reason("c'est quoi le meilleur ramen à Paris, rue Sainte-Anne ou ailleurs?")).toMatch(/ask it in English/);
    expect(await reason("what's the best ramen in Paris, rue Sainte-Anne or elsewhere?")).not.toMatch(/English/);
    expect(await reason('wat do teh authrs thnk abuot the weathr in seuol tomorow?')).not.toMatch(/English/);
    // A few words of another language in an English question are no other language.
    expect(await reason('anyone know good tsukemen near shinjuku eki?')).not.toMatch(/English/);
  });

  it.each([
    ['Can you help me write a cover letter?', /a task/],
    ['what time is it in Tokyo right now', /happening now/],
    // Now, asked of what no passage tells as the piece's present.
    ['is the Quad meeting right now?', /happening now/],
    // People asked for by their role, whom no passage names (the piece names the countries at Camp David, not their leaders).
    ['who were the three leaders at the Camp David summit?', /name no one in the role/],
    ['Who were the leaders at the Jan 5 dialogue?', /name no one in the role/],
    // After the piece: what it cannot tell (but "after the article describes X" is a place in it).
    ['what happened to Yoon Suk-yeol after this article, is he still president?', /after it was written/],
    ['Has the mechanism survived since the piece was published?', /after it was written/],
    ["What is India's position on the Quad?", /"position"/],
    ['Which countries are members of the Quad?', /"members"/],
    // The article names the theory and the talks, but never who coined one or who attended the other.
    ['Who coined the "China threat" theory?', /who coined it/],
    ['Who represented Japan at the Jan 5 talks in Washington?', /who represented it/],
    // …with an adverb before the deed, or after naming whose account is asked for: the question's form is the same.
    ['Who actually represented Japan at the Jan 5 talks in Washington?', /who represented it/],
    ['According to the article, who led the US delegation at the Washington dialogue in January?', /who led it/],
    ['does the article name who led the Japanese delegation at the Jan 5 talks?', /who led it/],
    ['According to the authors, on what date was the Camp David summit held?', /date/],
    // "Jan 5" is in the sentence about the dialogue, not in the one about the summit.
    ['On what date was the Camp David summit held?', /date/],
    // The date must be where the passage tells of the event asked (to restore), not of another (first initiated in 2008).
    ["when did the China-Japan-Korea leaders' summits actually restart?", /date/],
    ['in which month did the china-japan-korea summit finally resume', /date/],
    // Russia is named, its reaction is not; no official is named; no date ahead is given.
    ['How did Russia react to the US-Japan-ROK mechanism?', /deed .*"react"/],
    ['Which officials attended the Jan 5 Indo-Pacific dialogue in Washington?', /"officials"/],
    // A reaction to an event, however asked: the article tells of none (the joint statement's concerns are no reaction to it).
    ['anything in the piece on how Pyongyang reacted to the Washington dialogue', /no reaction/],
    ['what north korea responded to the january dialogue?', /no reaction/],
    ["what did china's foreign ministry say back to the jan 5 statement", /no reaction/],
    ["what did china's foreign ministry say back about the indo-pacific dialogue", /no reaction/],
    // A who-question in another language's words ("quem …" is "who …"), for a role the content never names.
    ['quem era o primeiro-ministro do Japão no encontro de Camp David?', /name no one .*"minister"/],
    // A reaction after an event is one to it (and a foreign ministry in pinyin, "waijiaobu").
    ['what did zhongguo waijiaobu say back after the jan 5 statement', /no reaction/],
    // Whether someone said anything of a thing asks their view, which the passages as close do not tell.
    ['did Russia say anything about the US-Japan-Korea grouping?', /do not say what Russia says or thinks/],
    // …asked in a chat's spelling ("abt").
    ['what did north korea say abt the jan 5 meeting', /do not say what north korea says or thinks/],
    // Removed from office, as impeached: what was done to someone, which the piece does not tell.
    ['what happened to the us-japan-korea mechanism after yoon got removed from office?', /deed .*"removed"/],
    // A detail of a term the article only lists among others, that only the glossary's entry tells of.
    ['whats the deal with the aukus submarines', /AUKUS's "submarines"; the glossary's entry for AUKUS does/],
    ['what is the AUKUS submarine deal', /AUKUS's "submarine"/],
    ['Is Australia getting nuclear submarines under AUKUS?', /AUKUS's "submarines"/],
    // …an idea as rare as a pillar too, but not an everyday one ("is the G7 part of this picture?" is answered).
    ['AUKUS pillar 2 — is japan joining?', /AUKUS's "pillar"/],
    // A term the article discusses too (IPEF): a detail right after it that only its glossary entry tells of.
    ["what are IPEF's pillars?", /IPEF's "pillars"; the glossary's entry for IPEF does/],
    ['does IPEF include tariff cuts?', /IPEF's "tariff"/],
    ["what did beijing's foreign ministry say back regarding the joint statement", /no reaction/],
    ["does the article say what Moscow's reaction to the trilateral was?", /no reaction/],
    // Someone's return to office: the article tells of the Trump years, never of a second term.
    ['do the authors say what a second Trump term would mean for the trilat', /no return to office \("trump"\)/],
    ['any prediction in here about what happens to the trilateral if trump wins again?', /no return to office/],
    // Someone coming back, in the question's first sentence (an example after it is answered: see above).
    ['if trump comes back, what happens to this trio?', /no return to office/],
    ['did trump coming back change the trilateral mechanism', /no return to office/],
    ['When will the next US-Japan-ROK summit be held?', /future/],
    ['Has Moscow officially responded to the trilateral cooperation mechanism?', /deed .*"responded"/],
    ["what did the jan 5 joint statement say about north korea's missiles", /"missiles"/],
    ["what percentage of south koreans oppose yoon's japan policy?", /a number/],
    ['What polling figures do the authors give for South Korean opposition to Yoon Suk-yeol\'s Japan policy?', /a number/],
    ["Does the article give any figures on China's bilateral trade volume with Japan or with South Korea?", /a number/],
    // Asked in the words an idiom reads ("ilang", Tagalog's how many).
    ['ilang nuclear weapons na meron ang North Korea?', /a number/],
    // An event asked about, with a thing the content never mentions (a person it does name is not enough).
    // (Martial law, THAAD and the like are names in the gazetteer, refused before these checks: see below.)
    ['What happened to Yoon Suk-yeol after the court ruling?', /does not tell what happened with "court"/],
    // (Hiroshima is a name in the gazetteer, refused before this check.)
    ['what happened at the g7 summit in cornwall', /does not tell what happened/],
    // Whether the piece covers a thing at all: a word naming it that the content never uses (a thing, a name typed in lower case).
    ["did the authors say anything about japan's plan to double its defence budget", /does not mention "budget"/],
    ['does it say anything about the hyunmoo deployment', /does not mention "hyunmoo"/],
    // An event the lexicon files as an act (an election, a coup) is a thing the piece covers or not.
    ["does the op-ed say anything about Taiwan's election result?", /does not mention "election"/],
    // A capital makes a name of what the lexicon knows only as a verb ("to tomahawk").
    ["where's Japan at with its Tomahawk buy / counterstrike capability", /does not mention/],
    // A group's members asked for: the article names the Quad and IPEF, never who belongs to them (but Japan and the ROK's application).
    ['Which four countries make up the Quad?', /who belongs to Quad/],
    ['is india in the IPEF according to the article?', /who belongs to IPEF/],
    // Others than Japan and the ROK: "the US' IPEF" names its owner, and "Indo-Pacific" is part of its name, not members.
    ['Which countries besides Japan and South Korea are in the IPEF?', /who belongs to IPEF/],
    // "Korea" stands for the ROK (or the DPRK): the ROK's application names no other member.
    ['who else is in IPEF besides japan and korea', /who belongs to IPEF/],
    // Arms of its own: the article tells of the DPRK's nuclear arms, never of Seoul's.
    ['is seoul gonna build its own nukes', /do not tell of seoul having nukes of its own/],
    ['Does the article weigh in on whether South Korea should develop an independent nuclear deterrent?', /of its own/],
    // A later meeting of a series, when the piece tells only of the first.
    ['What came out of the second trilateral Indo-Pacific dialogue?', /no second meeting/],
    ['Has the trilateral "Indo-Pacific" dialogue met a second time since that January meeting?', /no second meeting/],
    ['What happened at the next trilateral meeting after the January one?', /no next meeting/],
    // Instances of a kind asked for: the article speaks of technologies and exercises, but lists none of the kinds asked about.
    ['Which specific export controls did Japan adopt?', /name no specific controls/],
    ['Which specific military exercises have NATO countries held with Japan?', /name no specific exercises/],
    // …asked for by a command.
    ['list the exact islands china claims in the south china sea', /name no specific islands/],
    ['list all 15 RCEP members', /name no specific members/],
    // After "which", "official" is a noun (a person), though the word is mostly an adjective.
    ['Which US official hosted the first Indo-Pacific dialogue?', /"official"/],
    // "Washington" is where the US-Japan-ROK dialogue was held, in a sentence that never names China.
    ['Where was the first China-Japan-ROK summit held?', /asks where/],
    // A place where they met is no answer to where they will meet next.
    ['Where will the next US-Japan-ROK meeting be held?', /asks where/],
    // "Taiwan" inside "the Taiwan Strait" counts once, so the unnamed Kishida weighs as he should.
    ['What did Kishida say about the Taiwan Strait?', /does not mention/],
    ["Who was Japan's prime minister at the time of the Camp David summit?", /"minister"/],
    ['Did the IPEF talks conclude a supply chain agreement?', /"conclude"/],
    // Russia is named (as a target), but nothing it said.
    ['What did Moscow say about the US-Japan-ROK mechanism?', /what Moscow says or thinks/],
    // The article names North Korea, and tells others' concerns ("they expressed concerns …"), never what Pyongyang said.
    ['What did North Korea say in response to the Washington dialogue?', /what North Korea says or thinks/],
    // Leaders the article never names are not their countries.
    ['What did Kishida say at Camp David?', /does not mention/],
    // …asked as a command.
    ['tell me what kishida actually said at camp david', /never mentions kishida/],
    // A view named, but not on what is asked: the article tells of Yoon's Japan policy, never of his view of China.
    ['What does Yoon Suk-yeol personally think about China?', /what Yoon Suk-yeol says or thinks about it/],
    // What a text says of a thing: the joint statement's concerns are about the South China Sea, not Taiwan.
    ['what exactly did the Jan 5 joint statement say about Taiwan?', /what the Jan 5 joint statement says (?:or thinks )?about it/],
    ["What did the Jan 5 joint statement say about North Korea's missile launches specifically?", /says (?:or thinks )?about it/],
    ['the Jan 5 joint statement say what about Taiwan exactly?', /says about it/],
    // What was done to someone in office, within a question.
    ['did the trilateral survive yoon getting impeached', /"impeached"/],
    ['What did Xi Jinping say about the Camp David summit?', /does not mention/],
    // However much else of the article the question names, a speaker it never names is not in it.
    ['What did Kishida say about the normalization and institutionalization of US-Japan-ROK trilateral cooperation mechanism after the Indo-Pacific dialogue in Washington?', /never mentions Kishida/],
    // A response asked for as a thing given, by a body the article never mentions.
    ["What was the Chinese foreign ministry's official response to the joint statement?", /never mentions the Chinese foreign ministry/],
    ["what was china's foreign ministry response to the jan 5 joint statement", /never mentions china's foreign ministry/],
    ["what's india's stance on the quad these days", /what india says or thinks/],
    ["What has Russia's foreign ministry said publicly about the US-Japan-ROK grouping?", /never mentions Russia's foreign ministry/],
    ["How do you say 'thank you' in Korean?", /a language/],
    // "Pillars" is an idea only the glossary's background on IPEF names, never the article: background it does not discuss.
    ['What are the pillars of IPEF?', /"pillars"/],
    // A country the article never names is who the question is about, however much else it shares.
    ["What does the article say about Thailand's role in the Indo-Pacific strategy?", /does not mention/],
    ['Does Vietnam belong to the Quad?', /does not mention/],
    ['did japan and the netherlands actually match the US export controls on chip tools?', /does not mention/],
    ["how's the red sea mess affecting asia-europe transit times", /does not mention/],
    // A grouping of states the article never names (ASEAN is only in the glossary's background on RCEP).
    ["What is ASEAN's view of the Indo-Pacific strategy?", /does not mention/],
    // Ideas the content never names ("earthquake", "housing") count against a question as much as half a thing does.
    ['Does it cover the Noto peninsula earthquake on new year day?', /does not mention/],
    ["how's china's housing market doing, is evergrande dead", /does not mention/],
    ["what's the difference between let and const in javascript", /programming/],
  ])('GIVEN "%s" THEN it is refused with a reason', async (question, reason) => {
    const answer = (await realEngine()).answer(question);
    expect(answer.kind).toBe('not-covered');
    if (answer.kind === 'not-covered') expect(answer.reason).toMatch(reason);
  });

  it('GIVEN "who is to blame" THEN "blame" is not taken for a thing the answer must name', async () => {
    const answer = (await realEngine()).answer('who is to blame for the stalling under the previous US president?');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('§1.2');
  });

  it('GIVEN the latest meeting (the piece\'s own) or a next step THEN it is no later meeting, and is answered', async () => {
    const engine = await realEngine();
    expect(engine.answer('Was the latest meeting a one-off or a step toward something more permanent?').kind).toBe('answered');
    expect(engine.answer('What came out of the Camp David meeting as a next step for the three nations?').kind).toBe('answered');
  });

  it('GIVEN a name opening with hyphenated countries THEN every order of them is a name too; other names stay as they are', () => {
    expect(reorderings('China-Japan-ROK cooperation')).toEqual([
      'China-Japan-ROK cooperation', 'China-ROK-Japan cooperation', 'Japan-China-ROK cooperation',
      'Japan-ROK-China cooperation', 'ROK-China-Japan cooperation', 'ROK-Japan-China cooperation',
    ]);
    expect(reorderings('US-Japan')).toEqual(['US-Japan', 'Japan-US']);
    expect(reorderings('de-risking')).toEqual(['de-risking']);
    expect(reorderings('Indo-Pacific strategy')).toEqual(['Indo-Pacific strategy']);
  });

  it('GIVEN a country by its own name, romanised THEN it is the country', async () => {
    const engine = await realEngine();
    const refs = (q: string) => {
      const a = engine.answer(q);
      return a.kind === 'answered' ? a.passages.map((p) => p.passage.ref) : [];
    };
    expect(refs("what does the piece say about Nihon's ties with Zhongguo?")).toEqual(refs("what does the piece say about Japan's ties with China?"));
    expect(refs('why does Hanguk not trust Ilbon?')).toEqual(refs('why does South Korea not trust Japan?'));
    // In Mandarin (Hanguo, Chaoxian, Meiguo), in Japanese (Kankoku, Kitachosen, Beikoku), in Korean (Miguk).
    expect(refs('why does Hanguo not trust Riben?')).toEqual(refs('why does South Korea not trust Japan?'));
    expect(refs('is Chaoxian having nukes making war more likely?')).toEqual(refs('is North Korea having nukes making war more likely?'));
    expect(refs('what does Beikoku want from Kankoku?')).toEqual(refs('what does the US want from South Korea?'));
    expect(refs('is Miguk worried about Kita Chosen?')).toEqual(refs('is the US worried about North Korea?'));
    // The administrations of the piece's time by their party; the South China Sea as Vietnam calls it.
    expect(refs('Why do they bring up the previous Republican White House at all?')).toEqual(refs('Why do they bring up the previous Trump administration at all?'));
    expect(refs('what did the Democratic administration prioritise?')).toEqual(refs('what did the Biden administration prioritise?'));
    expect(refs('what did they say about Bien Dong?')).toEqual(refs('what did they say about the South China Sea?'));
    // The US government as officials write it.
    expect(refs("Does USG describe the trilat as something that can't be rolled back?")).toEqual(refs("Does the US describe the trilat as something that can't be rolled back?"));
    // NATO as French and Spanish speakers write it.
    expect(refs('the otan is getting involved in asia now??')).toEqual(refs('NATO is getting involved in asia now??'));
    // China-Japan-ROK cooperation as Korean and Chinese speakers name it (Han-Jung-Il, Zhong-Ri-Han).
    expect(refs('han jung il 3 country team still alive??')).toEqual(refs('China-Japan-ROK cooperation 3 country team still alive??'));
    expect(refs('is the zhong ri han cooperation still going')).toEqual(refs('is the China-Japan-ROK cooperation still going'));
    // And as Australians say them: the Yanks, Down Under.
    expect(refs('what do the yanks want from Tokyo?')).toEqual(refs('what does the US want from Tokyo?'));
    expect(refs('is Down Under part of the problem?')).toEqual(refs('is Australia part of the problem?'));
    // Abbreviations and old names: KR, the Land of the Morning Calm, the Middle Kingdom.
    expect(refs('are jp and kr spooked by beijing\'s rise')).toEqual(refs('are japan and south korea spooked by china\'s rise'));
    expect(refs('Are the Japanese and the South Koreans uneasy about how powerful the Middle Kingdom has become?')).toEqual(refs('Are the Japanese and the South Koreans uneasy about how powerful China has become?'));
    expect(refs('Why does the Land of the Morning Calm distrust Nippon?')).toEqual(refs('why does South Korea distrust Japan?'));
    expect(refs('are jp and kr spooked by beijing\'s rise')[0]).toBe('§7.1');
  });

  it("GIVEN the Kim regime, an upshot, a hotspot, a turn in the piece, realism THEN they are the DPRK, a consequence, a place of conflict the passage names, its turning point, what is realistic", async () => {
    const engine = await realEngine();
    const top = (q: string) => {
      const a = engine.answer(q);
      return a.kind === 'answered' ? a.passages[0]?.passage.ref : 'not covered';
    };
    expect(top("is the point just to deal with kim's regime?")).toBe('§2.1');
    expect(top("so what's the upshot for china's own backyard")).toBe('§5.2');
    expect(top("what's the fallout for china's own backyard in their view")).toBe('§5.2');
    expect(top('Which hotspot do the authors think is most likely to flare up as armed forces are coordinated more closely?')).toBe('§4.2');
    // A question about the piece asks what a passage is about: its section title and keywords ("turning point") count more.
    expect(top('Where does the piece turn from describing the threat to arguing the project may falter?')).toBe('§6.1');
    // Contested waters are disputed ones; what the three flagged, the concerns they expressed.
    expect(top("What did the three governments flag about Beijing's behavior in its contested maritime zone?")).toBe('§1.1');
    // Realism is what is realistic: the piece calls the strategy unrealistic.
    expect(top('How do the authors judge the realism of the current American approach?')).toBe('§6.2');
  });

  it("GIVEN a newsroom's nut graf or a net assessment THEN it is the piece's gist, answered as a summary question is", async () => {
    const engine = await realEngine();
    const refs = (q: string) => {
      const a = engine.answer(q);
      return a.kind === 'answered' ? a.passages.map((p) => p.passage.ref) : [];
    };
    expect(refs("What's the gist?").length).toBeGreaterThan(0);
    expect(refs("What's the nut graf?")).toEqual(refs("What's the gist?"));
    expect(refs('net assessment?')).toEqual(refs("what's the overall assessment?"));
  });

  it('GIVEN a who-question with a second clause THEN only its own clause names the role asked for', async () => {
    const engine = await realEngine();
    const answer = engine.answer("Who calls the shots here, in the authors' view — is it a partnership of equals?");
    expect(answer.kind === 'answered' && answer.passages.slice(0, 3).map((p) => p.passage.ref)).toContain('§2.3');
    expect(engine.answer('Who was the prime minister of Japan when it was launched?').kind).toBe('not-covered');
  });
});

describe('answer(): words the content does not use', () => {
  it('GIVEN a year the content does not give THEN it is not corrected to one it does', async () => {
    const answer = (await realEngine()).answer('What will happen to US-Japan-Korea ties after the 2024 US presidential election?');
    expect(answer.kind).toBe('not-covered');
  });

  it('GIVEN a choice question THEN the content need speak to one alternative only; without one, the unknown word still refuses it', async () => {
    const engine = await realEngine();
    expect(engine.answer('Is the US an equal partner in all this or the referee?').kind).toBe('answered');
    expect(engine.answer('Is the US the referee?').kind).toBe('not-covered');
    expect(engine.answer('Is the US the referee or not?').kind).toBe('not-covered');
    // What follows "or" here is what both alternatives share, not a second alternative: its unknown words count.
    expect(engine.answer('Is Tokyo or Seoul safer for tourists?').kind).toBe('not-covered');
    expect(engine.answer('Is Seoul or Tokyo better for a holiday?').kind).toBe('not-covered');
  });

  it.each([
    // Names in the gazetteer that the piece never gives: a question about one is refused, whatever words it shares.
    // The First World War (the Second is the piece's "historical issues").
    ['summarize the causes of world war 1 for my history essay', 'not-covered'],
    ['What caused the outbreak of World War I?', 'not-covered'],
    ['could old ww2-era grudges between japan and korea sink this', 'answered'],
    // Disputes of the region's history, though the piece speaks of historical issues.
    ['Could you summarise the history of the comfort women dispute between Tokyo and Seoul?', 'not-covered'],
    ['which court rulings on wartime forced labor strained tokyo-seoul ties', 'not-covered'],
    ['whats the thaad dispute between seoul and beijing', 'not-covered'],
    ['Why does Japan need to reflect on history, per the writers?', 'answered'],
    // Groupings, initiatives and places of the region (Camp David itself the piece names).
    ["What is the 'Chip 4' alliance and is Taiwan in it?", 'not-covered'],
    ['what was the story of the six-party talks with north korea, why they failed', 'not-covered'],
    ["Does the article discuss China's Global Security Initiative as Beijing's alternative security framework?", 'not-covered'],
    ['What happened at Camp David?', 'answered'],
    // Places within the region's countries (bases, cities, territories): not the country the piece speaks of.
    ['Will there be joint US-Japan-ROK exercises near Okinawa this year?', 'not-covered'],
    ["What's our policy on anonymous sources in Hong Kong stories?", 'not-covered'],
    ['Will joint US-Japan-ROK exercises intensify, per the piece?', 'answered'],
    // The region's popular culture.
    ['is kpop popular in japan', 'not-covered'],
    ['is k-pop popular in japan?', 'not-covered'],
    // "Kim" alone is the North Korean regime; the leader named in full is a name of his own, which the content never gives.
    ['What does Kim Jong Un think of the trilateral?', 'not-covered'],
    ["So is the trilateral still about Kim's nukes?", 'answered'],
  ])('GIVEN "%s" THEN it is %s (the gazetteer\'s names)', async (question, kind) => {
    expect((await realEngine()).answer(question).kind).toBe(kind);
  });

  it('GIVEN a typo of an English word the article does not use THEN the word as spelt finds its relatives', async () => {
    const answer = (await realEngine()).answer('are they trying to be less dependent on beijing economicaly');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('§5.1');
  });
});

describe('answer(): how readers ask', () => {
  it.each([
    // A stance ("feel about") is the article's to give in its own words: not a deed it must name.
    ['How do ordinary south koreans feel about yoon getting cosy with japan', '§6.3'],
    // "don't" is one word, not "don" and "t".
    ["Why don't Japanese politicians trust Seoul?", '§6.3'],
    // "tl;dr", "op-ed" and "the bit about" are about the piece, not words to look for.
    ['tl;dr of the bit about industry and tech', '§5.1'],
    // "try to fix": the deed asked about is the fixing, which the article tells as "repair".
    ["How did Biden try to fix America's network of allies?", '§2.1'],
    ['What does the article say about the Camp David summit?', '§1.1'],
    // "architecture" is in the paragraph's keywords, so it is what the paragraph is about.
    ["What bigger architecture is the US building in Asia, in the authors' view?", '§3.2'],
    ['Where did the first Indo-Pacific dialogue take place?', '§1.1'],
    // Idioms are read as their plain words: "biting off more than it can chew" is overreaching.
    ['is Washington biting off more than it can chew?', '§6.2'],
    // Chat spelling: "gonna", "bc", "wil" say nothing; "trilat" is trilateral, "SK" South Korea.
    ['is the trilat gonna face constrains going forward?', '§6.1'],
    ["wil japan and SK's ties with beijing suffer bc of this", '§5.2'],
    // "January" is the article's "Jan".
    ['so the US, Japan and South Korea met in DC in January – what came out of it', '§1.1'],
    // About the authors' view: the reader's own verbs and adjectives count less against answering.
    ["Are the authors skeptical that Biden's grand vision can be pulled off?", '§6.2'],
    // Idioms: a weak spot is the weak link, a master plan an ambitious strategy, turning violent escalation,
    // and where the piece pivots its turning point.
    ["what is the weak spot of the trio, in the writers' view?", '§6.3'],
    ["is Biden's master plan realistic according to the authors?", '§6.2'],
    ['could things on the peninsula turn violent?', '§4.2'],
    // "Stuff" says nothing ("yoon's japan stuff" asks about his Japan policy); "connect" is the networked groupings.
    ['what do ordinary japanese think about all the yoon stuff', '§6.3'],
    ['do the small groupings connect to each other?', '§3.2'],
    // An adverb the stemmer leaves whole is its adjective: "militarily" is military.
    ['are the three countries cooperating militarily?', '§4.2'],
    // "What future do the writers see": the piece's foresight in the reader's word, which it need not use.
    ['What future do the writers see for the Korean Peninsula?', '§4.2'],
    // Restarting is restoring, not the US's reshaping of the region.
    ['are tokyo, seoul and beijing relaunching their cooperation?', '§7.2'],
    ['where does the piece pivot to doubts?', '§6.1'],
    // "Kim" alone is the North Korean regime; a flare-up is a conflict; "the Korean front" the peninsula as an area.
    ['Does Kim having the bomb make a flare-up on the Korean front more likely in their view?', '§4.2'],
    // What is scary is a danger; "everyone" and "hints at" say nothing of which passage answers.
    ["What's the scariest scenario the op-ed hints at for the Korean front?", '§4.2'],
    ['whats the main danger they warn about for everyone living around there', '§4.1'],
    // "The divided nation", in this region, is Korea.
    ['What danger do the authors foresee for the divided nation?', '§4.2'],
    // A sidekick is a partner.
    ["Is this a case of a superpower outsourcing the grind to its sidekicks because it can't carry alone?", '§2.3'],
  ])('GIVEN "%s" THEN %s ranks first', async (question, ref) => {
    expect(await top(question)).toBe(ref);
  });

  it('GIVEN "has … been overtaken" THEN it is a question about the argument, not a deed to find ("reason" is no verb)', async () => {
    expect(await top('Has the original reason for these three countries teaming up been overtaken by something bigger?')).not.toBe('not covered');
  });

  it('GIVEN the word after "how" THEN it is an adjective, not the noun WordNet also lists ("an alarmist"), so the question is answered', async () => {
    expect(await top('how alarmist is the tone about what the grouping means for peace in the region')).toBe('§4.1');
  });

  it('GIVEN "picking" THEN it is an act, not the noun WordNet also lists ("a picking of apples"), so the question is answered', async () => {
    expect(await top('Are Japan and South Korea simply picking a side?')).not.toBe('not covered');
  });

  it('GIVEN a question about the piece and a topic it does not cover THEN it is still refused', async () => {
    expect(await top('What does the article say about climate change?')).toBe('not covered');
  });
});

describe('lexiconSpelling()', () => {
  const words = new Map([['economically', 3], ['economical', 1], ['trouble', 71], ['treble', 2]]);
  const lexicon = { ...EMPTY_LEXICON, knows: (w: string) => words.has(w), frequency: (w: string) => words.get(w) ?? 0 };

  it.each([
    ['economicaly', 'economically'], // a letter left out
    ['touble', 'trouble'],
    ['troulbe', 'trouble'], // two letters swapped
    ['trebble', 'treble'], // one too many
  ])('GIVEN "%s" THEN the known word one edit away is "%s"', (typo, word) => {
    expect(lexiconSpelling(typo, lexicon)).toBe(word);
  });

  it('GIVEN a short word or one nothing is near THEN there is no spelling', () => {
    expect(lexiconSpelling('tble', lexicon)).toBeUndefined();
    expect(lexiconSpelling('zzzzzzz', lexicon)).toBeUndefined();
  });
});

describe('adjectiveOf()', () => {
  const analyzer = new Analyzer([]);
  const terms = new Set(['military', 'direct', 'secure', 'heavy'].flatMap((w) => analyzer.terms(w)));
  const vocabulary = { has: (t: string) => terms.has(t), get: (t: string) => (terms.has(t) ? 1 : undefined) };

  it.each([
    ['militarily', 'military'], // the stemmer keeps "militarili"
    ['directly', 'direct'],
    ['securely', 'secure'],
    ['heavily', 'heavy'],
  ])('GIVEN the adverb "%s" THEN it reads as "%s"', (adverb, adjective) => {
    expect(adjectiveOf(adverb, vocabulary, analyzer)).toEqual(analyzer.terms(adjective));
  });

  it('GIVEN a word that is no adverb, or one whose adjective the content lacks THEN nothing', () => {
    expect(adjectiveOf('military', vocabulary, analyzer)).toBeUndefined();
    expect(adjectiveOf('happily', vocabulary, analyzer)).toBeUndefined();
  });
});

describe('positiveOf()', () => {
  const analyzer = new Analyzer([]);
  const terms = new Set(['safe', 'risky', 'big', 'small', 'strong'].flatMap((w) => analyzer.terms(w)));
  const vocabulary = { has: (t: string) => terms.has(t), get: (t: string) => (terms.has(t) ? 1 : undefined) };

  it.each([
    ['safer', 'safe'],
    ['riskier', 'risky'],
    ['biggest', 'big'],
    ['smaller', 'small'],
    ['strongest', 'strong'],
  ])('GIVEN "%s" THEN it reads as "%s"', (form, adjective) => {
    expect(positiveOf(form, vocabulary, analyzer)).toEqual(analyzer.terms(adjective));
  });

  it('GIVEN a word that is no comparative, or one whose adjective the content lacks THEN nothing', () => {
    expect(positiveOf('safe', vocabulary, analyzer)).toBeUndefined();
    expect(positiveOf('happier', vocabulary, analyzer)).toBeUndefined();
    expect(positiveOf('ester', vocabulary, analyzer)).toBeUndefined();
  });

  it('GIVEN "lots of smaller ones" THEN the passage on small multilateral mechanisms answers', async () => {
    expect(await top('Is Washington relying on one big alliance or lots of smaller ones?')).toBe('§3.2');
  });
});

describe('the analyzer and glossary concepts', () => {
  it('GIVEN a glossary term, a gazetteer place and a word THEN only the glossary term is a glossary concept', () => {
    const analyzer = new Analyzer([{ names: ['Quad', 'Quadrilateral Security Dialogue'], keepWords: true }]);
    const quad = analyzer.conceptOf('Quadrilateral Security Dialogue') ?? '';
    expect(isGlossaryTerm(quad)).toBe(true);
    expect(isGlossaryTerm(analyzer.conceptOf('Seoul') ?? '')).toBe(false);
    expect(analyzer.terms('quad security').some(isGlossaryTerm)).toBe(true);
    expect(analyzer.terms('security').some(isGlossaryTerm)).toBe(false);
  });
});

describe('the analyzer and the United States', () => {
  it('GIVEN "used" or "using" THEN it is not taken for the US (Porter stems them "us")', async () => {
    const engine = new Engine(parseContent([{ name: 'content/a.md', text: '---\ntitle: A\n---\n\n## 1. One\n\nThe US ships grain.\n\nFarmers are using drones.\n' }]));
    const answer = engine.answer('are drones being used?');
    expect(answer.kind === 'answered' && answer.passages.map((p) => p.passage.ref)).toEqual(['§1.2']);
  });
});

describe('the analyzer and irregular word forms', () => {
  const analyzer = new Analyzer([]);

  it.each([
    ['held', 'hold'],
    ['led', 'lead'],
    ['built', 'build'],
    ['sought', 'seek'],
    ['crises', 'crisis'],
    ['women', 'woman'],
  ])('GIVEN "%s" THEN it is the same term as "%s"', (form, base) => {
    expect(analyzer.terms(form)).toEqual(analyzer.terms(base));
  });

  it('GIVEN a form that is mostly another word ("found", "left", "won") THEN it is left as it is', () => {
    expect(analyzer.terms('found')).not.toEqual(analyzer.terms('find'));
    expect(analyzer.terms('left')).not.toEqual(analyzer.terms('leave'));
    expect(analyzer.terms('won')).not.toEqual(analyzer.terms('win'));
    // A plural of two words is left to the stemmer: "military bases" are bases, not bases of an argument.
    expect(analyzer.terms('bases')).toEqual(analyzer.terms('base'));
  });

  it('GIVEN "several" or "severe" THEN neither is "sever" (Porter stems all three so), the same as "severely" and "severe"', () => {
    expect(analyzer.terms('several')).not.toEqual(analyzer.terms('sever'));
    expect(analyzer.terms('severe')).not.toEqual(analyzer.terms('sever'));
    expect(analyzer.terms('severe')).not.toEqual(analyzer.terms('several'));
    expect(analyzer.terms('severely')).toEqual(analyzer.terms('severe'));
    expect(analyzer.terms('severed')).toEqual(analyzer.terms('sever'));
  });

  it('GIVEN a question in the present tense THEN it finds the passage telling it in the past', () => {
    const engine = new Engine(parseContent([{ name: 'content/a.md', text: '---\ntitle: A\n---\n\n## 1. One\n\nThe envoys sought a ceasefire in the north.\n\nThe envoys praised the farmers of the delta.\n' }]));
    const answer = engine.answer('what do the envoys seek?');
    expect(answer.kind === 'answered' && answer.passages.map((p) => p.passage.ref)).toEqual(['§1.1']);
  });
});

describe('the analyzer and filler words', () => {
  it('GIVEN "basically", "actually" or "literally" in a question THEN they match nothing ("basic" is another word)', () => {
    const analyzer = new Analyzer([]);
    expect(analyzer.terms('basically actually actual literally essentially')).toEqual([]);
    const engine = new Engine(parseContent([{ name: 'content/a.md', text: '---\ntitle: A\n---\n\n## 1. One\n\nBasic stability with China matters.\n\nThe alliance is aimed at China above all.\n' }]));
    const answer = engine.answer('is the alliance basically aimed at china?');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('§1.2');
  });
});

describe('the analyzer and linking phrases', () => {
  const analyzer = new Analyzer([]);

  it('GIVEN "on the other hand" or "in terms of" THEN their words match nothing, and the rest of the text is unchanged', () => {
    expect(analyzer.terms('On the other hand, costs rose in terms of wages.')).toEqual(analyzer.terms('costs rose wages'));
    expect(analyzer.terms('The hand of the state.')).toEqual(analyzer.terms('hand state'));
    // What leads to something causes it; a leader still leads.
    expect(analyzer.terms('It led to fractures, and leads to more.')).toEqual(analyzer.terms('fractures'));
    expect(analyzer.terms('Who leads the alliance?')).toEqual(analyzer.terms('lead alliance'));
    // Putting a plan forward is unveiling it: its "forward" is not the one of "going forward".
    expect(analyzer.terms('In 2022 it put forward its strategy, going forward.')).toEqual(analyzer.terms('2022 unveiled strategy going forward'));
    expect(analyzer.terms('They have been putting it forward.')).toContain('forward');
  });

  it('GIVEN a strategy rolled out (launched) THEN the date it was put forward (unveiled) answers', async () => {
    expect(await top('when did the White House roll out its Asia strategy?')).toBe('§2.3');
    expect(await top('what year did the white house roll out its indo-pacific plan according to the article')).toBe('§2.3');
  });

  it('GIVEN a question about the limits ahead THEN the passage on the constraints going forward answers, not the one where a strategy was "put forward"', async () => {
    expect(await top('does the trilateral hit any limits going forward?')).toBe('§6.1');
    expect(await top('Does the three-way partnership face limits going ahead?')).toBe('§6.1');
  });

  it('GIVEN the world\'s "boss" THEN it is the hegemony the article says the US lacks the capacity to reshape', async () => {
    expect(await top("Is America still strong enough to be the world's boss?")).toBe('§6.2');
  });

  it('GIVEN "could this lead to a war?" THEN the passage on the risk of conflict answers, not the one where a policy "led to fractures"', async () => {
    expect(await top('Could this lead to a war?')).toBe('§4.2');
  });

  it('GIVEN a passage that says "on the one hand" THEN a question about hands does not find it', () => {
    const engine = new Engine(parseContent([{ name: 'content/a.md', text: '---\ntitle: A\n---\n\n## 1. One\n\nOn the one hand, the farms changed a lot.\n\nThe old mill by the river has changed hands.\n' }]));
    const answer = engine.answer('what changed hands?');
    expect(answer.kind === 'answered' && answer.passages.map((p) => p.passage.ref)).toEqual(['§1.2']);
  });
});

describe('the analyzer and words that link', () => {
  const analyzer = new Analyzer([]);

  it.each(['per', 'via', 'else', 'besides', 'whereas', 'whether', 'amongst', 'upon', 'thereby', 'albeit', 'now', 'fr', 'bot', 'debater', 'readers', 'guys', 'acc', 'bunch', 'nah', 'portray', 'characterise', 'framed', 'everyone', 'hints', 'toward', 'towards'])('GIVEN "%s" THEN it is no term (it says nothing of which passage answers)', (word) => {
    expect(analyzer.terms(word)).toEqual([]);
    expect(analyzer.terms(`${word} the authors`)).toEqual(analyzer.terms('the authors'));
  });
});

describe('the analyzer and accents', () => {
  const analyzer = new Analyzer([]);

  it.each([
    ['communiqué', 'communique'],
    ['Pyongyáng naïve café', 'pyongyang naive cafe'],
    ['Japón, Corea del Sur', 'japon corea del sur'],
  ])('GIVEN "%s" THEN its terms are those of "%s" (accents dropped from Latin letters)', (accented, plain) => {
    expect(analyzer.terms(accented)).toEqual(analyzer.terms(plain));
  });

  it('GIVEN accented words THEN spans keep their places in the text as written', () => {
    const text = 'Le communiqué, déjà publié.';
    const spans = analyzer.analyze(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Le', 'communiqué', 'déjà', 'publié']);
  });

  it('GIVEN a letter without a plain one ("ø", "ß") or another script THEN it is kept', () => {
    expect(analyzer.terms('søren straße')).toEqual(['søren', 'straße']);
    expect(analyzer.analyze('회담 결과').map((s) => s.word)).toEqual(['회담', '결과']);
  });

  it('GIVEN "What did the communiqué single out?" THEN the joint statement answers it', async () => {
    expect(await top('What did their communiqué single out?')).toBe('§1.1');
  });
});

describe('the analyzer and hyphenated prefixes', () => {
  const analyzer = new Analyzer([]);

  it.each(['co-operation', 'pre-existing', 'non-nuclear', 'post-war', 'multi-layered'])('GIVEN "%s" THEN the prefix is no term of its own; the joined word and the rest are', (word) => {
    const [prefix, rest] = word.split('-') as [string, string];
    const terms = analyzer.terms(word);
    expect(terms).not.toContain(prefix);
    expect(terms).toEqual(expect.arrayContaining([...analyzer.terms(rest), ...analyzer.terms(prefix + rest)]));
  });

  it('GIVEN a hyphenated word whose first part is a word ("de-risking" aside) THEN both parts stay terms', () => {
    expect(analyzer.terms('cutting-edge')).toEqual(expect.arrayContaining([...analyzer.terms('cutting'), ...analyzer.terms('edge')]));
  });
});

describe("someone's view held or taken", () => {
  it('GIVEN a view the content never tells THEN it is refused; GIVEN one it tells THEN the passage telling it answers', async () => {
    const engine = await realEngine();
    expect(engine.answer('What view does the Taiwanese government take of the US-Japan-ROK trilateral mechanism?').kind).toBe('not-covered');
    expect(await top("How does Japan view China's rise?")).toBe('§7.1');
  });
});

describe('plain words for the content\'s ideas', () => {
  it.each([
    ['which pair inside the group is the shakiest according to the piece?', '§6.3'], // shaky is fragile; a pair is bilateral
    ['eli5: is the region turning into guns over growth?', '§5.2'], // guns are military; eli5 asks nothing
    ["what's the single biggest danger they're warning about, in one line?", '§4.1'], // a warning is a concern
    ['so is it basically a spider web with america sitting in the middle?', '§3.2'],
    ['Do the authors see this as a geographically bounded arrangement or one with an inherently expansionary logic?', '§3.1'], // expansionary: expanding
    // An excuse (a cover for something) is a guise, economic security's, not what a grouping covers (its scope).
    ['do they think the economy part is legit or just an excuse', '§5.1'],
    ['is the economic cooperation really about economics or is that a cover', '§5.1'],
    // Differing from a predecessor is a shift from what went before.
    ["In the authors' view, how did Biden's approach differ from his predecessor's?", '§2.1'],
    // One dominant bloc, or many, asks about the region's order: several mechanisms competing; one big alliance or a web asks about the US's.
    ['final take: one dominant bloc or a bunch of competing setups in the region?', '§7.2'],
    ['In their view, is Washington building one big alliance or a web of many small ones?', '§3.2'],
    // China's own position, or whether it is isolated, is told by the influence and room it keeps.
    ['how do the authors see china\'s position in all this - weak or strong?', '§7.2'],
    ['Do the writers think Beijing is isolated by all this?', '§7.2'],
    // Safer or more dangerous asks about security and stability, not the neighbourhood China will face.
    ['does this make the neighbourhood safer or more dangerous, in their opinion?', '§4.1'],
    ['do the authors think this makes the neighborhood safer or worse', '§4.1'],
    // What a grouping does besides defence, or whether it is only a defence pact, asks its scope.
    ['what kinda stuff do the three work on together besides defense', '§2.2'],
    ['Is this more than just a defence pact?', '§2.2'],
    ['is the washington-seoul-tokyo group mainly about security or does it do other stuff', '§2.2'],
    // Why so many partnerships asks what the networks in every field are for.
    ['according to the writers, what is the real purpose behind the US building all these partnerships', '§2.2'],
    ['why is DC trying to pull allies into so many different workstreams at once, per the authors?', '§2.2'],
    // A loser is who bears the cost.
    ["who's the real loser from all this according to the article. tokyo/seoul or beijing", '§5.2'],
    // An umbrella is a framework other groupings sit under.
    ['what bigger umbrella is this trio just one piece of', '§3.2'],
    // A backstory is the background the piece gives, not the history Tokyo and Seoul quarrel over.
    ['whats the backstory here, why did it take so long', '§1.2'],
    ["what's the backstory before this new cooperation?", '§1.2'],
    ['Which Western groupings does the article say Washington wants to link the three-way group with?', '§4.3'], // the West's: NATO, the G7
  ])('GIVEN "%s" THEN %s answers it', async (question, ref) => {
    expect(await top(question)).toBe(ref);
  });
});

describe('a year the content never gives', () => {
  it('GIVEN a year naming the thing asked about THEN it is refused, saying so; GIVEN one that only sets the scene THEN it is answered', async () => {
    const engine = await realEngine();
    const treaty = engine.answer('What was the 1965 treaty that normalized relations between Japan and South Korea?');
    expect(treaty.kind === 'not-covered' && treaty.reason).toBe('The content does not mention 1965.');
    expect(engine.answer("What was the outcome of Taiwan's January 2024 presidential election?").kind).toBe('not-covered');
    expect(await top('Given that the three leaders met at Camp David in August 2023, what did the January dialogue achieve?')).toBe('§1.1');
  });
});

describe('which area', () => {
  it('GIVEN which area (region, corner) THEN it asks where, answered by naming it; a footprint is a presence, a layout', async () => {
    expect(await top('what area are the three trying to beef up their footprint in first, per the piece?')).toBe('§3.1');
    // Strengthening a position is enhancing a layout.
    expect(await top('In which part of Asia do the three countries first aim to strengthen their overall position?')).toBe('§3.1');
  });
});

describe('obstacles by other names', () => {
  it('GIVEN a spoiler THEN it is an obstacle, and the feud between Tokyo and Seoul is found, not refused', async () => {
    expect((await realEngine()).answer('Has the Seoul-Tokyo feud been a recurring spoiler for this project?').kind).toBe('answered');
  });
});

describe('whether something is alive', () => {
  it('GIVEN whether the Beijing-Tokyo-Seoul three-way is alive or died THEN the passage saying it has not halted answers', async () => {
    expect(await top('is the Beijing-Tokyo-Seoul three-way still alive or did it die?')).toBe('§7.2');
  });
});

describe('options and choices', () => {
  it('GIVEN the options someone has THEN the passage on their room for maneuver answers; GIVEN a choice made THEN the one on the rational choice', async () => {
    expect(await top('Does China still have options?')).toBe('§7.2');
    expect(await top('What choice do Japan and the ROK face?')).toBe('§7.1');
  });
});

describe('having weapons', () => {
  it.each(['does north korea have nuclear weapons according to the piece', 'Why does it matter here that Pyongyang now has the bomb?'])('GIVEN "%s" THEN the passage on the DPRK possessing nuclear arms answers', async (question) => {
    expect(await top(question)).toBe('§4.2');
  });
});

describe('which members of a group', () => {
  it('GIVEN a group the content never names THEN it is refused, saying so; GIVEN one it names THEN it is answered', async () => {
    const engine = await realEngine();
    const asean = engine.answer('which ASEAN countries support the US-Japan-ROK grouping?');
    expect(asean.kind === 'not-covered' && asean.reason).toBe('The content never mentions ASEAN.');
    expect(engine.answer('Which Kishida policies does the piece discuss?').kind).toBe('not-covered');
    expect(await top('Which NATO countries hold more drills with Japan and the ROK?')).toBe('§4.3');
    // "Which places …" asks for places: no group named.
    expect(engine.answer("which places outside korea will this group's power reach later? taiwan too?").kind).toBe('answered');
  });
});

describe('deeds done by long names', () => {
  it('GIVEN a deed the content never tells THEN it is refused; GIVEN one it tells THEN it is answered', async () => {
    const engine = await realEngine();
    expect(engine.answer('Have Russia and the DPRK concluded a mutual defence treaty?').kind).toBe('not-covered');
    expect(engine.answer('Did the Chinese Ministry of Foreign Affairs lodge a formal protest over the joint statement?').kind).toBe('not-covered');
    expect(await top('Have Japan and the ROK applied for membership of the IPEF?')).toBe('§2.3');
    expect(engine.answer('What did the Camp David summit agree about a crisis hotline between the three leaders?').kind).toBe('not-covered');
    expect(await top('What did the Biden administration prioritize?')).toBe('§2.1');
  });
});

describe('the words of diplomats', () => {
  it.each([
    ['Against which actors is the arrangement ultimately pointed, in the authors\' estimation?', '§3.1'], // pointed against: aimed at; actors: countries
    ['Upon which pre-existing treaty relationships does the three-way framework rest?', '§2.2'],
    ['Has the raison d\'être of the grouping changed over time?', '§2.1'],
    ['Do the authors see the European and Asian theatres converging?', '§4.3'],
  ])('GIVEN "%s" THEN %s answers it, not a refusal', async (question, ref) => {
    expect(await top(question)).toBe(ref);
  });
});

describe('questions about the whole piece', () => {
  it.each(["whats the bottom line?", "what's the verdict?", 'tldr', 'what is the main argument?', 'what are the key points?', 'give me an overview', 'recap please', 'what are the main takeaways?', "what's the core claim?", 'what is the central claim of the piece?', 'What is the main idea of the whole passage?'])('GIVEN "%s" THEN it is answered from the piece\'s own summary, not refused', async (question) => {
    const answer = (await realEngine()).answer(question);
    expect(answer.kind).toBe('answered');
  });
});

describe('a part named by its place', () => {
  const refs = async (question: string) => {
    const answer = (await realEngine()).answer(question);
    return answer.kind === 'answered' ? answer.passages.map((p) => p.passage.ref) : [];
  };
  it('GIVEN "the sixth section" THEN it is answered from section 6', async () => {
    expect(await refs('what does the sixth section say?')).toEqual(['§6.1', '§6.2', '§6.3']);
  });
  it('GIVEN "the second paragraph of the economic section" THEN that paragraph answers', async () => {
    expect(await refs('what is the second paragraph of the economic section about?')).toEqual(['§5.2']);
  });
  it('GIVEN a paragraph a section named by its title does not have THEN it says how many it has', async () => {
    const answer = (await realEngine()).answer('what does the ninth paragraph of the economic section say?');
    expect(answer.kind === 'not-covered' ? answer.reason : '').toMatch(/no paragraph 9 in §5: it has 2 paragraphs/);
  });
});

describe('people asked for by their role', () => {
  it.each([
    ['who was the president whose "America first" policy fractured the alliances?', '§1.2'],
    ['who is the president whose Japan policy lacks support at home?', '§6.3'],
  ])('GIVEN "%s", a role someone the piece names holds THEN it is answered (%s among the first three)', async (question, ref) => {
    const answer = (await realEngine()).answer(question);
    expect(answer.kind === 'answered' ? answer.passages.slice(0, 3).map((p) => p.passage.ref) : []).toContain(ref);
  });
  it('GIVEN "which leaders\' summit …" THEN it asks for a summit, not for people', async () => {
    expect((await realEngine()).answer('which leaders summit was the january meeting a follow-up to?').kind).toBe('answered');
  });
});

describe('a place in the piece, not a time after it', () => {
  it('GIVEN "after the article describes …" or "following the article" THEN it is answered', async () => {
    expect((await realEngine()).answer('After the article describes the dialogue, what does it say about NATO?').kind).toBe('answered');
    expect((await realEngine()).answer('Following the article, is the US declining?').kind).toBe('answered');
  });
});

describe('a year that bounds the past', () => {
  it('GIVEN "before 2021" THEN the year is when, not a thing the piece fails to mention: the background paragraph is among the answers', async () => {
    const answer = (await realEngine()).answer("What is the authors' reasoning for why the three-way thing was weak before 2021?");
    expect(answer.kind).toBe('answered');
    expect(answer.kind === 'answered' ? answer.passages.slice(0, 3).map((p) => p.passage.ref) : []).toContain('§1.2');
  });
  it('GIVEN a year the piece never gives, after its time or naming the thing asked about THEN it is still refused', async () => {
    const engine = await realEngine();
    expect(engine.answer('What happened to the trilateral before 2026?').kind).toBe('not-covered');
    expect(engine.answer('what did the 2021 summit agree?').kind).toBe('not-covered');
  });
});

describe('a time after someone only sets the scene', () => {
  it('GIVEN "after the Trump years" THEN what came after answers first, not the passage about Trump', async () => {
    const answer = (await realEngine()).answer("How did the current White House (Biden) try to fix Washington's network of treaty allies after the Trump years?");
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('§2.1');
    // The years (era, term) are the time's, not a topic: the Trump years' passage does not answer by them.
    expect(await top('what did biden want to fix after the trump years?')).toBe('§2.1');
  });
});

describe('a question about the past', () => {
  const first = async (question: string) => {
    const answer = (await realEngine()).answer(question);
    return answer.kind === 'answered' ? answer.passages[0]?.passage.ref : undefined;
  };
  it.each(['did the beef between tokyo and seoul stall the whole trilat thing in the past?', 'why couldnt the usa get seoul and tokyo to work together for so long'])(
    'GIVEN "%s" THEN the passage telling of the past answers first, not the one on today\'s Japan-ROK differences',
    async (question) => {
      expect(await first(question)).toBe('§1.2');
    },
  );
  it('GIVEN history as a topic of the argument THEN the passage on it still answers first', async () => {
    expect(await first('How does the piece treat the history baggage between Japan and Korea in its argument?')).toBe('§6.3');
  });
});

describe('where the whole piece ends up', () => {
  const refs = async (question: string) => {
    const answer = (await realEngine()).answer(question);
    return answer.kind === 'answered' ? answer.passages.map((p) => p.passage.ref) : [];
  };
  it.each(['whats the bottom line?', "what's the authors' takeaway?", 'what is the conclusion of the piece?'])('GIVEN "%s" THEN the closing passage answers first', async (question) => {
    expect((await refs(question))[0]).toBe('§7.2');
  });
  it('GIVEN the piece\'s words quoted with "is that their framing for the last part?" THEN the quoted passage answers first, the end after it', async () => {
    expect(await refs('Global power balance is shifting and the mechanism faces various constraints going forward - is that their framing for the last part?')).toEqual(['§6.1', '§7.2']);
  });
  it.each(['what is the main argument?', "what's the writers' overall verdict?"])('GIVEN "%s" THEN the standfirst\'s passage answers first and the closing passage is second', async (question) => {
    const [first, second] = await refs(question);
    expect(first).not.toBe('§7.2');
    expect(second).toBe('§7.2');
  });
});

describe('everyday words for the content\'s own', () => {
  it.each([
    'is the beijing-tokyo-seoul three-way forum still alive', // a forum is a mechanism
    'Is this all about soldiers and ships, or are money and tech part of it too?', // ships are the military's
    // Japanese readers' words.
    'Excuse me, does the article mention the history problem between Nikkan?',
    'Is it correct that Beikoku wants Nihon and Kankoku to follow its strategy?',
    // Staff officers' words: BLUF, a second-order effect, the WH, the KP, tempo, a cap, appetite, a latticework.
    'BLUF - do they think the trilat strengthens deterrence?',
    "2nd order effect on China's periphery per the authors?",
    'what did the Biden WH do to patch up the alliances after 45',
    'SK public appetite for ratcheting things up on the KP?',
    'Why would domestic politics in the South cap how far this goes?',
    'latticework replacing hub-and-spoke - is that their read?',
    'NATO-IP4 exercise tempo since Russia went into Ukraine, what does the piece say',
    "whats the backstory here, why did it take so long", // a backstory is the background
    'what did the biden admin prioritize', // the admin is the administration
    "is the trilateral really a partnership of equals in the authors' eyes?", // whether partners are equals asks who leads
    'does the author see any upside for china in all this', // an upside is a benefit
    'Is this piece just casting the previous guy as the wrecker and the current guy as the fixer?', // a wrecker damages (fractures), a fixer repairs
    "did the three of them call out Beijing's behavior sa West Philippine Sea?", // Taglish: "sa", "ba", "diba" are function words
    'before, the trio was mostly about Pyongyang\'s nukes diba? ano nagbago?',
    // A squad is a grouping; what some people say about Europe "as well" asks about Europe.
    'what other minilateral squads is the US building in the region besides this one',
    'So the Americans want Tokyo and Seoul to simply follow their line? Sounds like what some people say about Europe as well',
    // Heavier Taglish: its function words ("na", "pa", "nang", "kailan", "hindi") and the domain's words ("ekonomiya", "kakampi", "Amerika").
    'Regional Comprehensive Economic Partnership, nabanggit ba? para saan',
    'nung Trump era, nasira ba relasyon ng US sa mga kakampi nito sa East Asia?',
    'so gusto ng US na security na lang ang focus ng region instead of paglago ng ekonomiya?',
    'mas mataas ba chance ng giyera dahil dito, sa Korea side?',
    // Countries named in pinyin (Eluosi, Feilubin).
    'does eluosi come into this at all',
    'feilubin part of this too?',
    // A glossary alias whose words are function words of another language ("Bien Dong": French "bien", Malay "dong").
    'Bien Dong',
    'what is the Han-Mi-Il mechanism for?',
    // Malay and Indonesian: function words, question words and the domain's words ("kerjasama", "Jepang", "Laut Cina Selatan").
    'kenapa dulu Amerika gagal bikin Jepang dan Korea Selatan kerjasama?',
    'penulis bilang rencana Biden realistic tak?',
    'apa tujuan mereka di Laut Cina Selatan dan Selat Taiwan?',
    // Hindi in Latin letters (Hinglish): function words ("kya", "hai", "ke", "mein"), question words, the domain's words ("asar", "taakat").
    'kyun Japan aur South Korea pehle saath kaam nahi kar paaye?',
    'authors ke hisaab se kya yeh trilateral tikega ya nahi?',
    'China ke padosi region mein iska kya asar hoga?',
    'kya America ki taakat kam ho rahi hai?',
    // Turkish: function words, question words, the domain's words, the countries' names (ABD, Japonya, Çin, Tayvan).
    'will their reach grow later to Tayvan and the disputed sea down south?',
    'ABD is tying Tokyo and Seoul tighter to its anti-China plan, değil mi?',
    'alliance plus systems nedir ve neden unrealistic diyorlar',
    // A date asked for an event whose verb does not end the question ("his plan"), or of two things at once.
    'when did biden put out his indo pacific plan',
    'when did the beijing-tokyo-seoul three-way thing start and is it dead or what',
    // A question typed all in capitals: "RULEBOOK" is no name.
    'WHO GETS TO SET THE ECONOMIC RULEBOOK IN ASIA ACCORDING TO THIS',
    'IS THE US BASICALLY ADMITTING IT CANT DO THIS ALONE',
    // How a quote is wanted ("word for word", "verbatim") says nothing of what it is about.
    'the line calling the strategy "unrealistic" - need it word for word',
    'what does it say verbatim about pyongyang having nukes',
    // Nigerian Pidgin: "wetin", "dem", "dey", "abeg", "wahala".
    'Apart from soldier matter, which other areas the three of dem dey work together?',
    'Abeg which countries America wan use this trio take press?',
    'Dem dey talk say Europe wahala don spill enter Asia?',
    // Portuguese and Spanish: function words, question words, the domain's words, the countries' and seas' names.
    'os autores acham que a potência dos EUA está em decadência?',
    '¿cuál es el objetivo del trío en la península coreana?',
    '¿qué dicen sobre el Mar de China Meridional?',
    'el equilibrio de poder mundial está cambiando según ellos?', // mundial, cambiando: world, changing
    'a reunião de janeiro em DC foi um passo depois do encontro de Camp David?', // a reunião, um encontro: a meeting
    // German: function words, question words, the domain's words, the countries' names.
    'what do the authors say about Sicherheit und Wirtschaft in der Region?',
    'Wie sehen die Autoren den Niedergang der USA?',
    // Romanised Japanese: particles, question words, the domain's words (rekishi, keizai, anzen), the seas' names.
    'what do they say about rekishi mondai between nihon and kankoku?',
    'is the keizai anzen hoshou reason honest, per the writers?',
    'will it spread to taiwan kaikyou and minami shina kai later?',
    // French: function words, question words, the domain's words, the countries' names.
    'pourquoi les Américains ont besoin du Japon et de la Corée du Sud?',
    'Japon et Corée du Sud ont des intérêts communs avec la Chine ou pas?',
    // A thing next to a term the glossary's entry names, when the article does not only list the term, or when the question
    // names others with it.
    'is the trilat expected to stretch beyond korea into taiwan / south china sea territory?',
    'is the trio supposed to link up with the US-India-Australia-Japan group and the Australia/UK/US submarine deal? like one big web?',
    'is the g7 part of this picture?',
    // What the asker adds about themselves after the question ("My grandson works in electronics …").
    'Are America, Japan and Korea teaming up on chips so as to rely less on Chinese factories? My grandson works in electronics and says it is all anyone talks about.',
    "Is history still shaping things today, in the writers' view? My father never forgave certain things either, so I can understand it.",
    "what did the three governments say about beijing's behaviour in the disputed waters off its southern coast?", // a coast is the sea
    "what's the big structural reason they think it'll struggle", // "it'll" and "lmao" say nothing of what is asked
    "does the piece think it'll last lmao",
    "what's the consequence for Beijing's neighbourhood if this works", // after a subject, "works" is a verb, not factories
    'list the stuff beyond defence that the trio works together on',
    'Which paragraph marks the turn from describing harms to arguing that the project has limits?', // "which paragraph" is the subject of "marks"
    'which OTHER little cliques is america building besides this one, list them', // a clique is a grouping
    "What's the downstream consequence for China's own periphery, as they see it?", // a periphery is a neighbourhood
    "what did the three govts' joint readout say about Beijing and the SCS?", // what the statement said of what it said it of
    'what did the joint statement say about the south china sea?',
    'why is america setting up partnerships in like every single area lmao', // after "is", "setting" is a verb
    "what's the one-line thesis that opens the part about dangers?", // a one-line thesis is a summary
    "what's the trio actually tryna do on the korean peninsula and around that corner of asia", // trying to do, a region of Asia
    'Reading between the lines, what advice are the authors offering Japan and South Korea?',
    'does the piece imply US domestic politics can wreck alliance policy? like if trump comes back is the trade dead', // "comes back" is no second term asked about
  ])('GIVEN "%s" THEN it is answered, not refused as about something the content never mentions', async (question) => {
    expect((await realEngine()).answer(question).kind).toBe('answered');
  });
});

describe("readers' own words for the content's names and ideas", () => {
  /** The refs the real engine answers `q` with, or its reason for refusing. */
  const refs = async (q: string) => {
    const a = (await realEngine()).answer(q);
    return a.kind === 'answered' ? a.passages.map((p) => p.passage.ref) : [a.reason];
  };

  it.each([
    // Japan by its forces; Asia-Pac; Sleepy Joe.
    ['is the JSDF drilling more with US forces?', 'is Japan drilling more with US forces?'],
    ['is it about the asia-pac trade deal?', 'is it about the Asia-Pacific trade deal?'],
    ["what changed about the trilat's main target under Sleepy Joe", "what changed about the trilat's main target under Biden"],
    // The countries of a hyphenated name in any order: "Korea-Japan-China cooperation" is China-Japan-ROK cooperation.
    ['is the korea-japan-china cooperation alive?', 'is the china-japan-korea cooperation alive?'],
    // Readers "reckon" as they think; a country on the downslope is declining.
    ['writers reckon america is on the downslope?', 'writers think america is declining?'],
    // "Angle", "listed", "presented", "supposedly", "smth", "itll" say only how one asks.
    ["what's the economic angle of the trilat?", "what's the economic of the trilat?"],
    ['which other groupings are listed?', 'which other groupings?'],
    ['how is the ROK presented, supposedly?', 'how is the ROK?'],
    ['is it part of smth bigger, will itll last', 'is it part of something bigger, will it last'],
  ])('GIVEN "%s" THEN it is answered as "%s" is', async (reader, plain) => {
    const answer = await refs(reader);
    expect(answer[0]).toMatch(/^§/);
    expect(answer).toEqual(await refs(plain));
  });

  it.each([
    // Synonyms weigh less than the word itself, so only the best passage need be the same.
    ['who sets the tech specs in the region?', 'who sets the tech standards in the region?'],
    ["what's the economic statecraft angle?", "what's the economic policy angle?"],
    ['is the trilat an outgrowth of older treaties?', 'is the trilat an outcome of older treaties?'],
    ['why is the US setting up groupings everywhere?', 'why is the US setting up groupings in every area?'],
    ['who writes the trade rulebook?', 'who writes the trade rules?'],
    ["what reorientation of the trilateral's goals do they see?", "what shift of the trilateral's goals do they see?"],
    ['what lanes does the cooperation cover besides defence?', 'what areas does the cooperation cover besides defence?'],
    ["what's the holdup between Japan and South Korea?", "what's the obstacle between Japan and South Korea?"],
    ['what was in the joint readout?', 'what was in the joint statement?'],
  ])('GIVEN "%s" THEN its best passage is that of "%s"', async (reader, plain) => {
    const [best] = await refs(reader);
    expect(best).toMatch(/^§/);
    expect(best).toBe((await refs(plain))[0]);
  });

  it.each([
    // Publishing a strategy is putting it forward; a meetup is a meeting; a justification, a pretext; "Japan-China-Korea"
    // is China-Japan-ROK cooperation.
    ['when did the US publish its big Asia strategy?', '§2.3'],
    ['what happened at the trilat meetup?', '§1.1'],
    ['what is the official justification for the economic side?', '§5.1'],
    ['what is the Japan-China-Korea summit?', '§7.2'],
    // Ordinary people are the public.
    ['do ordinary south koreans actually want things heating up with the north?', '§6.3'],
  ])('GIVEN "%s" THEN %s answers it first', async (question, ref) => {
    expect((await refs(question))[0]).toBe(ref);
  });

  it.each([
    // Last summer is a time of the asker's; interoperability is coordination; "itll" is it'll; since (post-) a year no
    // later than the content's is a time it tells of.
    'did the meeting last summer settle anything?',
    'so interoperability = provocation in their eyes, not deterrence?',
    'whats the big-picture reason itll struggle',
    // "Implied" says only how one asks.
    "Why is Washington recruiting so many partners if it's the superpower — what's the implied admission?",
    "what's the motive behind the post-2021 US rebuild?",
  ])('GIVEN "%s" THEN it is answered', async (question) => {
    expect((await refs(question))[0]).toMatch(/^§/);
  });

  it.each([
    // Guards on the rules these words came with: IPEF itself, and a place named as its territory, stay answered; a press
    // release is no launch of a strategy.
    ['did Japan join IPEF?', '§2.3'],
    ['is the trilat expected to stretch beyond korea into south china sea territory?', '§3.1'],
    ['how do you fact-check a quote from a press release?', 'refused'],
  ])('GIVEN "%s" THEN it is still %s', async (question, expected) => {
    const [first] = await refs(question);
    if (expected === 'refused') expect(first).not.toMatch(/^§/);
    else expect(first).toBe(expected);
  });
});

describe('whether the piece covers something', () => {
  it.each([
    ['does the article bring up the philippines at all? as the PH delegate i need to know', '§3.2'],
    // Bringing a thing up is mentioning it: a question whether the piece covers it.
    ['do they bring up the group of seven rich democracies anywhere, and in what context', '§4.3'],
    // The idiom's word ("agreement") is not the asker's; "context" is in another clause.
    ['does the article bring up the big asia-pacific free trade deal (RCEP) at all', '§7.2'],
    ['Does the article mention that both Japan and the ROK applied for membership following the launch of the IPEF, and in what context?', '§2.3'],
    // Where the piece lists or explains something is a place in it, not a place a sentence must name.
    ['where are the Quad, the upgraded AUKUS and the revival of US-Philippine cooperation listed', '§3.2'],
    ['where is the China-Japan-ROK cooperation from 2008 explained', '§7.2'],
  ])('GIVEN "%s", which it covers THEN it is answered (%s)', async (question, ref) => {
    const answer = (await realEngine()).answer(question);
    expect(answer.kind).toBe('answered');
    if (answer.kind === 'answered') expect(answer.passages.slice(0, 3).map((p) => p.passage.ref)).toContain(ref);
  });
});

describe('the authors named', () => {
  it.each([
    ['do Zhang and Yang think America is getting weaker?', '§6.2'],
    ["Is the alliance plus strategy realistic in Zhang Yunling and Yang Yanlong's view?", '§6.2'],
    ['is american power waning according to prof zhang & yang?', '§6.2'],
    ['How do Zhang and Yang connect the war in Europe to the alliance picture in Asia?', '§4.3'],
  ])('GIVEN "%s" THEN it is read as asking the authors\' view (%s)', async (question, ref) => {
    expect(await top(question)).toBe(ref);
  });

  it.each([
    // One of two co-authors is that person, and what they think beyond the piece is not in it.
    'What does Zhang Yunling think about Taiwan\'s elections?',
    'What is Zhang Yunling\'s view on the Taiwan election held in January 2024?',
    'Did Yang Yanlong write anything about the Camp David summit before this?',
  ])('GIVEN "%s", about one author THEN it is refused', async (question) => {
    expect((await realEngine()).answer(question).kind).toBe('not-covered');
  });
});

describe("the piece's own present", () => {
  it('GIVEN a question of what is happening right now THEN a passage telling of the present as of the writing answers it', async () => {
    expect(await top('is the china-japan-korea trio being revived right now?')).toBe('§7.2');
    expect(await top('Are China, Japan and Korea trying to revive their own three-way mechanism right now?')).toBe('§7.2');
  });
});

describe('the stop words and the names', () => {
  // Other languages' function words are stop words; none may take a word of a glossary term or alias, or of a gazetteer
  // name, but English ones and a name's own language's ("Mar do Sul da China", "Corée du Sud", "Bei Chaoxian").
  const FUNCTION_WORDS = new Set(['and', 'of', 'in', 'with', 'for', 'the', 'do', 'da', 'del', 'la', 'du', 'bei', 'u', 'i', 'one', 'down', 'under', 'talks']);
  /** Each name's words that are stop words but no function word, as "name: word". */
  const lostWords = async (names: readonly string[]): Promise<string[]> => {
    const { STOP_WORDS } = await import('../../src/search/stop-words.js');
    const { normalize } = await import('../../src/search/analyzer.js');
    return names.flatMap((name) =>
      normalize(name)
        .split(/[^\p{L}\p{N}']+/u)
        .filter((w) => w !== '' && STOP_WORDS.has(w) && !FUNCTION_WORDS.has(w))
        .map((w) => `${name}: ${w}`),
    );
  };
  it('GIVEN the gazetteer THEN no name loses a word to a stop word ("Kita Chosen" is not "chosen")', async () => {
    const { GAZETTEER } = await import('../../src/search/gazetteer.js');
    expect(await lostWords(GAZETTEER.flat())).toEqual([]);
  });
  it('GIVEN the repository glossary THEN no term or alias loses a word to a stop word', async () => {
    const engine = await realEngine();
    expect(await lostWords(engine.glossary.flatMap((e) => [e.term, ...e.aliases]))).toEqual([]);
  });
});
