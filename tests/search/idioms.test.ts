import { describe, expect, it } from 'vitest';
import { plainIdioms } from '../../src/search/idioms.js';

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
    ['What news event prompted this piece?', 'What occasion prompted this piece?'],
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
    ['what trade deal do they lean on', 'what trade deal do they rely on'],
    ['are they trying to bring back their talks?', 'are they trying to restore their talks?'],
    ['why did biden put it near the top of his agenda?', 'why did biden put it priority?'],
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
  ])('GIVEN "%s" THEN it reads "%s"', (question, plain) => {
    expect(plainIdioms(question)).toBe(plain);
  });

  it('GIVEN the words of an idiom used literally apart THEN nothing changes', () => {
    const text = 'Did the apart-hotel fall in price? The shots were called off.';
    expect(plainIdioms(text)).toBe(text);
  });
});
