import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDIOM_TABLE, plainIdioms } from '../../src/search/idioms.js';

/** The idioms as IDIOM_TABLE gives them, each applied to the whole text in turn: what plainIdioms must equal. */
const idioms = IDIOM_TABLE.split('\n').map((line) => {
  const [, source, flags, plain] = /^\/(.*)\/([a-z]*) → (.*)$/s.exec(line) ?? [];
  if (source === undefined || flags === undefined || plain === undefined) throw new Error(`unreadable idiom: ${line}`);
  return [new RegExp(source, flags), plain] as const;
});
const everyIdiomInTurn = (text: string) => idioms.reduce((out, [pattern, plain]) => out.replace(pattern, plain), text);
/** Words of the idioms themselves, so that random texts hold idioms, whole or in part. */
const idiomWords = [...new Set(IDIOM_TABLE.toLowerCase().match(/[a-z]{2,}/g) ?? [])];

describe('idioms in plain words', () => {
  it.each([
    ['is Washington biting off more than it can chew?', 'is Washington overreaching?'],
    ['Who is calling the shots here?', 'Who is dominating leadership here?'],
    ['what would make the trio fall apart?', 'what would make the trio collapse?'],
    ['Can Tokyo turn its back on Beijing?', 'Can Tokyo alienate Beijing?'],
    ['can america pull this off by itself', 'can america achieve alone'],
    ['it used to be about nukes', 'it previously about nukes'],
    ['are they picking a side?', 'are they choice?'],
    ['what held this back earlier?', 'what hinder earlier?'],
    ["what's standing in its way?", "what's obstacle?"],
    ["what's the catch for Tokyo?", "what's downside for Tokyo?"],
    ['does history still get in the way?', 'does history still obstacle?'],
    ['is the piece saying america is past its peak?', 'is the piece saying america is declining?'],
    ['who pays the price for it?', 'who cost for it?'],
    ['What news event prompted this piece?', 'What occasion occasion?'],
    ["What makes them think it won't work?", 'What makes them think it fail?'],
    ['a 3-way alliance, a three-nation club', 'a trilateral alliance, a trilateral club'],
    ['can japan n korea just cut china off', 'can japan and korea just sever china '],
    ['is N Korea a threat?', 'is N Korea a threat?'],
    ['what is the alternative to the US-led bloc?', 'what is the alternative to the US bloc?'],
    ["why can't they get along well enough with each other?", "why can't they tensions each other?"],
    ['did it ever work before?', 'did it ever work earlier?'],
    ['why did it stall before Biden came in?', 'why did it stall earlier Biden came in?'],
    ['what happened before the summit at Camp David?', 'what happened before the summit at Camp David?'],
    ['is war likely between the two Koreas?', 'is war likely between Korean Peninsula?'],
    ['what is the trilateral built on top of?', 'what is the trilateral based on?'],
    ['what role does Washington want its partners to play?', 'what contribution does Washington want its partners?'],
    ['who does the heavy lifting?', 'who contribute?'],
    ['what cards does Beijing hold?', 'what options does Beijing hold?'],
    ['the thesis in one line', 'the thesis summary'],
    ['What prompted the authors to write this?', 'What occasion?'],
    ['could it come apart from the inside?', 'could it collapse domestic?'],
    ['a spread-out network', 'a decentralized network'],
    ['will Seoul side with Washington?', 'will Seoul choice Washington?'],
    ['what Tokyo ought to do', 'what Tokyo choice'],
    ['could things get hot militarily?', 'could things escalating conflict militarily?'],
    ['will it turn ugly?', 'will it escalating conflict?'],
    ["which relationship is the Achilles' heel here", 'which relationship is the weak link weakness here'],
    ['where are its weak spots?', 'where are its weak link weakness?'],
    ["what do they make of Biden's grand plan", "what do they make of Biden's ambitious strategy"],
    ['is the master plan realistic?', 'is the ambitious strategy realistic?'],
    ['where does the argument turn?', 'where does the turning point?'],
    ['where do the authors pivot to doubts?', 'where do the turning point to doubts?'],
    ['Why might politics at home undermine Seoul?', 'Why might politics domestic undermine Seoul?'],
    ['how do i make kimchi at home?', 'how do i make kimchi at home?'],
    ['are they trying to rely less on beijing', 'are they trying to reduce dependence on beijing'],
    ['less dependent on China', 'reduce dependence on China'],
    ['What would the authors advise Japan and South Korea to do?', 'What would the authors choice for Japan and South Korea ?'],
    ['did things go backwards a few years ago?', 'did things setback a few years ago?'],
    ['who are the bad guys here', 'who are the targets rivals here'],
    ['has America been trying for a while', 'has America been trying for a long time'],
    ["What did Biden's team set out to do?", "What did Biden's team initiated efforts to do?"],
    ['what groupings has america been putting together?', 'what groupings has america been constructing?'],
    ['is the arrangement locked in?', 'is the arrangement irreversible?'],
    ['is it here to stay', 'is it irreversible'],
    ['why did these guys even write this now', 'occasion'],
    ["so what's beijing's counter play", "so what's beijing's options"],
    ["What's China's play here?", "What's China's options here?"],
    ['does this 3-way thing actually have legs', 'does this trilateral thing actually last'],
    ['when did biden roll out his asia plan', 'when did biden launch his asia plan'],
    ['how does the region shake out long term', 'how does the region outlook long term'],
    ['japan and korea, which side they choose now?', 'japan and korea, choice they choose now?'],
    ["have they fully picked Washington's side?", 'have they fully choice?'],
    ['what course of action do they recommend?', 'what choice do they recommend?'],
    ["what's the risk in the authors' eyes", "what's the risk according to the authors' "],
    ['how has the point of the whole thing changed', 'how has the purpose of the whole thing changed'],
    ['what is the point of the article?', 'what is the point of the article?'],
    ['which city hosted the first talks', 'where hosted the first talks'],
    ['In what country was it held?', 'where was it held?'],
    ['is the chance of war going up', 'is the chance of war increasing'],
    ['could the plan run into trouble?', 'could the plan meet obstacles?'],
    ['does it have a smooth road ahead?', 'does it have a easy?'],
    ["what's holding this partnership together?", "what's keeping this partnership together?"],
    ['is the region pushed to care more about defence', 'is the region pushed to focus on defence'],
    ["is the US right that it can't be undone?", 'is the US right that it irreversible?'],
    ['what trade deal do they lean on', 'what trade deal do they rely on'],
    ['are they trying to bring back their talks?', 'are they trying to restore their talks?'],
    ['why did biden put it near the top of his agenda?', 'why did biden prioritize it ?'],
    ['do tokyo and seoul see strategic threats the same way', 'do tokyo and seoul perceptions of strategic threats differences'],
    ["does washington's claim hold up?", "does washington's claim valid?"],
    ['were they getting along before all this?', 'were they tensions earlier all this?'],
    ['what could make it unravel', 'what could make it collapse'],
    ['could a change of mood in seoul sink it', 'could a change of mood in seoul collapse it'],
    ['did the ship sink?', 'did the ship sink?'],
    ["what's article 9 of the japanese constitution about?", "what's Article9 of the japanese constitution about?"],
    ['why was this written now', 'occasion'],
    ["cozying up to washington at beijing's expense?", 'improving relations to washington alienating beijing?'],
    ['what date did they first meet?', 'when did they first meet?'],
    ['In which year was it launched?', 'when was it launched?'],
    ['is it layered on top of older pacts?', 'is it based on older pacts?'],
    ["What's the cost for the junior partners?", "What's the cost for the allies?"],
    ["Is Washington's reach exceeding its grasp?", "Is Washington's overreaching?"],
    ['why did it never get off the ground?', 'why did it never get established?'],
    ["what about Beijing's position going forward?", "what about Beijing's position future?"],
    ['will it last in the years ahead?', 'will it last future?'],
    ['Who is this club designed to hem in?', 'Who is this club aimed to contain?'],
    ['what they should actually do', 'what they choice'],
    ['what went wrong?', 'what fail?'],
    ['could it make a war more likely?', 'could it make a war risk?'],
    ["how do they rate washington's ambitions?", "how do they view washington's ambitions?"],
    ['So what should Tokyo realistically do?', 'So what choice?'],
    ['does it sit on top of older deals?', 'does it based on older deals?'],
    ["What's the price Japan pays for joining?", "What's the cost Japan for joining?"],
    ['who ends up on the receiving end?', 'who ends up targeted?'],
    ["What did Biden's team put first?", "What did Biden's team prioritize?"],
    ['they put security first', 'they prioritize security'],
    ['which groupings, like the club of seven big industrial democracies, does the US want it to line up with?', 'which groupings, like the G7, does the US want it to coordinate with?'],
    ["can the US get back to being the world's top dog?", "can the US get back to being the world's dominant?"],
    ['is a war near the DMZ getting likelier?', 'is a war near Korean Peninsula getting risk?'],
    ['Does the piece pin any of the blame on the previous White House occupant?', 'Does the piece blame the previous president?'],
    ["Do the authors buy Washington's line that there's no going back?", "Do the authors believe Washington's claim that there's irreversible?"],
    ['does a bigger change work against it?', 'does a bigger change hinder it?'],
    ['can Seoul walk away from Beijing?', 'can Seoul sever ties with Beijing?'],
    ['How would you explain to a class why this was in the news?', 'How would you explain  why this was occasion?'],
    ['can Tokyo afford to break with Beijing?', 'can Tokyo afford to sever ties with Beijing?'],
    ["what's the story Washington tells about Beijing?", "what's the narrative Washington about Beijing?"],
    ['is it trying to box Beijing in on every front?', 'is it trying to contain Beijing in every field?'],
    ['did they box the files in the archive?', 'did they box the files in the archive?'],
    ['is beijing boxed in?', 'is beijing contain?'],
    ['who lives in the box in the corner?', 'who lives in the box in the corner?'],
    ["What's the hook here — what recent event prompted this commentary?", "What's occasion here — what recent event occasion?"],
    ["Is the authors' bottom line that Beijing ends up boxed in?", "Is the authors' conclusion that Beijing ends up contain?"],
    ["what's the main harm coming from this?", "what's the main harm consequences of this?"],
    ['Where does the tone switch from warning to doubting?', 'Where does the turning point from warning to doubting?'],
    ['which countries end up on the receiving end of this', 'which countries targeted of this'],
    ["what's the interest rate in Japan?", "what's the interest rate in Japan?"],
    ["what did biden put at the top of the list when fixing america's alliances?", "what did biden prioritize  when fixing america's alliances?"],
    ['what was at the top of their list?', 'what was priority?'],
    ['have japan and korea tilted toward the us?', 'have japan and korea pro the us?'],
    ['is seoul leaning towards washington?', 'is seoul pro washington?'],
    ['did it switch its focus to china?', 'did it shift its focus to china?'],
    ['is the nintendo switch worth it?', 'is the nintendo switch worth it?'],
    ['what will it run into from here on?', 'what will it face future?'],
    ['they ran into each other', 'they ran into each other'],
    ['is it standing on top of older agreements?', 'is it based on older agreements?'],
    ['they want to need china less?', 'they want to reduce dependence on china ?'],
    ['when did they sit down together first?', 'when did they meet first?'],
    ['What news made the authors write this opinion piece? What is the starting hook?', 'What news occasion opinion piece? What is occasion?'],
    ['what got them to write it?', 'what occasion?'],
    ['if you stitch all these little clubs together, who runs it?', 'if you coordinate all these little clubs , who runs it?'],
    ['how do the big shots in tokyo feel?', 'how do the elites in tokyo feel?'],
    ['does old wartime baggage come up?', 'does old grievances come up?'],
    ['where do I pick up my baggage?', 'where do I pick up my baggage?'],
    ['so uncle sam is washed? 📉', 'so uncle sam is declining? 📉'],
    ['I washed my car', 'I washed my car'],
    ["what's the implied advice to japan?", "what's the choice to japan?"],
    ['any recommendations for econ podcasts?', 'any recommendations for econ podcasts?'],
    ['are they beefing up defence?', 'are they strengthen defence?'],
    ['is china the boogeyman here?', 'is china the threat here?'],
    ["or is it a cover story?", 'or is it a pretext?'],
    ['does pyongyang have nukes now?', 'does pyongyang possess nukes now?'],
    ['now that it has the bomb', 'now that it possess the bomb'],
    ['does japan have a plan?', 'does japan have a plan?'],
    ['will seoul have less room for its own diplomacy?', 'will seoul have compressed space for its own diplomacy?'],
    ['is there more room for trade?', 'is there more room for trade?'],
    ['does the US want asia to care more about security?', 'does the US want asia to focus on security?'],
    ['which actors is it pointed against?', 'which actors is it aimed against?'],
  ])('GIVEN "%s" THEN it reads "%s"', (question, plain) => {
    expect(plainIdioms(question)).toBe(plain);
  });

  it('GIVEN the words of an idiom used literally apart THEN nothing changes', () => {
    const text = 'Did the apart-hotel fall in price? The shots were called off.';
    expect(plainIdioms(text)).toBe(text);
  });

  it('GIVEN any text THEN it reads as every idiom applied in turn would make it (the dispatch on first letters skips none)', () => {
    const word = fc.oneof(fc.constantFrom(...idiomWords), fc.constantFrom("Japan's", 'Ōsaka', 'é', 'US', 'I', '3', '-', '—', '?', ',', 'the', '\u212Aeep', '\u017Fide', 'ſhots', 'éin', '’s'));
    const cased = fc.tuple(word, fc.constantFrom('lower', 'upper', 'title')).map(([w, c]) => (c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w));
    fc.assert(
      fc.property(fc.array(cased, { maxLength: 14 }), fc.constantFrom(' ', '  ', '\n'), (words, gap) => {
        const text = words.join(gap);
        expect(plainIdioms(text)).toBe(everyIdiomInTurn(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['the authors rate it', 'the authors view it'],
    ['is japan n korea close', 'is japan and korea close'],
    ["china's counterplay", "china's options"],
    ['politics at home', 'politics domestic'],
    ['do we want it at home', 'do we want it at home'],
    ['ROK-led drills', 'ROK drills'],
  ])('GIVEN an idiom led by a look-behind or a name ("%s") THEN it reads "%s"', (text, plain) => {
    expect(plainIdioms(text)).toBe(plain);
  });
});
