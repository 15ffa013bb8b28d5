/**
 * English words whose inflected forms a suffix stemmer cannot join to their base: irregular verbs
 * ("built" is "build", "held" is "hold", "led" is "lead") and irregular plurals ("crises" is
 * "crisis", "women" is "woman"). Each line is a base and its forms. Left out are forms that are
 * mostly other words themselves: "found" (to found), "left", "saw", "bound", "shot", "lay", "lit",
 * "won" (the currency), "fed", "ground", "wound", "bit", "bore", "better", and plurals of two
 * words ("bases" of base and basis, "axes", "lives" the verb).
 */
const TABLE = `
arise arose arisen|awake awoke awoken|bear borne|beat beaten|become became|begin began begun|bend bent
bite bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought|build built
burn burnt|buy bought|catch caught|choose chose chosen|cling clung|come came|creep crept|deal dealt
dig dug|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feel felt
fight fought|flee fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|grow grew grown|hang hung
hear heard|hide hid hidden|hold held|keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant
leap leapt|learn learnt|lend lent|lose lost|make made|mean meant|meet met|pay paid|prove proven
ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see seen|seek sought|sell sold|send sent
sew sewn|shake shook shaken|shine shone|show shown|shrink shrank shrunk|sing sang sung|sink sank sunk
sit sat|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|spin spun|spring sprang sprung
stand stood|steal stole stolen|stick stuck|sting stung|strike struck stricken|strive strove striven
swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn
tell told|think thought|throw threw thrown|understand understood|undertake undertook undertaken
undergo underwent undergone|uphold upheld|wake woke woken|wear wore worn|weave wove woven|weep wept
withdraw withdrew withdrawn|withhold withheld|withstand withstood|write wrote written|overcome overcame
overtake overtook overtaken|oversee oversaw overseen|override overrode overridden|mislead misled
rebuild rebuilt|rewrite rewrote rewritten|foresee foresaw foreseen|outgrow outgrew outgrown
man men|woman women|child children|foot feet|tooth teeth|mouse mice|wife wives|knife knives
half halves|thief thieves|wolf wolves|shelf shelves|crisis crises|analysis analyses
hypothesis hypotheses|thesis theses|diagnosis diagnoses|emphasis emphases|synthesis syntheses
criterion criteria|phenomenon phenomena
`;

/** Each irregular form → its base ("held" → "hold"). */
export const BASE_FORMS: ReadonlyMap<string, string> = new Map(
  TABLE.split(/[|\n]/)
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words.length > 1)
    .flatMap(([base, ...forms]) => forms.map((form) => [form, base as string] as const)),
);

/**
 * Words a suffix stemmer joins to an unrelated word, and the stem each keeps instead: "several" and
 * "severe" are not "sever" (to cut off), which the thesaurus relates to decoupling and isolating.
 */
export const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['several', 'several'],
  ['severe', 'severe'],
  ['severely', 'severe'],
  ['severity', 'severe'],
]);

/**
 * Phrasal verbs whose particle is another word on its own, each read as one verb: "put forward" (a plan) is unveiling
 * it, not the "forward" of "going forward", which is what is ahead. (Not "propose": WordNet relates it to "suggest", so
 * "does the piece suggest …" would find the strategy put forward.)
 */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map([['put forward', 'unveil']]);
