/** Verbs that squeeze room (space, leeway) for something: "limit", "restrict", "curb", "narrow", "shrink", "squeeze", "reduce". */
const SQUEEZE = String.raw`(?:limit|limits|limited|limiting|restrict|restricts|restricted|restricting|curb|curbs|curbed|curbing|narrow|narrows|narrowed|shrink|shrinks|shrank|squeeze|squeezes|reduce|reduces|reduced|reducing)`;

/**
 * Idioms readers use for the ideas this kind of article discusses, as plain words: a question's
 * idiom is read as its plain words before analysis ("biting off more than it can chew" →
 * "overreaching"), and so are the keywords of the content. About meaning in general, never about one question.
 */
const IDIOMS: readonly (readonly [RegExp, string])[] = [
  // Other languages' words first, so that the English idioms after them read the question in English.
  // "Abt" is about.
  [/\babt\b/gi, 'about'],
  // "Where'd", "when'd", "how'd": where (when, how) did.
  [/\b(where|when|how|what|why)['’]d\b/gi, '$1 did'],
  // Tagalog's "ilang" (how many) asks a number.
  [/\bilang\b/gi, 'how many'],
  // Malay and Indonesian, and Hindi as written in Latin letters: question words (why, how many, who, how, when, where),
  // and a closing "not" that asks "or not" ("realistic tak?", "sustainable hai ya nahi?"). "yang" (that, which) joins
  // clauses, in lower case, but for the author Yang named with his colleague or in full; "dan" is "and"; "dulu" earlier;
  // "gagal" failed; "semenanjung" a peninsula.
  [/\b(?:kenapa|mengapa|knp|kyun|kyu|kyon|kyoon)\b/gi, 'why'],
  [/\bberapa\b/gi, 'how many'],
  [/\b(?:kitna|kitne|kitni)\b/gi, 'how much'],
  [/\b(?:siapa|kaun)\b/gi, 'who'],
  [/\b(?:bagaimana|gimana|camne|kaise|kaisa|kaisi)\b|\bmacam\s+mana\b/gi, 'how'],
  [/\b(?:kapan|kab)\b/gi, 'when'],
  [/\b(?:kahan|kahaan|kidhar)\b/gi, 'where'],
  [/\b(?:(?:atau|ya)\s+)?(?:tak|tidak|gak|nggak|enggak|nahi|nahin|nai)(?=\s*[?.!]*\s*$)/gi, 'or not'],
  [/\b(?:tak|tidak|gak|nggak|enggak|bukan|nahi|nahin|nai)\b/gi, 'not'],
  [/\byang\b(?<!(?:and|&)\s+yang)(?!\s+yanlong)(?=\s+\p{Ll})/gu, ''],
  [/\bdan\b/gu, 'and'],
  [/\batau\b/gi, 'or'],
  [/\b(?:dulu|pehle|pahle)\b/gi, 'earlier'],
  // Portuguese and Spanish question words, "não" (not) and a closing "ou não?" ("o no?") asking "or not"; "de" (of)
  // before a word in lower case (not a stop word: the content's "de-risking" would lose a word to it; nor in a name, "Mar de
  // China Meridional"); "antes" (before) is earlier. (An accented letter is no word character to \b: the ends are lookarounds.)
  [/\bde\s+(?=\p{Ll})/gu, ''],
  [/\bantes\b(?!\s+(?:de|do|da|que)\b)/giu, 'earlier'],
  [/\b(?:por\s+qu[eêé]|porqu[eêé]|pq)(?!\p{L})/giu, 'why'],
  [/\bo\s+que\b|\bqu[eé](?!\p{L})(?=\s*[?]|\s+(?:es|[eé]|foi|fue|significa|quer|quiere)(?!\p{L}))/giu, 'what'],
  [/\b(?:qual|quais|cu[aá]l(?:es)?)(?!\p{L})/giu, 'which'],
  [/\b(?:quem|qui[eé]n(?:es)?)(?!\p{L})/giu, 'who'],
  [/\bc[oó]mo(?!\p{L})(?=\s+(?:o|a|os|as|el|la|los|las|que|eles|elas|ellos|ellas|[eé]|es|fica|ficou|queda)(?!\p{L}))/giu, 'how'],
  [/\b(?:quando|cu[aá]ndo)\b/giu, 'when'],
  [/\b(?:onde|d[oó]nde)\b/giu, 'where'],
  [/\b(?:quant[oa]s?|cu[aá]nt[oa]s?)\b/giu, 'how many'],
  [/\b(?:ou\s+n[ãa]o|o\s+no)(?=\s*[?.!]*\s*$)/giu, 'or not'],
  [/\bn[ãa]o(?!\p{L})/giu, 'not'],
  // A prime minister and a president, as Portuguese, Spanish, French and German name them.
  [/\b(?:primeiro|primer|premier)[-\s]ministr[oe]\b|\bpremierminister\b/giu, 'prime minister'],
  [/\bpr[eéä]sident(?:e|in)?\b/giu, 'president'],
  // German question words ("wie" only opening a question: elsewhere it is "like"), "nicht" and a closing "oder nicht?".
  [/\b(?:warum|wieso|weshalb)\b/gi, 'why'],
  [/\bwer\b/gi, 'who'],
  [/\bwann\b/gi, 'when'],
  [/\b(?:wieviele?|wie\s+viele?)\b/gi, 'how many'],
  [/^\s*wie\b/gi, 'how'],
  [/\bwelche[rsnm]?\b/gi, 'which'],
  [/\boder\s+nicht(?=\s*[?.!]*\s*$)/gi, 'or not'],
  [/\bnicht\b/gi, 'not'],
  // French question words, "ou pas?" closing (or not), "à part" (besides), and "l'"/"d'" before a word.
  [/\bpourquoi\b/gi, 'why'],
  [/\bquand\b/gi, 'when'],
  [/\bcombien\b/gi, 'how many'],
  [/\b(?:ou\s+pas|ou\s+non)(?=\s*[?.!]*\s*$)/gi, 'or not'],
  [/(?:à|\ba)\s+part\b/giu, 'besides'],
  [/\b[ld]['’](?=\p{L})/giu, ''],
  // Turkish question words, a closing "değil mi" (isn't it) asking nothing more, and "Kore" (Korea).
  [/\b(?:neden|niye|niçin)(?!\p{L})/giu, 'why'],
  [/\bnas[ıi]l(?!\p{L})/giu, 'how'],
  [/\bka[çc](?!\p{L})(?=\s+\p{L})/giu, 'how many'],
  [/\bne\s+zaman(?!\p{L})/giu, 'when'],
  [/\bnerede(?!\p{L})/giu, 'where'],
  [/\bde[ğg]il\s+m[iı](?!\p{L})/giu, ''],
  // The question particle "mi" (mı, mu, mü) after a word, at a clause's end: not a stop word, which "Han-Mi-Il" would lose.
  // (The word before it is looked for behind a match: a lookbehind first would run at every place of every question.)
  [/\bm[iıuü](?<=\p{L}\s+m[iıuü])(?=\s*(?:[?,.!]|$))/gu, ''],
  [/\bKore(?!\p{L})/gu, 'Korea'],
  // Chinese question words in pinyin ("weishenme", why; "shenme", what; "haishi", or) and a foreign ministry (waijiaobu).
  [/\bwei\s?shen\s?me\b/gi, 'why'],
  [/\bshen\s?me\b/gi, 'what'],
  [/\bhai\s?shi\b/gi, 'or'],
  [/\bwaijiaobu\b/gi, 'foreign ministry'],
  // Japanese question words, romanised.
  [/\b(?:naze|doushite|dōshite|doshite)\b/gi, 'why'],
  [/\bitsu\b/gi, 'when'],
  [/\bdoko\b/gi, 'where'],
  // Nigerian Pidgin: "wetin" is what; "e be like say" it seems; "don" before a verb marks the past (not Don, a name);
  // what "e" (it) or "dem" (they) "fit" do, it can.
  [/\bwetin\b/gi, 'what'],
  [/\be\s+be\s+like\s+say\b/gi, 'it seems'],
  [/\bdon\b(?=\s+\p{Ll})/gu, ''],
  [/\bfit\b(?<=\b(?:e|dem|we|i|you|una|no)\s+fit)/gi, 'can'],
  [/\bgagal\b/gi, 'failed'],
  [/\bsemenanjung\b/gi, 'peninsula'],
  // Japanese readers' words: a seiken (as Hindi's sarkar) is an administration, Nikkan Japan and the ROK together.
  [/\b(?:seiken|seifu|sarkar)\b/gi, 'administration'],
  [/\bnikkan\b/gi, 'Japan and the ROK'],
  [/\bbit(?:e|es|ing|ten)?\s+(?:off\s+)?more\s+than\s+(?:\S+\s+){0,2}?(?:can|could)\s+chew\b/gi, 'overreaching'],
  [/\breach\s+(?:exceed|exceeds|exceeding|exceeded|outstrip|outstrips|outstripping|outstripped|outrun|outruns|outrunning)\s+(?:its|their|his|her|the)\s+grasp\b/gi, 'overreaching'],
  [/\bcall(?:s|ed|ing)?\s+(?:all\s+)?the\s+shots\b/gi, 'dominating leadership'],
  [/\b(?:in|on)\s+charge\b/gi, 'leadership'],
  // Whether partners are equals asks who leads: "a partnership of equals", "one among equals", "equal partners", "on an equal footing".
  [/\bon\s+an?\s+equal\s+footing\b|\b(?:of|among|as|than|like)\s+equals\b/gi, 'leadership'],
  [/\bequal\s+(?=(?:partners?|partnership|footing|terms|say)\b)/gi, 'leadership '],
  // What is in it for someone, its upside, is the benefit, their interest.
  [/\bupsides?\b/gi, 'benefit'],
  [/\bwhat(?:'s|’s|s|\s+is)\s+in\s+it\s+for\b/gi, 'what benefit for'],
  // "NE Asia", "SE Asian": the compass point abbreviated.
  [/\bNE\s+(?=asia|asian)\b/gi, 'Northeast '],
  [/\bSE\s+(?=asia|asian)\b/gi, 'Southeast '],
  // Setting the agenda is leading; writing checks one cannot cash is overreaching; offloading the work onto others is sharing the burden.
  [/\bset(?:s|ting)?\s+the\s+agenda\b/gi, 'leadership'],
  [/\bwrit(?:e|es|ing|ten)\s+(?:cheques|checks)\s+(?:\S+\s+){0,2}?(?:can't|can’t|cannot|couldn't|couldn’t)\s+cash\b/gi, 'overreaching'],
  [/\b(?:offload|off-load|shift|pass|push|dump)(?:s|ed|ing)?\s+(?:(?:the|some|more|its|their)\s+)?(?:work|burden|load|costs?|heavy\s+lifting)\s+(?:onto|on\s+to|to)\b/gi, 'share the burden with'],
  // Shouldering (carrying) part of the load is sharing the burden.
  [/\b(?:shoulder|carry|bear|take\s+on)(?:s|ed|ing)?\s+(?:(?:part|some|more|much|a\s+share|a\s+bigger\s+share)\s+of\s+)?(?:the|its|their)\s+(?:load|burden|costs?|weight)\b/gi, 'share the burden'],
  // What one has to play with: room to manoeuvre, a free hand, leverage (not "leveraging" something).
  [/\bfreedom\s+(?:of|to)\s+act(?:ion)?\b|\bfree\s+hand\b|\b(?:wiggle|elbow)\s+room\b|\broom\s+to\s+(?:manoeuvre|maneuver)\b/gi, 'room for maneuver'],
  [/\b(any|much|some|no|more|less|real|enough|its|their|his|her|our|have|has|had|gives?|gained?|lose|loses|lost)\s+leverage\b/gi, '$1 influence'],
  [/\b(?<=['’]s\s)leverage\b/gi, 'influence'],
  // Junior partners (members) of an alliance are its allies.
  [/\bjunior\s+(?:partners?|members?|allies|ally)\b/gi, 'allies'],
  // A country's capital as a place ("met in the American capital"): the city.
  [/\b(?<=\b(?:in|at|to|from|into|near)\s+(?:the\s+)?)(?:american|us|u\.s\.|america['’]s)\s+capital\b/gi, 'Washington'],
  [/\b(?<=\b(?:in|at|to|from|into|near)\s+(?:the\s+)?)(?:japanese|japan['’]s)\s+capital\b/gi, 'Tokyo'],
  [/\b(?<=\b(?:in|at|to|from|into|near)\s+(?:the\s+)?)(?:north\s+korean|north\s+korea['’]s|dprk['’]s)\s+capital\b/gi, 'Pyongyang'],
  [/\b(?<=\b(?:in|at|to|from|into|near)\s+(?:the\s+)?)(?:south\s+korean|south\s+korea['’]s|korean|rok['’]s)\s+capital\b/gi, 'Seoul'],
  [/\b(?<=\b(?:in|at|to|from|into|near)\s+(?:the\s+)?)(?:chinese|china['’]s)\s+capital\b/gi, 'Beijing'],
  // The best (smartest, wisest) move for someone is their rational choice.
  [/\b(?:best|smartest|wisest|sensible|smart|wise|right)\s+(?:move|course|option|bet|play|path|thing\s+to\s+do)\b/gi, 'rational choice'],
  // What a hostile reader calls the piece ("this pile", "this rag", "this garbage") is the article.
  [/\b(?:this|that)\s+(?:pile(?:\s+of\s+(?:garbage|trash|junk|nonsense|crap|propaganda|drivel))?|rag|garbage|trash|drivel|dreck|junk|nonsense|crap)\b/gi, 'the article'],
  // Pie in the sky, a pipe dream, castles in the air, wishful thinking: unrealistic.
  [/\bpie[-\s]in[-\s]the[-\s]sky\b|\bpipe[-\s]?dreams?\b|\bcastles?\s+in\s+the\s+(?:air|sky)\b|\bwishful\s+thinking\b/gi, 'unrealistic'],
  // Lording it over others is dominating them; having the juice (the chops) is having the capacity.
  [/\blord(?:s|ed|ing)?\s+it\s+over\b/gi, 'dominate'],
  [/\b(?:has|have|had|having|got)\s+(?:the\s+)?(?:juice|chops)\b/gi, 'has the capacity'],
  // A bottleneck is an obstacle; a load-bearing premise a central one.
  [/\bbottlenecks?\b/gi, 'obstacle'],
  [/\bload[-\s]bearing\b/gi, 'central'],
  // Messing with (up) something is damaging it.
  [/\bmess(?:es|ed|ing)?\s+(?:with|up)\b/gi, 'damage'],
  // "Tryna" is trying to.
  [/\btryna\b/gi, 'trying to'],
  // What one is trying to achieve (do, accomplish) is one's aim.
  [/\b(?:try|tries|trying|tried|seek|seeks|seeking|sought|want|wants|wanting|wanted)\s+to\s+(?:achieve|accomplish|do|get\s+done)\b/gi, 'aim'],
  // A corner (part, neck of the woods) of a region, of the world or of the map is the region.
  [/\b(?:(?:that|this|the|our|their|its)\s+)?(?:corner|part|neck\s+of\s+the\s+woods)\s+of\s+(?:the\s+)?(?=asia\b|world\b|the\s+world\b|globe\b|map\b|the\s+map\b|east\s+asia\b|the\s+region\b|region\b|pacific\b)/gi, 'region of '],
  // Reading between the lines is reading what the piece implies: a manner of asking.
  [/\b(?:reading|read)\s+between\s+the\s+lines\b,?/gi, 'implicitly'],
  // A shooting (hot, actual) war is a war, not shooting.
  [/\b(?:(?:actual|real|full[-\s]scale)\s+)?(?:shooting|hot)\s+war\b/gi, 'war'],
  // A war breaking out (happening, starting) is the risk of conflict rising; "if a war breaks out" is a scenario.
  [/(?<!\b(?:if|when|once|should|in\s+case)\s+(?:an?\s+|the\s+)?)\b(?:an?\s+)?war\s+(?:break(?:s|ing)?\s+out|broke\s+out|happen(?:s|ing)?|start(?:s|ing)?|erupt(?:s|ing)?|kick(?:s|ing)?\s+off)\b/gi, 'risk of conflict increasing'],
  // The end game is the goal; ending up somewhere is being there.
  [/\bend[-\s]?game\b/gi, 'goal'],
  [/\bend(?:s|ed|ing)?\s+up\s+(?=(?:in|with|as|on|at|being|\p{L}+ed|\p{L}+ing)\b)/giu, ''],
  // Going (getting) nowhere is stagnating, not a place.
  [/\b(?:go(?:es|ing)?|went|gone|get(?:s|ting)?|got(?:ten)?)\s+nowhere\b/gi, 'stagnation'],
  // To sink (torpedo, derail, wreck) it is to make it collapse.
  [/\b(?:sink|sinks|sank|sunk|torpedo|torpedoes|torpedoed|derail|derails|derailed|scupper|scuppers|scuppered|wreck|wrecks|wrecked)\b(?=\s+(?:it|this|that|the|its|their|them)\b)/gi, 'collapse'],
  [/\bfall(?:s|ing)?\s+apart\b|\bfell\s+apart\b|\bcome\s+(?:apart|undone)\b|\bunravel(?:s|led|ed|ling|ing)?\b|\bcrumbl(?:e|es|ed|ing)\b|\bdisintegrat(?:e|es|ed|ing)\b/gi, 'collapse'],
  [/\bfall(?:s|ing)?\s+in(?:to)?\s+line\b|\bline\s+up\s+behind\b|\bgo(?:es|ing)?\s+along\s+with\b|\bfollow(?:s|ing)?\s+suit\b|\btoe(?:s|ing)?\s+the\s+line\b|\b(?:do|does|doing|did)\s+(?:just\s+)?(?:what|as)\s+(?:it|they|he|she|washington|america|the\s+us)\s+(?:says|said|wants|tells\s+(?:them|it)|told)\b/gi, 'follow'],
  // Someone's puppets (pawns, vassals), those used as tools, those taking orders: those who follow.
  [/\b(?:puppets?|pawns?|vassals?|lackeys?|stooges?)\b|\bas\s+(?:(?:mere|its|their|his|her|simple)\s+)?(?:tools|instruments)\b|\b(?:tak(?:e|es|ing)|took|taken)\s+orders\b/gi, 'followers'],
  // Talks held (the talks, strategy talks, the first talks) are a dialogue; not what a piece talks about.
  [/\b((?:the|their|its|these|those|such|first|1st|formal|official|strategy|strategic|security|peace|high-level|regional|[\p{L}]+-(?:strategy|level|pacific))\s+)talks\b(?!\s+(?:about|of|to|with|through|up)\b)/giu, '$1dialogue'],
  // What something is (really) for, at the question's end, is its purpose.
  [/(?<!\b(?:who|whom|which)\b.*)\b(is|are|was|were)\s+(?:really\s+|actually\s+|even\s+|all\s+|meant\s+)?for(?=\s*[?.!]*\s*$)/gi, '$1 purpose'],
  [/\bwhat\s+(is|are|was|were)\s+((?:[\p{L}'’-]+\s+){1,4}?)(?:really\s+|actually\s+|even\s+|all\s+|meant\s+)?for(?=\s*[?.!]*\s*$)/giu, 'what $1 $2purpose'],
  // Taking (lasting) decades is taking a long time.
  [/(?<=\b(?:for|over|taking|take|takes|took|taken|after|in)\s+)(?:so\s+many\s+|many\s+|several\s+|a\s+few\s+)?(?:decades|years|ages)\b/gi, 'a long time'],
  // Sitting down (together, at the table) is meeting.
  [/\b(?:sit(?:s|ting)?|sat)\s+down(?:\s+together)?\b|\b(?:sit(?:s|ting)?|sat)\s+(?:together\s+)?at\s+the\s+(?:same\s+)?table\b/gi, 'meet'],
  // The idea (thinking, logic) behind something is its purpose.
  [/\b(?:idea|thinking|logic|rationale|point)\s+behind\b/gi, 'purpose of'],
  // Those dragged (pulled) along follow; the big brother is the one dominating.
  [/\b(?:drag(?:s|ged|ging)?|pull(?:s|ed|ing)?|tug(?:s|ged|ging)?)\s+along\b/gi, 'follow'],
  // Supply lines (routes, networks) are supply chains; a value chain is an industry chain; frontier tech is cutting-edge.
  [/\bsupply\s+(?:lines|routes|networks)\b/gi, 'supply chains'],
  [/\bvalue[-\s]chains?\b/gi, 'industry chains'],
  [/\bfrontier\s+(?:tech|technology|technologies)\b/gi, 'cutting-edge technologies'],
  // Reshoring (friend-shoring, nearshoring) is reducing dependence; a fig leaf (smokescreen, cover story: not something
  // covered) is a guise, the piece's own word for a pretext.
  [/\b(?:re|friend|near|ally|on)[-\s]?shoring\b/gi, 'reducing dependence'],
  [/\b(?:a\s+)?(?:fig[-\s]leaf|smoke[-\s]?screen|cover\s+stor(?:y|ies))\b/gi, 'a guise'],
  // A cover for something (just a cover, cover for …) is an excuse; what a grouping covers is its scope.
  [/\b(?:(?:a|just|only|merely|mere|simply|as|the)\s+)cover\b(?=\s+(?:for|to)\b|\s*[?.!,]|\s*$)|\bcover\b(?=\s+for\b)/gi, 'an excuse'],
  // Things blowing up is conflict escalating; from someone's point of view (pov) is how they see it.
  [/\b(?:blow(?:s|ing)?|blew|blown)\s+up\b/gi, 'escalating conflict'],
  [/\bfrom\s+(?:a|an|the|my|our)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:pov|point\s+of\s+view|perspective|standpoint)\s*,?\s*/giu, ''],
  // The West is the US and its camp; the main character of a story is the one dominating it.
  [/\bthe\s+west\b(?!\s+(?:bank|coast|side|of|end|wing|pacific|philippine))/gi, 'the US'],
  [/\bmain\s+characters?\b/gi, 'dominant leader'],
  // The world's number one (top dog) is the hegemon; the top dog in a group is who dominates it (below).
  [/\b(?:(?:the\s+)?world['’]?s?\s+)?(?:number\s+one|no\.?\s*1)\b(?!\s+(?:reason|priority|goal|aim|issue|concern|problem|thing|question))|\b(?:(?:the\s+)?world['’]?s?\s+)?top\s+dog\b(?!\s+(?:in|of|among|within)\b)/gi, 'hegemony'],
  // Something in another's style is like it ("Cold War-style camps", "a NATO-style alliance"), "-style" modifying the noun
  // after it (not "the tone and style of", "what writing style do they use"); a throwback to it is like it too.
  [/\b([\p{L}]+)[-\s]style\b(?=\s+(?!(?:of|and|or|is|are|was|were|in|do|does|did|they|it|he|she|we|you|the|a|an|that|this|to|for|with|at|on)\b)\p{L})/giu, '$1'],
  [/\b(?:a\s+)?(?:throwback|reversion|regression)\s+to\b/gi, 'like'],
  // A brake (drag) on something constrains it; internal politics (affairs, divisions) are domestic.
  [/\b(?:a\s+)?(?:brake|handbrake)s?\s+on\b/gi, 'constraint on'],
  [/\binternal(?=\s+(?:politics|political|affairs|divisions?|debates?|opinion|support|situation|matters|problems|issues|struggles?|strife|squabbles?|polarization|polarisation)\b)/gi, 'domestic'],
  // From the piece's (authors') viewpoint (point of view, perspective, standpoint): according to it.
  [/\bfrom\s+(?:the\s+)?(?:op-?ed|article|piece|authors?|writers?)(?:['’]s|s['’]|['’])?\s+(?:viewpoint|point\s+of\s+view|perspective|standpoint|angle)\b/gi, 'according to the article'],
  // Combined (joint) operations are coordinated military action.
  [/\b(?:combined|joint)\s+(?:ops|operations)\b/gi, 'coordinated military actions'],
  [/\bbig\s+brother\b/gi, 'dominant power'],
  // A course correction is a repair of what went wrong.
  [/\bcourse[-\s]correct(?:ion|ions|ed|ing|s)?\b/gi, 'repair'],
  [/\bturn(?:s|ed|ing)?\s+(?:their|its|our|your|his|her)\s+backs?\s+on\b|\bcut\s+ties\s+with\b/gi, 'alienate'],
  // Pushing someone away, at their expense: alienating them (at someone's expense: below).
  [/\b(?:push|pushes|pushed|pushing|drive|drives|drove|driving)\s+(?:[\p{L}'’-]+\s+){0,2}?away\b|\bat\s+(?:their|its|his|her)\s+expense\b/giu, 'alienate'],
  [/\b(?:pick(?:s|ed|ing)?|choos(?:e|es|ing)|chose|tak(?:e|es|ing)|took)\s+(?:(?:a|their|its|[\p{L}-]+(?:'s|’s))\s+)?sides?\b|\bsid(?:e|es|ed|ing)\s+with\b|\bwhich\s+side\b|\bcourse\s+of\s+action\b/giu, 'choice'],
  // Going all in on one side (betting everything on it) is choosing it.
  [/\b(?:go(?:es|ing)?|went|gone)\s+all[-\s]in\s+(?:on|with)\s+(?:one|a|either|the\s+other|their|its)\s+side\b/gi, 'choice'],
  // What one should (ought to) do is the choice one has.
  [/\b(?:should|ought\s+to)\s+(?:[\p{L}'’-]+\s+){0,3}?do\b/giu, 'choice'],
  // Their (the authors', the piece's) prescription (recommendation, advice) for someone is the choice the piece sees for them.
  [/(?<=\b(?:their|its|(?:authors|writers)['’]|(?:author|writer|piece|article|op-?ed)['’]s)\s+)(?:prescription|recommendations?|advice)\s+(?=(?:for|to)\b)/gi, 'choice '],
  [/\bpull(?:s|ed|ing)?\s+(?:\S+\s+)?off\b/gi, 'achieve'],
  [/\bon\s+(?:its|their|his|her)\s+own\b|\bby\s+(?:itself|themselves)\b|\bgo(?:ing)?\s+it\s+alone\b/gi, 'alone'],
  // At home is domestic ("politics at home"), unless the asker's own home ("how do I make kimchi at home").
  [/\b(?<!\b(?:i|we|you|my|our|your)\b.*)at\s+home\b/gi, 'domestic'],
  [/\bin\s+the\s+long\s+run\b|\bdown\s+the\s+(?:road|line)\b|\b(?:going|moving)\s+forward\b|\bfrom\s+(?:here|now)\s+on(?:\s+out)?\b|\bin\s+the\s+(?:years|decades|months)\s+(?:ahead|to\s+come)\b|\bin\s+the\s+coming\s+(?:years|decades|months)\b/gi, 'future'],
  [/\bnews\s+(?:hook|peg|event|story|item)\b|\bpeg\s+for\b|\bthe\s+(?:starting\s+|opening\s+|main\s+)?hook\b|\bin\s+the\s+news\b/gi, 'occasion'],
  // Whom the asker explains it to ("to a class", "for my students") is no part of the question.
  [/\b(?:to|for|with|in)\s+(?:a\s+|my\s+|the\s+|our\s+)?(?:(?:quiz|intro|episode|show|team|group|study)\s+){0,2}(?:class|students|pupils|kids|seminar|tutorial|lecture|presentation|essay|exam|homework|assignment|quiz|slides?|newsletter|episode|podcast)\b/gi, ''],
  [/\bheat(?:s|ed|ing)?\s+up\b|\b(?:turn(?:s|ed|ing)?|get(?:s|ting)?|got|grow(?:s|ing)?|grew|become(?:s)?|became)\s+(?:(?:too|very|more|really)\s+)?(?:hot|heated|ugly|nasty|violent|dicey)\b|\bboil(?:s|ed|ing)?\s+over\b|\bflar(?:e|es|ed|ing)\s+up\b/gi, 'escalating conflict'],
  // Ratcheting (cranking, dialling, amping) things up is escalating them.
  [/\b(?:ratchet(?:s|ed|ing)?|crank(?:s|ed|ing)?|dial(?:s|led|ling|ed|ing)?|amp(?:s|ed|ing)?|ramp(?:s|ed|ing)?)\s+(things|it|tensions|pressure|the\s+pressure|the\s+tension)\s+up\b/gi, 'escalating $1'],
  [/\b(?:ratchet(?:s|ed|ing)?|crank(?:s|ed|ing)?|dial(?:s|led|ling|ed|ing)?|amp(?:s|ed|ing)?|ramp(?:s|ed|ing)?)\s+up\b/gi, 'escalating'],
  // The one in the driver's seat (the driver, driving it) leads.
  [/\b(?:in\s+)?the\s+driver['’]?s?\s+seat\b|\bthe\s+drivers?\b(?!\s+(?:of|behind)\b)|\bdriving\s+(?:this|it|the\s+(?:agenda|process|push))\b/gi, 'the leader'],
  // Wiggle (elbow, breathing) room is room.
  [/\b(?:wiggle|elbow|breathing)\s+room\b/gi, 'room'],
  // Spilling over into somewhere is spreading to it: the reach expanding.
  [/\bspill(?:s|ed|ing)?\s+over(?:\s+(?:into|to))?\b/gi, 'expand to'],
  // Living next door (to) is the neighbourhood.
  [/\b(?:living\s+)?next\s+door(?:\s+to)?\b/gi, 'neighborhood of'],
  // A talkfest is a meeting.
  [/\btalk[-\s]?fests?\b/gi, 'meeting'],
  // The politics of memory are the historical issues; a sales pitch (a PR exercise, talking points) is propaganda.
  [/\b(?:memory\s+politics|politics\s+of\s+memory|historical\s+memory|history\s+and\s+memory(?:\s+(?:questions|issues|disputes))?)\b/gi, 'historical issues'],
  [/\b(?:sales\s+pitch(?:es)?|pr\s+(?:exercise|stunt|campaign)s?|talking\s+points)\b/gi, 'propaganda'],
  // The current (present, sitting) government is the government: the piece's "Currently" is about something else.
  [/\b(?:current|present|sitting|incumbent)\s+(?=(?:white\s+house|administration|admin|government|govt|president|leadership|cabinet)\b)/gi, ''],
  // Bringing something up (touching on it) is mentioning it.
  [/\b(?:bring(?:s|ing)?|brought)\s+up\b|\btouch(?:es|ed|ing)?\s+(?:up)?on\b/gi, 'mention'],
  [/\bgang(?:s|ed|ing)?\s+up\s+on\b/gi, 'contain'],
  // Boxing (hemming) someone in, with them between or not: containing them (not the box in the corner).
  [/\b(?:box(?:es|ed|ing)?|hem(?:s|med|ming)?)((?:\s+[\p{L}'’-]+){0,2}?)\s+in\b(?!\s+(?:the|a|an|its|their|this|that|which|what)\b)/giu, 'contain$1'],
  // On every front: in every field.
  [/\bon\s+(?:every|all|many|multiple|several)\s+fronts?\b/gi, 'in every field'],
  [/\bon\s+the\s+same\s+page\b|\bsee\s+eye\s+to\s+eye\b/gi, 'trust agreement'],
  [/\bat\s+odds\b|\bat\s+loggerheads\b|\bbad\s+blood\b/gi, 'tensions'],
  // Cozying up to someone is leaning to them (pro-US, as the piece says); warming to someone is improving relations.
  [/\bco[sz](?:y|ying|ies|ied)\s+up(?:\s+to)?\b/gi, 'pro'],
  [/\bwarm(?:s|ed|ing)?\s+(?:up\s+)?to\b/gi, 'improving relations'],
  [/\bbig\s+picture\b/gi, 'overall'],
  // A newsroom's nut graf is the piece's gist; a net assessment its overall one.
  [/\bnut\s+gra(?:f|ph)s?\b/gi, 'gist'],
  [/\bnet\s+assessment\b/gi, 'overall assessment'],
  // Holding a good (strong, winning) hand is having influence (cards alone are options: see below).
  [/\b(?:hold|holds|holding|held|has|have|had|got|play|plays|playing|played)\s+(?:a\s+)?(?:good|strong|winning|decent|better|great)\s+hand\b/gi, 'ample influence'],
  // Upsetting the apple cart is disrupting things; a plan that works out succeeds (not "work out what …", figuring it out; what did not work out is told in the content's own words).
  [/\bupset(?:s|ting)?\s+the\s+apple\s*-?cart\b/gi, 'disrupt'],
  [/(?<!(?:n't|n’t|\bnot|\bnever)(?:\s+[\p{L}'’]+){0,2}\s+)\bwork(?:s|ed|ing)?\s+out\b(?!\s+(?:what|how|why|who|whether|if|where|when|which)\b)/giu, 'succeed'],
  [/\bused\s+to\s+(?:be|have)\b/gi, 'previously'],
  [/\b(?:three|3)[-\s](?:way|nation|country|party|sided)\b/gi, 'trilateral'],
  // Chat's clippings: mil (not "5 mil", a million) is military; a PM (not "5 pm") a prime minister; an admin an administration.
  [/(?<!\d\s*)\bmil\b(?!\s*(?:dollars|usd|yen|won)\b)/gi, 'military'],
  [/(?<!\d\s*)\bpms?\b/gi, 'prime minister'],
  [/\badmin\b/gi, 'administration'],
  [/\bcut(?:s|ting)?\s+((?:[\p{L}'’-]+\s+){0,2}?)off\b/giu, 'sever $1'],
  // Severing (ditching) someone completely is severing them: how far is no word of the content's ("complete halt").
  [/\b(sever|ditch)\s+((?:[\p{L}'’-]+\s+){0,2}?)(?:completely|entirely|altogether|totally|for\s+good)\b/giu, '$1 $2'],
  // A plan (strategy, report) that comes out is launched ("when did biden's asia strategy come out"), not what is coming;
  // one coming out of something or on top is not.
  [/\b(?:come|comes|came|coming)\s+out\b(?!\s+(?:of|on|ahead|top|against|for|in\s+favou?r|with|in\s+support)\b)/gi, 'launched'],
  // What a grouping does besides (beyond, more than) defence, or whether it is only (mainly) a defence pact or more, asks
  // its scope: what it covers besides the military.
  [/\b(?:besides|beyond|other\s+than|apart\s+from|aside\s+from|more\s+than(?:\s+(?:just|only|merely))?|not\s+(?:just|only|merely))\s+(?:a\s+|the\s+)?(?:defen[cs]e|military|security|hard\s+power)(?:\s+(?:pact|alliance|thing|stuff|side))?\b/gi, 'scope besides military'],
  [/\b(?:mainly|mostly|purely|just|only|primarily|merely)\s+(?:a\s+|about\s+)?(?:defen[cs]e|military|security|hard\s+power)(?:\s+(?:pact|alliance|thing|deal|grouping))?\b(?=[^?]*\bor\b)/gi, 'scope military'],
  // Why (to what end) so many (all these) partnerships (networks, workstreams, fields), or partnerships everywhere: the
  // networks the US builds in every field it can, and what for.
  // (The motive word is looked for behind a match, not before every place: a lookbehind first costs each question ~10 µs.)
  [/(?:\b(?:so\s+many|all\s+(?:these|those|the)|that\s+many|this\s+many|multiple|many)\s+(?:different\s+)?(?:partnerships|networks|workstreams|fields|areas|domains)\b(?:\s+(?:everywhere|at\s+once))?|\b(?:partnerships|networks)\s+everywhere\b)(?<=\b(?:why|motives?|motivates?|purposes?|endgame|end\s+goal|aims?|goals?|reasons?|rationale|point)\b.*)/gi, 'networks in every field'],
  // A new (an Asian, a mini) NATO, a NATO-style pact or a NATO of Asia is an alliance system like NATO, not NATO itself.
  [/\b(?:an?\s+)?(?:new|asian|mini|asia-pacific|pacific|indo-pacific|east\s+asian)\s+nato\b|\bnato\s+(?:of|for)\s+(?:asia|the\s+pacific|the\s+indo-pacific|east\s+asia)\b|\bnato[-\s](?:style|like|type)\b(?:\s+(?:pact|alliance|bloc))?/gi, 'networked alliance'],
  // The two (these two) scholars (academics, professors, gentlemen …) a reader speaks of are the authors.
  [/\b(?:the|these|those|our|both)\s+(?:(?:two|2)\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:scholars|academics|professors|profs|gentlemen|men|experts|researchers|analysts|commentators|authors|writers)|(?:[\p{Lu}][\p{L}-]+\s+)?(?:scholars|academics|professors|profs|gentlemen))\b/gu, 'the authors'],
  // Safer or more dangerous (less safe, worse, riskier) asks about security and stability either way.
  [/\b(?:safer|more\s+secure)\s+or\s+(?:more\s+)?(?:dangerous|perilous|unsafe|unstable|less\s+safe|worse|riskier)\b|\b(?:more\s+)?(?:dangerous|less\s+safe|riskier)\s+or\s+(?:safer|more\s+secure)\b/gi, 'security and stability'],
  // One (a single) dominant bloc, or many competing ones, asks about the balance of several mechanisms competing.
  [/\b(?:one|a\s+single)\s+(?:dominant|dominating)\s+(?:bloc|camp|club|team|alliance|grouping|group)\b(?=[^?]*\bor\b)|\b(?:one|a\s+single)\s+(?:bloc|camp|club|team|alliance|grouping|group)\s+(?:dominating|winning(?:\s+out)?|on\s+top|to\s+dominate)\b(?=[^?]*\bor\b)|\bdominated\s+by\s+(?:one|a\s+single)\s+(?:bloc|camp|club|team|alliance|grouping|group)\b/gi, 'competition and balance of multiple mechanisms'],
  // A country's own position (not its position on something, a stance), or whether it is left isolated (cornered, boxed
  // in), is its influence and room for manoeuvre (its power: see the thesaurus).
  [/\b(china|beijing|prc|japan|tokyo|korea|seoul|rok|america|washington|russia|moscow|india|australia)(['’]s)?\s+(?:own\s+)?position\b(?!\s+(?:on|about|regarding|towards?|over)\b)|\b(china|beijing|prc|japan|tokyo|korea|seoul|rok|america|washington|russia|moscow|india|australia)\s+(?:(?:is|was|be|being|left|gets?|ends?\s+up|end(?:s|ed)?\s+up)\s+)?(?:isolated|cornered|boxed\s+in)\b/gi, '$1$3$2 influence and room for maneuver'],
  // Someone whose best days are behind them is declining.
  [/\b(?:best|glory|greatest)\s+days\s+(?:are|were|may\s+be|might\s+be)\s+(?:already\s+)?behind\b/gi, 'declining'],
  // Staff writing's BLUF (bottom line up front) is the conclusion; a second-order effect is a consequence.
  [/\bbluf\b/gi, 'conclusion'],
  [/\b(?:2nd|second|3rd|third|higher)[-\s]order\s+(?=(?:effects?|consequences?|impacts?)\b)/gi, ''],
  // Lumping something in with others is grouping it with them: what it is grouped with is asked, not a lump.
  [/\blump(?:s|ed|ing)?\s+((?:[\p{L}'’-]+\s+){0,3}?)(?:in\s+|together\s+)?with\b/giu, 'group $1with'],
  // Chat's "n" for "and" between two countries ("japan n korea"), not the N of "N Korea".
  [/\b(?<=\b(?:japan|china|tokyo|beijing|seoul|washington|us|america|russia|taiwan|india|australia)\s+)n(?=\s+\p{L})/giu, 'and'],
  // "US-led" says whose it is, not the "led" of "led to" (caused).
  [/\b(\p{L}+)-led\b/giu, '$1'],
  // Whether two sides get along is about the tensions between them.
  [/\bg(?:et|ets|etting|ot)\s+(?:along|on\s+well)(?:\s+well)?(?:\s+enough)?(?:\s+with)?\b/gi, 'tensions'],
  // "Before" closing a clause ("… work before?", "before Biden came in?") is a time: earlier.
  [/\b(?:ever\s+)?before(?=(?:\s+all\s+(?:this|that)|\s+\p{L}+(?:\s+(?:came\s+in|took\s+(?:over|office)|arrived))?)?\s*(?:[?.!,]|$))/giu, 'earlier'],
  // The club (group) of seven industrial democracies is the G7; lining up with a grouping is coordinating with it.
  [/\b(?:club|group)\s+of\s+(?:the\s+)?seven\b(?:\s+(?:big|major|leading|rich|wealthy|advanced|largest|industriali[sz]ed|industrial|democracies|economies|nations|countries)\b)*|\bseven\s+(?:(?:big|major|leading|rich|wealthy|advanced|largest|industriali[sz]ed|industrial)\s+){1,3}(?:democracies|economies|nations|countries)\b/gi, 'G7'],
  [/\bline(?:s|d)?\s+up\s+with\b|\blining\s+up\s+with\b/gi, 'coordinate with'],
  // What works against something hinders it; walking away from someone is cutting ties.
  [/\bwork(?:s|ed|ing)?\s+against\b/gi, 'hinder'],
  // Differing (breaking, departing) from a predecessor is a shift from what went before.
  [/\b(?:differ(?:s|ed|ent)?|break(?:s|ing)?|broke|depart(?:s|ed|ure)?)\s+(?:\w+\s+)?from\b(?=\s+(?:(?:his|her|its|their|the)\s+)?(?:predecessor|previous|last|prior|former|earlier|\p{L}+['’]s\b))/giu, 'shift from'],
  // What kept (stopped, prevented) someone from doing something hindered them.
  [/\b(?:kept|keeps?|keeping|stopped|prevent(?:s|ed|ing)?)\s+((?:[\p{L}'’-]+\s+){1,6}?)from\b(?=\s+\p{L}+ing\b)/giu, 'hinder $1from'],
  [/\bwalk(?:s|ed|ing)?\s+away\s+from\b|\b(?:break|breaks|breaking|broke)\s+(?:off\s+)?(?:ties\s+)?with\b/gi, 'sever ties with'],
  // The story someone tells (spins) about another is their narrative.
  [/\b(?:story|stories|tale|tales)((?:\s+[\p{L}'’-]+){1,2}?)\s+(?:tells?|told|telling|spins?|spun|spinning)\b/giu, 'narrative$1'],
  // The White House's occupant is the president; pinning the blame on someone is blaming them; buying someone's line is believing their claim.
  [/\b(?:white\s+house|oval\s+office)\s+occupant\b|\boccupant\s+of\s+the\s+(?:white\s+house|oval\s+office)\b/gi, 'president'],
  [/\bpin(?:s|ned|ning)?\s+(?:(?:any|some|all|much)\s+(?:of\s+)?)?(?:the\s+)?blame\s+on\b/gi, 'blame'],
  [/\bbuy(?:s|ing)?((?:\s+[\p{L}'’-]+){0,2}?)\s+(?:line|spin|story|argument|narrative)\b/giu, 'believe$1 claim'],
  // The (real, main) driver of (behind) something is its motive.
  [/\bdrivers?(?=\s+(?:of|behind)\b)/gi, 'motive'],
  // "Do they buy that NK is the driver", "the authors don't buy it": someone buying a claim believes it (not buying chips).
  [/\b(?<=\b(?:they|you|we|i|he|she|authors?|writers?|piece|article|op-?ed)\s+(?:(?:do(?:n['’]?t|\s+not)?|does(?:n['’]?t|\s+not)?|really|actually|even|fully)\s+){0,2})buy(?:s)?\b(?=\s+(?:that|it|this|the\s+(?:idea|claim|argument|premise|story|line|notion)|into)\b)/gi, 'believe'],
  // How far something is to go (reach, extend) is its reach.
  [/\bhow\s+far\s+(?:[\p{L}'’-]+\s+){0,5}?(?:go|goes|reach|reaches|extend|extends|expand|expands|spread|spreads)\b/giu, 'reach'],
  // The top dog is the dominant one.
  [/\btop\s+dogs?\b/gi, 'dominant'],
  // The DMZ is the border of the two Koreas: the Korean Peninsula.
  [/\b(?:the\s+)?dmz\b|\b(?:the\s+)?38th\s+parallel\b/gi, 'Korean Peninsula'],
  // "The divided nation (peninsula, country)", in this region, is Korea: the Korean Peninsula.
  [/\b(?:the\s+)?divided\s+(?:nation|country|peninsula|land)\b/gi, 'Korean Peninsula'],
  // The two Koreas are the Korean Peninsula.
  [/\b(?:the\s+)?two\s+koreas\b|\binter-korean\b/gi, 'Korean Peninsula'],
  // Built (layered, stacked, grafted) on top of is based on, not the building of "construction".
  [/\b(?:built|layered|stacked|grafted)\s+(?:up\s+)?(?:on\s+top\s+of|on|onto|upon)\b|\b(?:sits?|sitting|sat|stands?|standing|stood|rests?|resting|rested)\s+on\s+top\s+of\b/gi, 'based on'],
  // A role to play, a part to play, the heavy lifting: what one contributes.
  [/\b(?:role|part)\b((?:\s+[^\s?.!,]+){0,8}?)\s+(?:to\s+)?play\b/gi, 'contribution$1'],
  [/\bplay(?:s|ed|ing)?\s+(?:a|an|the|its|their)\s+(?:\S+\s+)?(?:role|part)\b|\b(?:do|does|doing|did)\s+the\s+heavy\s+lifting\b/gi, 'contribute'],
  // Cards to play, cards held: the options one has (not report cards, a card game, a credit card).
  [/\b(?<!(?:report|credit|debit|gift|id|sim|business|greeting|birthday|post|playing|score|green|red|yellow|wild|trading|pokemon|graphics|sd|memory|key|membership)\s+)(?:cards?(?!\s+(?:game|games|deck|decks|table|trick|tricks|reader|readers|payment|payments|number|numbers))|bargaining\s+chips?)\b/gi, 'options'],
  // Someone's bottom line is their conclusion.
  [/\bbottom[-\s]line\b/gi, 'conclusion'],
  // "In one line", "in a nutshell": a summary.
  [/\bin\s+(?:one|a|a\s+single|one\s+or\s+two|two|a\s+couple\s+of|a\s+few|few|\d(?:\s*[-–]\s*\d)?)\s+(?:lines?|sentences?|words?|nutshell)\b|\bin\s+a\s+nutshell\b/gi, 'summary'],
  // …and so is a one-liner, a one-line thesis, one line for the slide.
  [/\b(?:one|single|1)[-\s]?(?:liners?|line|sentence)\b/gi, 'summary'],
  // The outlet that published the piece ("China Daily's editorial line") is the paper, not China.
  [/\bchina\s+daily(?:\s+global\s+edition)?(?:\s*\(usa\))?/gi, 'the paper'],
  // What prompted (spurred, moved) the authors to write is the piece's occasion.
  // … and so is what the piece reacts (responds) to.
  [/\b(?:this|the)\s+(?:piece|article|op-?ed|commentary|column|essay)\s+(?:is\s+|was\s+)?(?:reacting|responding|replying|a\s+(?:reaction|response|reply))\s+to\b/gi, 'occasion'],
  [/\b(?:(?:prompt|spur|move|motivate|inspire|trigger|lead)(?:s|ed|d)?\s+(?:the\s+)?(?:authors?|writers?|them)\s+to|(?:made|makes?|making)\s+(?:the\s+)?(?:authors?|writers?|them)|(?:got|gets?|getting)\s+(?:the\s+)?(?:authors?|writers?|them)\s+to)\s+(?:write|publish|pen)(?:\s+(?:this|it|the)(?:\s+(?:piece|article|op-?ed|commentary|column|essay))?)?\b|\b(?:prompt|spur|trigger|occasion)(?:s|ed)?\s+(?:the\s+writing\s+of\s+)?(?:this|the)\s+(?:piece|article|op-?ed|commentary|column|essay)\b/gi, 'occasion'],
  // From the inside is domestic.
  [/\bfrom\s+(?:the\s+)?(?:inside|within)\b/gi, 'domestic'],
  // Spread out is decentralized.
  [/\bspread[-\s]out\b/gi, 'decentralized'],
  [/\b(?:go|goes|going|gone|went)\s+wrong\b/gi, 'fail'],
  // How someone rates (assesses, judges) something is how they view it, not a rate.
  [/\b(?<=\b(?:they|you|we|i|he|she|authors?|writers?|piece|article|op-?ed)\s+)(?:rat(?:e|es|ed)|assess(?:es|ed)?|evaluat(?:e|es|ed)|judg(?:e|es|ed))\b/gi, 'view'],
  // What comes (stems) from something is its consequence.
  [/\b(?:com(?:e|es|ing)|came|stem(?:s|ming|med)?|flow(?:s|ing|ed)?)\s+(?:out\s+)?(?:from|of)\s+(?=(?:this|that|it|the\s+(?:pact|deal|grouping|mechanism|trilateral|partnership|alliance))\b)/gi, 'consequences of '],
  // Making something more (less) likely is raising (lowering) its risk.
  [/\b(?:more|less|increasingly)\s+likely\b|\blikelier\b/gi, 'risk'],
  [/\b(?:won'?t|will\s+not|wouldn'?t|would\s+not|doesn'?t|does\s+not|didn'?t|did\s+not|can'?t|cannot|never)\s+work\b/gi, 'fail'],
  [/\bh[oe]ld(?:s|ing)?(?:\s+(?!back\b)\S+){0,3}?\s+back\b/gi, 'hinder'],
  // The catch of a deal is its hidden downside.
  [/\b(?:the|a|any)\s+catch\b/gi, 'downside'],
  // What stands (gets) in the way is an obstacle.
  [/\b(?:stand(?:s|ing)?|stood|get(?:s|ting)?|got)\s+in\s+(?:the|its|their|his|her|our|your)\s+way\b/gi, 'obstacle'],
  [/\bpast\s+(?:its|their|his|her|the)\s+(?:peak|prime|best|heyday|zenith)\b|\bover\s+the\s+hill\b|\bon\s+the\s+wane\b|\bin\s+decline\b/gi, 'declining'],
  // The weak spot of a whole: its weak link.
  [/\bachilles(?:'|’)?(?:s)?\s+heel\b|\bsoft\s+underbelly\b|\bweak(?:est)?\s+(?:spot|point|link)s?\b/gi, 'weak link weakness'],
  // A grand plan, a master plan: an ambitious strategy.
  [/\b(?:grand|master|big|grandiose|sweeping)\s+(?:plans?|designs?|schemes?|visions?|strateg(?:y|ies))\b/gi, 'ambitious strategy'],
  // Where an argument (its tone, its focus) turns (pivots, shifts, switches) is its turning point.
  // Not "how did the focus change under Biden?": how something changed over time, not where the piece turns.
  [/\b(?<!\bhow\s+(?:did|does|do|has|have|had|will|would|could|might)\s+(?:the\s+|its\s+|their\s+)?)\b(?:argument|piece|article|essay|op-?ed|authors?|writers?|tone|mood|focus|emphasis)\s+(?:turn|pivot|shift|swing|switch|change)(?:s|es)?\b/gi, 'turning point'],
  // What one advises (recommends, urges) someone to do is the choice one sees for them.
  [/\b(?:advi[sc]e|advises|advised|recommend|recommends|recommended|suggest|suggests|suggested|urge|urges|urged)\s+((?:[\p{L}'’-]+\s+){1,4}?)to\s+do\b/giu, 'choice for $1'],
  // Going backwards is a setback.
  [/\b(?:go|goes|going|gone|went|move|moves|moved|moving|slide|slid|slides|sliding)\s+backwards?\b/gi, 'setback'],
  // The junior partners of an alliance are the allies led.
  [/\bjunior\s+partners?\b/gi, 'allies'],
  // Whoever is on the receiving end of something is its target.
  [/\b(?:end\s+up\s+)?on\s+the\s+receiving\s+end\b/gi, 'targeted'],
  // The bad guys are the targets, the rivals.
  [/\bbad\s+guys?\b/gi, 'targets rivals'],
  // Trying for a while (for years, for ages): for a long time.
  [/\bfor\s+(?:quite\s+)?(?:a\s+(?:long\s+)?while|years|ages|decades|a\s+long\s+time)\b/gi, 'for a long time'],
  // What something is designed (meant, intended) to do is what it aims to do.
  [/\b(?:designed|meant|intended)\s+to\b/gi, 'aimed to'],
  // "Most South Koreans", "most voters": the majority of them.
  [/\bmost(?=\s+(?:(?:ordinary|average|regular|normal)\s+)?(?:(?:south|north)\s+)?(?:koreans|japanese|americans|chinese|people|voters|citizens|locals|residents|folks|of\s+the\s+(?:public|population|people|voters|electorate))\b)/gi, 'majority'],
  // "More weak", "more strong", as learners write them: the comparative ("weaker").
  [/\bmore\s+(weak|strong|rich|poor|tough|hard|cheap|tight|deep|high|low|great|small|old|young|calm)\b/gi, '$1er'],
  [/\bmore\s+(safe|close|loose|wide|late)\b/gi, '$1r'],
  // Playing both sides (having it both ways, sitting on the fence) is hedging.
  [/\bplay(?:s|ing|ed)?\s+(?:it\s+)?both\s+(?:sides|ways)\b|\bhav(?:e|es|ing)\s+it\s+both\s+ways\b|\bsit(?:s|ting)?\s+on\s+the\s+fence\b|\bfence[\s-]sitting\b/gi, 'hedging'],
  // Making something official is formalizing it.
  [/\bmak(?:e|es|ing)\s+(?:(?:it|this|that|them|the\s+[\p{L}-]+|[\p{L}-]+)\s+)?official\b/giu, 'formalize'],
  // Where something took place is where it was held.
  [/\b(?:take|takes|taking|took|taken)\s+place\b/gi, 'held'],
  // The president before Biden (his predecessor) was Trump.
  [/\b(?:the\s+)?(?:president|administration|leader|guy|one)\s+(?:right\s+)?(?:before|prior\s+to|preceding)\s+biden\b|\bbiden(?:'s|’s|s)?\s+predecessor\b/gi, 'Trump'],
  // Before Biden (came in, showed up) is the earlier, Trump years.
  [/\bbefore\s+biden(?!'|’)(?:\s+(?:came\s+(?:in|along)|showed\s+up|took\s+(?:over|office)|arrived))?\b/gi, 'earlier in the Trump years'],
  // A spider's web is a web; whoever sits in the middle of it is its hub.
  [/\bspider(?:'s|’s|s)?[\s-]*web\b/gi, 'web'],
  [/\b(?:sit|sits|sitting|sat)\s+(?:right\s+)?(?:in|at)\s+the\s+(?:middle|cent(?:er|re)|hub)\b/gi, 'hub'],
  // Brand-new is new, whatever a brand is.
  [/\bbrand[\s-]+new\b/gi, 'new'],
  // "This new grouping": the grouping the question is about, not something new in it.
  [/\bnew\s+(?=(?:three-way\s+|trilateral\s+|3-way\s+)?(?:grouping|group|arrangement|mechanism|partnership|alliance|framework|setup|set-up|bloc|club|pact|initiative|trilateral|three-way|team-up|trio|format|coalition)\b)/gi, ''],
  // "Back then", "in those days": earlier, not backing anyone.
  [/\b(?:back\s+then|back\s+in\s+the\s+day|in\s+those\s+days)\b/gi, 'earlier'],
  // Having the bomb (nukes, warheads) is possessing it.
  [/\b(?:has|have|had|having|got|owns?|owned)(?=\s+(?:an?\s+|the\s+|its\s+own\s+)?(?:(?:atomic|nuclear)\s+(?:bombs?|weapons?|arms|arsenal)|nukes?|bombs?|warheads?)\b)/gi, 'possess'],
  // What someone cares more about is their focus.
  [/\bcares?\s+(?:more|most)\s+(?:abt|about)\b/gi, 'focus on'],
  // Less room (space, leeway) for something is its space compressed.
  [/\b(?:less|reduced|shrinking|shrunken|smaller|narrower|narrowing|squeezed)\s+(?:diplomatic\s+)?(?:room|space|leeway|latitude|freedom|wiggle\s+room)\b/gi, 'compressed space'],
  // … and so is room limited (curbed, narrowed): "limit how much room they have", "restrict their space".
  [new RegExp(String.raw`\b${SQUEEZE}\s+(?:(?:how\s+much|their|its|his|her|the|any)\s+)?(?:diplomatic\s+)?(?:room|space|leeway|latitude|wiggle\s+room)\b`, 'gi'), 'compressed space'],
  // … whoever's it is ("squeezes japan's and south korea's room"), who kept.
  [new RegExp(String.raw`\b${SQUEEZE}\s+((?:[a-z.'’-]+\s+(?:and\s+)?){0,3}[a-z.-]+['’]s?\s+)(?:diplomatic\s+)?(?:room|space|leeway|latitude)\b`, 'gi'), 'compressed $1space'],
  // Losing room for manoeuvre is having it compressed.
  [/\b(?:lose|loses|losing|lost)\s+(?:(?:their|its|his|her|the|any|some|much)\s+)?(?:diplomatic\s+)?(?:room|space|leeway|latitude)\s+(?:to|for)\s+(?:manoeuvre|maneuver)\b/gi, 'compressed space'],
  // … and room for manoeuvre said to shrink after it ("their room to maneuver with Beijing shrinks").
  [/\b(?:room|space|leeway|latitude)\s+(?:to|for)\s+(?:manoeuvre|maneuver)\b(?=[^?.!]{0,40}?\b(?:shrink|shrinks|shrank|shrinking|shrunk|narrows?|narrowed|narrowing|get\s+smaller|squeezed|compressed|reduced|curbed|limited)\b)/gi, 'compressed space'],
  // "In the writers' view (opinion, telling)": whose view frames the question, no word of what it asks (in their eyes: see below).
  [/\bin\s+(?:the\s+)?(?:(?:writers|authors)['’]|(?:writer|author)['’]s|their|his|her|its|(?:the\s+)?(?:piece|article|op-?ed|text)['’]s)\s+(?:(?:own|overall)\s+)?(?:view|views|opinion|telling|reading|estimation|account|words|judg(?:e)?ment|mind|assessment)\b/gi, ''],
  // Making money is economic growth.
  [/\bmak(?:e|es|ing)\s+(?:more\s+|some\s+|lots\s+of\s+|a\s+lot\s+of\s+)?money\b/gi, 'economic growth'],
  // Many (every, all) fields: many areas, domains, sectors — each the others' word for it.
  [/\b(?:so\s+many|as\s+many|many|every|all|multiple|lots\s+of|a\s+lot\s+of)\s+(?:different\s+|other\s+)?(?:fields?|areas?|domains?|sectors?|spheres?)\b/gi, 'many fields areas domains sectors'],
  // A free trade deal (agreement, pact, zone) is an economic partnership, as such agreements are named.
  [/\b(?:free[\s-]+)?trade\s+(?:deals?|agreements?|pacts?|areas?|zones?|blocs?|arrangements?|accords?|frameworks?)\b|\bFTAs?\b/gi, 'trade agreement economic partnership'],
  // What something is pointed or directed against is what it aims at.
  [/\b(?:pointed|directed|geared|targeted)(?=\s+(?:at|against|toward|towards)\b)/gi, 'aimed'],
  // What something is aimed at (against) is what it targets, to contain or counter it.
  [/\b(?:aimed|aims?)\s+(?:at|against)(?=\s*(?:[?.!]|$)|\s+(?:who|whom|which|what)\b)/gi, 'aimed at containing'],
  // What one puts first is what one prioritises.
  [/\bput(?:s|ting)?((?:\s+[\p{L}'’-]+){0,3}?)\s+first\b/giu, 'prioritize$1'],
  // Setting out to do something is initiating efforts; putting something together is constructing it.
  [/\bset(?:s|ting)?\s+out\s+to\b/gi, 'initiated efforts to'],
  [/\bput(?:s|ting)?\s+together\b/gi, 'constructing'],
  // What one cares (most) about is one's focus.
  [/\bcar(?:e|es|ed|ing)\s+(?:(?:more|most|less|much)\s+)?about\b/gi, 'focus on'],
  // A thing waiting to happen is one coming; a powder keg (tinderbox) is a flashpoint; working hand in glove is cooperating
  // closely; cornering the market is dominating it; weaning oneself off something is reducing dependence on it; the (good)
  // old days are the past; how one plays it, one's approach; putting in for something (to join it) is applying.
  [/\s+waiting\s+to\s+happen\b/gi, ''],
  [/\b(?:powder\s*kegs?|tinder\s*box(?:es)?)\b/gi, 'flashpoint'],
  [/\bhand\s+in\s+glove\b/gi, 'closely cooperating'],
  [/\bcorner(?:s|ed|ing)?\s+the\s+market\b/gi, 'dominate the market'],
  [/\bwean(?:s|ed|ing)?\s+(?:(?:themselves|itself|ourselves|yourselves|himself|herself|them|it|us)\s+)?off\b/gi, 'reduce dependence on'],
  [/\b(?:like|as\s+in)\s+the\s+(?:good\s+)?old\s+days\b/gi, 'as in the past'],
  [/\bplay(?:s|ing|ed)?\s+it\b(?!\s+(?:safe|cool|by\s+ear|down|up|out)\b)/gi, 'approach it'],
  [/\bput(?:s|ting)?\s+in\s+(?:(?:an?\s+)?(?:application|bid|request)\s+)?(to\s+join|for)\b/gi, 'apply $1'],
  // Running into trouble is meeting obstacles; a smooth road ahead (plain sailing) is an easy one.
  // Heavy weather (rough seas, choppy waters) ahead is obstacles; a lash-up is an arrangement; back on its feet is revived.
  [/\b(?:(?:hit|hits|hitting|run\s+into|runs\s+into|ran\s+into|meet|meets|met|face|faces|facing|in)\s+)?(?:heavy\s+weather|rough\s+(?:seas|waters|weather)|choppy\s+waters|stormy\s+seas)\b/gi, 'meet obstacles'],
  [/\blash-?ups?\b/gi, 'arrangement'],
  [/\b(?:back\s+on\s+(?:its|their|his|her|the)\s+feet)\b/gi, 'revived'],
  [/\b(?:run|runs|ran|running)\s+into\s+(?:trouble|problems?|difficult(?:y|ies)|obstacles?|headwinds?|(?:a\s+)?(?:brick\s+|stone\s+)?walls?)\b|\b(?:hit|hits|hitting)\s+(?:a\s+)?(?:brick\s+|stone\s+)?wall\b/gi, 'meet obstacles'],
  // Putting one's name down for something is signing up to it; being roped in (into it) is being entangled in it.
  [/\b(?:put|puts|putting)\s+(?:their|its|his|her|our|my|your|the(?:ir)?\s+own)\s+names?\s+down\b/gi, 'sign up'],
  [/\b(?:rope|ropes|roped|roping)\s+((?:[\p{L}'’-]+\s+){0,3}?)(in|into)\b/giu, 'entangle $1$2'],
  // Stitching (knitting, weaving) things together is coordinating them.
  [/\b(?:stitch|knit|weave|wove|cobble|string)(?:es|ed|s|ing|ting)?\s+((?:[\p{L}'’-]+\s+){0,4}?)together\b/giu, 'coordinate $1'],
  // The big shots (bigwigs, top brass) of a place are its elites.
  [/\bbig\s+shots?\b|\bbigwigs?\b|\btop\s+brass\b|\bhigh-ups\b|\bmovers\s+and\s+shakers\b/gi, 'elites'],
  // Old (wartime, historical) baggage is grievances; a bag at the airport is not.
  [/\b(?:old|wartime|historical|historic|emotional|political|colonial|past|war)\s+baggage\b/gi, 'grievances'],
  // Washed (up) is finished: declining.
  [/\bwashed(?:[-\s]+up)?(?=\s*(?:[?.!,]|$|\p{Extended_Pictographic}))/giu, 'declining'],
  // Advice (a recommendation to someone, not one for a podcast) is the choice the piece puts to them.
  [/\b(?:implied\s+|implicit\s+|main\s+|key\s+|practical\s+)?(?:advice|recommendations?(?=\s+(?:to|on)\b))\b/gi, 'choice'],
  // "What do the authors recommend (advise, propose)?": what they would have done, the choice they see (not "which book do you recommend?").
  [/\b(?<=\b(?:authors?|writers?|piece|article|op-?ed)\s+)(?:recommend|recommends|recommended|advise|advises|advised|propose|proposes|proposed|prescribe|prescribes|prescribed)(?=\s*[?.!]*\s*$)/gi, 'choice'],
  // What the writers recommend (advise) someone to do is the choice they see for them.
  [/\b(?:recommend|recommends|recommended|advise|advises|advised)\b(?=\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:do|to|should|must)\b)/giu, 'choice'],
  // Beefing up is strengthening (not a quarrel, "beef").
  [/\bbeef(?:s|ed|ing)?\s+up\b/gi, 'strengthen'],
  // A boogeyman (a bugbear) is a threat, as told.
  [/\b(?:boogey|bogey|bogy)(?:man|men)\b|\bbugbears?\b/gi, 'threat'],
  // Switching focus (course, sides) is shifting it; a switch alone may be a thing ("the Nintendo Switch").
  [/\bswitch(?:es|ed|ing)?(?=\s+(?:(?:its|their|the|his|her|our|your)\s+)?(?:focus|attention|priorit\w*|course|emphasis|gears|tack|sides|goals?|aims?|targets?)\b)/gi, 'shift'],
  // What something runs into (with no object named) is what it faces.
  [/\b(?:run|runs|ran|running)\s+into\b(?=\s*(?:[?.!,]|$|(?:from|in|down|going|over|later|next|soon|ahead|future)\b))/gi, 'face'],
  [/\bsmooth\s+(?:road|ride|path|sailing|journey)(?:\s+ahead)?\b|\bplain\s+sailing\b|\beasy\s+ride\b/gi, 'easy'],
  // Holding something together is keeping it together (not the "held" of a meeting).
  [/\bh[oe]ld(?:s|ing)?\s+((?:[\p{L}'’-]+\s+){0,3}?)together\b/giu, 'keeping $1together'],
  // "Which city hosted …", "in what country …": where (the place is what the answer names; see the where rule).
  [/^(\s*)(?:in\s+|at\s+)?(?:which|what)\s+(?:city|town|country|place|venue|location)\b/gi, '$1where'],
  // Going up is increasing.
  [/\b(?:go|goes|going|gone|went)\s+up\b/gi, 'increasing'],
  // In someone's eyes is according to them; the point of something (not of the piece) is its purpose.
  [/\bin\s+((?:the\s+)?(?:[\p{L}'’]+\s+){0,2}?)eyes\b/giu, 'according to $1'],
  [/\bpoint\s+of\s+(?=(?:the|this|that|these|it|its|their)\s+(?!(?:article|piece|op-?ed|essay|column|story)\b)\S)/gi, 'purpose of '],
  // Something that has legs lasts; rolling out is launching; how things shake (pan, play) out is the outlook.
  [/\bha(?:ve|s|ving|d)\s+(?:(?:any|real|the)\s+)?legs\b/gi, 'last'],
  [/\broll(?:s|ed|ing)?\s+out\b/gi, 'launch'],
  // Getting something off the ground is establishing it.
  [/\boff\s+the\s+ground\b/gi, 'established'],
  [/\b(?:shak(?:e|es|ing)|shook|pan(?:s|ned|ning)?|play(?:s|ed|ing)?)\s+out\b/gi, 'outlook'],
  // Locked in, set in stone, here to stay, can't be undone: irreversible.
  [/\blocked[-\s]in\b|\bset\s+in\s+stone\b|\bhere\s+to\s+stay\b|\b(?:no|never\s+any)\s+going\s+back\b|\bpoint\s+of\s+no\s+return\b|\b(?:can'?t|cannot|can\s+not|won'?t)\s+be\s+(?:undone|reversed|rolled\s+back|turned\s+back|walked\s+back|unwound)\b/gi, 'irreversible'],
  // Relying less on someone (stopping relying on them) is reducing dependence on them (not the "relying" on a framework that the content also has).
  [/\b(?:rely|relies|relying|depend|depends|depending)\s+less\s+on\b|\b(?:less|fewer)\s+(?:reliant|reliance|dependent|dependence)\s+on\b|\b(?:stop|stops|stopped|stopping|quit|quits|end|ends|ending|cut|cutting)\s+(?:relying|depending|being\s+(?:reliant|dependent))\s+on\b/gi, 'reduce dependence on'],
  // Needing someone less is depending on them less.
  [/\bneed(?:s|ed|ing)?\s+((?:[\p{L}'’-]+\s+){1,2}?)less\b/giu, 'reduce dependence on $1'],
  // Sitting down together (with someone) is meeting.
  [/\b(?:sit|sits|sat|sitting)\s+down\s+(?:together|with|for)\b|\b(?:sit|sits|sat|sitting)\s+down\b(?=\s*(?:[,;:?.!—–]|and\b|$))/gi, 'meet'],
  // Leaning on is relying on; bringing back is restoring.
  [/\blean(?:s|ed|ing)?\s+on\b/gi, 'rely on'],
  // Tilting (leaning, drifting) towards someone is taking their side: pro-them.
  [/\b(?:tilt|lean|drift|gravitat|swing|swung|pivot)(?:s|ed|ing|e|es)?\s+(?:more\s+|further\s+)?towards?\b/gi, 'pro'],
  [/\bbr(?:ing|ings|inging|ought)\s+back\b/gi, 'restore'],
  // The top of an agenda (a list) is a priority; putting something there is prioritising it.
  [/\bput(?:s|ting)?\s+((?:\S+\s+){0,3}?)(?:at|to|near)\s+the\s+top\s+of\s+(?:\S+\s+){0,2}?(?:agenda|list|priorities|to-do\s+list)\b/gi, 'prioritize $1'],
  [/\b(?:near\s+|at\s+|to\s+)?the\s+top\s+of\s+(?:\S+\s+){0,2}?(?:agenda|list|priorities|to-do\s+list)\b/gi, 'priority'],
  // Seeing something the same way (alike, differently) is a matter of perceptions.
  [/\b(see|view|perceive)(?:s)?\s+((?:\S+\s+){0,3}?)(?:the\s+same\s+way|alike|differently)\b/gi, 'perceptions of $2differences'],
  // A claim that holds up is valid (not the "held" of a meeting).
  [/\bhold(?:s|ing)?\s+up\b|\bheld\s+up\b/gi, 'valid'],
  // "Article 9", "Art. 5": a provision of some law or treaty, named ("Article9"), not the piece (a stop word).
  [/\b(?:article|art\.)\s+(\d+)\b/gi, 'Article$1'],
  // "Why now", "why was this written now": the occasion for the piece.
  [/\bwhy\s+(?:(?:was|is)\s+(?:this|it)\s+(?:\S+\s+)?(?:written|published|out)\s+|(?:did|do|would)\s+(?:\S+\s+){0,3}?(?:write|publish|pen)\s+(?:this|it)\s+)?now\b/gi, 'occasion'],
  // Someone's play (counterplay, gambit) is what they can do: their options.
  [/\b(?<=(?:'s|’s|s')\s+(?:[\p{L}-]+\s+)?)(?:counter[-\s]?)?(?:play|gambit)\b/giu, 'options'],
  // At someone's expense: alienating them.
  [/\bat\s+(?:the\s+)?expense\s+of\b/gi, 'alienating'],
  [/\bat\s+([\p{L}-]+)(?:'s|’s|s'|s’)\s+expense\b/giu, 'alienating $1'],
  // "What date", "in which year": when (the date itself is what the answer gives, no word the passage need have).
  [/\b(?:(?:in|on|at)\s+)?(?:what|which)\s+(?:year|date|day|month|time)\b/gi, 'when'],
  // "The price Japan pays for …": the cost for it.
  [/\bprice\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:pays?|paid|paying)\b/giu, 'cost $1'],
  [/\bpa(?:y|ys|id|ying)\s+(?:a|the)\s+(?:heavy\s+|high\s+|steep\s+)?price\b|\bfoot(?:s|ed|ing)?\s+the\s+bill\b/gi, 'cost'],
];

/**
 * The idioms as text. They are applied to the content's keywords too, which the index stores: a
 * stored index made with other idioms is stale (see indexKey).
 */
export const IDIOM_TABLE = IDIOMS.map(([pattern, plain]) => `${String(pattern)} → ${plain}`).join('\n');

/** The top-level alternatives of a pattern's source (`a|b(c|d)` → `a`, `b(c|d)`). */
const alternativesOf = (source: string): string[] => {
  const alternatives = [''];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    const token = c === '\\' ? c + source.charAt(++i) : c;
    if (inClass) inClass = token !== ']';
    else if (token === '[') inClass = true;
    else if (token === '(') depth++;
    else if (token === ')') depth--;
    else if (token === '|' && depth === 0) {
      alternatives.push('');
      continue;
    }
    alternatives[alternatives.length - 1] += token;
  }
  return alternatives;
};

/**
 * A literal text every match of a piece of a pattern starts with (in lower case), and whether the piece was read to
 * its end (`open`: what follows it comes next) or reading stopped inside it (a class, `\s`, a repeat).
 */
type Path = readonly [prefix: string, open: boolean];

/** Past this many, the paths are read no further: each stops where it is (a shorter prefix is still one). */
const MAX_PATHS = 64;

/** `c` as the idioms' case-insensitive patterns read it: lower case, the long s as s (the Kelvin sign is k in lower case). */
const fold = (c: string): string => {
  if (c === '\u017f') return 's';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
};

/** Each of `before` followed by each of `then`; past MAX_PATHS, `before` stopped where it is. */
const followedBy = (before: readonly Path[], then: readonly Path[]): Path[] => {
  const out = new Map<string, boolean>();
  for (const [prefix, open] of before) {
    // A prefix that stops covers every text it starts, so it wins over the same prefix read on.
    if (!open) out.set(prefix, false);
    else for (const [more, stillOpen] of then) out.set(prefix + more, (out.get(prefix + more) ?? true) && stillOpen);
  }
  if (out.size > MAX_PATHS) return [...new Set(before.map(([prefix]) => prefix))].map((prefix) => [prefix, false]);
  return [...out];
};

const ZERO_WIDTH: readonly Path[] = [['', true]];
const ANY: readonly Path[] = [['', false]];
const QUANTIFIER = /(?:([?*+])|\{(\d+)(,(\d*))?\})\??/y;

/**
 * What a match of `source` from `at` can start with, read up to an unmatched `)` or the end: a small reader of the
 * regular expressions written here. Whatever it does not read as literal text (a class, `\s`, `.`, a back-reference)
 * stops the prefix there, so a prefix is always one every match has.
 */
const readAlternatives = (source: string, at: number): { paths: Path[]; end: number } => {
  const paths: Path[] = [];
  let i = at;
  for (;;) {
    const sequence = readSequence(source, i);
    paths.push(...sequence.paths);
    i = sequence.end;
    if (source.charAt(i) !== '|') break;
    i++;
  }
  return { paths: followedBy(ZERO_WIDTH, paths), end: i };
};

const readSequence = (source: string, at: number): { paths: Path[]; end: number } => {
  let paths: Path[] = [['', true]];
  let i = at;
  while (i < source.length && source.charAt(i) !== '|' && source.charAt(i) !== ')') {
    const item = readItem(source, i);
    i = item.end;
    let own = item.paths;
    QUANTIFIER.lastIndex = i;
    const q = QUANTIFIER.exec(source);
    if (q) {
      i += q[0].length;
      const min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2]);
      const max = q[1] === '?' ? 1 : q[1] ? Infinity : q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity;
      // Once, or not at all: read on either way. More than once: the first time starts it, and reading stops there.
      const once = max === 1 && min <= 1 ? own : own.map(([prefix]): Path => [prefix, false]);
      own = min === 0 ? [...ZERO_WIDTH, ...once] : once;
    }
    paths = followedBy(paths, own);
  }
  return { paths, end: i };
};

const readItem = (source: string, i: number): { paths: readonly Path[]; end: number } => {
  const c = source.charAt(i);
  if (c === '\\') {
    const e = source.charAt(i + 1);
    if (e === 'b' || e === 'B') return { paths: ZERO_WIDTH, end: i + 2 };
    if ((e === 'p' || e === 'P' || e === 'u') && source.charAt(i + 2) === '{') return { paths: ANY, end: source.indexOf('}', i) + 1 };
    if (e === 'u') return { paths: ANY, end: i + 6 };
    if (e === 'x') return { paths: ANY, end: i + 4 };
    if (e === 'c') return { paths: ANY, end: i + 3 };
    if (e === 'k') return { paths: ANY, end: source.indexOf('>', i) + 1 };
    if (/\d/.test(e)) {
      let end = i + 2;
      while (/\d/.test(source.charAt(end))) end++;
      return { paths: ANY, end };
    }
    // A class (\s, \w, \d) or a control character: any; an escaped sign stands for itself.
    return { paths: /[a-z]/i.test(e) ? ANY : [[fold(e), true]], end: i + 2 };
  }
  if (c === '[') {
    let end = i + 1;
    while (end < source.length && source.charAt(end) !== ']') end += source.charAt(end) === '\\' ? 2 : 1;
    return { paths: ANY, end: end + 1 };
  }
  if (c === '(') {
    const look = /^\(\?<?[=!]/.exec(source.slice(i, i + 4));
    const prefix = look ? look[0].length : source.startsWith('(?:', i) ? 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 - i : 1;
    const inner = readAlternatives(source, i + prefix);
    // A look-around consumes nothing: what follows it starts the match.
    return { paths: look ? ZERO_WIDTH : inner.paths, end: inner.end + 1 };
  }
  if (c === '^' || c === '$') return { paths: ZERO_WIDTH, end: i + 1 };
  if (c === '.') return { paths: ANY, end: i + 1 };
  return { paths: [[fold(c), true]], end: i + 1 };
};

/** The top-level alternative with its leading look-arounds and word boundaries left out, and whether one was `\b`. */
const leadOf = (source: string): { rest: string; wordLed: boolean } => {
  let i = 0;
  let wordLed = false;
  for (;;) {
    if (source.startsWith('\\b', i)) {
      wordLed = true;
      i += 2;
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) i = readItem(source, i).end;
    else return { rest: source.slice(i), wordLed };
  }
};

const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * An idiom, with the texts its matches start with (lower case), when each of its top-level alternatives is led by
 * `\b` and a word character it can tell: then a match starts a word, with one of them; else `undefined`.
 */
interface Idiom {
  readonly pattern: RegExp;
  readonly plain: string;
  readonly prefixes: readonly string[] | undefined;
  /** With prefixes: the pattern, sticky, tried where a word has one of them (it finds and replaces the idiom). */
  readonly sticky: RegExp | undefined;
}

const indexed: readonly Idiom[] = IDIOMS.map(([pattern, plain]) => {
  const prefixes = new Set<string>();
  for (const alternative of alternativesOf(pattern.source)) {
    const { rest, wordLed } = leadOf(alternative);
    const { paths } = wordLed ? readAlternatives(rest, 0) : { paths: ANY };
    // Led by `\b` and a word character: the match starts a word (the only starts looked for below).
    if (paths.some(([prefix]) => prefix === '' || !isWordChar(prefix.charCodeAt(0)))) return { pattern, plain, prefixes: undefined, sticky: undefined };
    for (const [prefix] of paths) prefixes.add(prefix);
  }
  return { pattern, plain, prefixes: [...prefixes], sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`) };
});

/** A character's code as the idioms' case-insensitive patterns read it (see fold), worked out without a string for ASCII. */
const foldCode = (code: number): number => {
  if (code >= 65 && code <= 90) return code + 32;
  return code < 128 ? code : fold(String.fromCharCode(code)).charCodeAt(0);
};

/** The key of a text's first character, or of its first two (as folded codes). */
const startKey = (first: number, second?: number): number => (second === undefined ? first : first * 0x10000 + second);

/**
 * The idioms whose matches start a word with a known text, by its first two characters (one, for a text of one),
 * in order: where a word starts, those whose text the question has there are tried there, each with its own pattern.
 */
const byStart = new Map<number, { idiom: number; prefix: string }[]>();
indexed.forEach(({ prefixes }, idiom) => {
  for (const prefix of prefixes ?? []) {
    const key = startKey(prefix.charCodeAt(0), prefix.length > 1 ? prefix.charCodeAt(1) : undefined);
    const list = byStart.get(key) ?? [];
    if (!list.some((entry) => entry.idiom === idiom && prefix.startsWith(entry.prefix))) list.push({ idiom, prefix });
    byStart.set(key, list);
  }
});

/** The idioms that need not start a word with a known text: each tried over the whole text. */
const elsewhere = indexed.flatMap(({ prefixes }, idiom) => (prefixes === undefined ? [idiom] : []));

/** Whether a word starts at `i` with a character an idiom's text can start with. */
const wordStartsAt = (text: string, i: number): boolean => (i === 0 || !isWordChar(text.charCodeAt(i - 1))) && isWordChar(foldCode(text.charCodeAt(i)));

/** Idiom `idiom`'s match at `i` (it has prefixes), or null. */
const matchAt = (idiom: Idiom, text: string, i: number): RegExpExecArray | null => {
  const sticky = idiom.sticky as RegExp;
  sticky.lastIndex = i;
  return sticky.exec(text);
};

/** Whether idiom `idiom` (one with prefixes) matches `text` at `i`. */
const matchesAt = (idiom: Idiom, text: string, i: number): boolean => {
  const sticky = idiom.sticky as RegExp;
  sticky.lastIndex = i;
  return sticky.test(text);
};

/** Whether `text` has `prefix` at `i`, read as the patterns read it (`prefix` is in lower case). */
const hasAt = (text: string, i: number, prefix: string): boolean => {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) if (foldCode(text.charCodeAt(i + k)) !== prefix.charCodeAt(k)) return false;
  return true;
};

/** The first of the idioms under `key`, before `first` and from `from` on, that matches `text` at `i`; else `first`. */
const firstAt = (text: string, i: number, key: number, from: number, first: number): number => {
  for (const { idiom, prefix } of byStart.get(key) ?? []) {
    if (idiom >= first) break;
    if (idiom >= from && hasAt(text, i, prefix) && matchesAt(indexed[idiom] as Idiom, text, i)) return idiom;
  }
  return first;
};

/**
 * The first idiom, from idiom `from` on, that occurs in `text` (an index into `indexed`); -1 if none.
 * Where a word starts, the idioms whose text starts there are tried there, in order.
 */
const firstIdiom = (text: string, from: number): number => {
  let first = Infinity;
  for (const idiom of elsewhere) {
    if (idiom >= first) break;
    if (idiom < from) continue;
    const { pattern } = indexed[idiom] as Idiom;
    pattern.lastIndex = 0;
    if (pattern.test(text)) first = idiom;
    pattern.lastIndex = 0;
  }
  for (let i = 0; i < text.length; i++) {
    if (!wordStartsAt(text, i)) continue;
    const c = foldCode(text.charCodeAt(i));
    first = firstAt(text, i, startKey(c), from, first);
    if (i + 1 < text.length) first = firstAt(text, i, startKey(c, foldCode(text.charCodeAt(i + 1))), from, first);
  }
  return first === Infinity ? -1 : first;
};

/** What replaces match `m` of `text`: `plain` with its `$1`, `$&`, `$<name>` … read as String.prototype.replace reads them. */
const substitution = (m: RegExpExecArray, text: string, plain: string): string => {
  if (!plain.includes('$')) return plain;
  return plain.replace(/\$([$&`']|\d\d?|<[^>]*>)/g, (all, code: string) => {
    if (code === '$') return '$';
    if (code === '&') return m[0];
    if (code === '`') return text.slice(0, m.index);
    if (code === "'") return text.slice(m.index + m[0].length);
    if (code.startsWith('<')) return m.groups === undefined ? all : (m.groups[code.slice(1, -1)] ?? '');
    const two = Number(code);
    if (code.length === 2 && two >= 1 && two < m.length) return m[two] ?? '';
    const one = Number(code.charAt(0));
    return one >= 1 && one < m.length ? (m[one] ?? '') + code.slice(1) : all;
  });
};

/**
 * `text` with every match of `idiom` replaced, as `text.replace(idiom.pattern, idiom.plain)` would: an idiom with
 * prefixes is matched, left to right, only where a word has one of them, each match found in `text` as it was.
 */
const replaced = (idiom: Idiom, text: string): string => {
  const { prefixes } = idiom;
  if (prefixes === undefined) return text.replace(idiom.pattern, idiom.plain);
  let out = '';
  let done = 0;
  for (let i = 0; i < text.length; i++) {
    if (!wordStartsAt(text, i) || !prefixes.some((prefix) => hasAt(text, i, prefix))) continue;
    const m = matchAt(idiom, text, i);
    if (m === null) continue;
    out += text.slice(done, i) + substitution(m, text, idiom.plain);
    done = i + m[0].length;
    i = Math.max(done, i + 1) - 1;
  }
  return done === 0 && out === '' ? text : out + text.slice(done);
};

/** The question with its idioms in plain words: each idiom applied to the text in turn, as far as it occurs. */
export const plainIdioms = (text: string): string => {
  let out = text;
  for (let next = firstIdiom(out, 0); next >= 0; next = firstIdiom(out, next + 1)) out = replaced(indexed[next] as Idiom, out);
  return out;
};

/**
 * Uses every idiom's pattern twice on text in Latin-1 and twice on text beyond it (V8 compiles a pattern apart for
 * each), so that each is compiled to machine code (V8 interprets a regular expression at first) before a question
 * needs it: a bot's warm-up. An idiom's pattern is only tried where a word has its text, so no warm-up question
 * reaches them all. Without the text beyond Latin-1, questions with a dash or a curly quote asked for the first time
 * took up to 1.5 ms compiling the idioms they met (first-asked p99 about 1.0 ms in a harness, 0.6–0.7 ms with it).
 */
export const warmUpIdioms = (): void => {
  for (const text of ['warm up', 'warm up', 'warm — up', 'warm — up']) {
    for (const idiom of indexed) {
      if (idiom.sticky) matchesAt(idiom, text, 0);
      else text.replace(idiom.pattern, idiom.plain);
    }
  }
};
