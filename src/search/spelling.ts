/** Roots whose British "-ise" spellings are American "-ize" (organise → organize). */
const IZE_ROOTS = 'organ recogn real priorit institutional normal stabil destabil militar character emphas critic apolog modern capital global legit mobil polar marginal neutral central decentral special standard summar util minim maxim optim symbol categor author harmon jeopard antagon formal familiar industrial rational weapon democrat liberal securit privat civil colon commercial national international regional digit synchron subsid terror visual'.split(' ');
const IZE = new RegExp(`^(${IZE_ROOTS.join('|')})is(e|es|ed|ing|er|ers|ation|ations)$`);
const OUR = /^(favo|neighbo|hono|labo|colo|behavio|rumo|endeavo|harbo|armo|vigo|humo|savo)ur(.*)$/;
const CE = /^(defen|offen|licen|preten)ce(s?)$/;
const WORDS: Readonly<Record<string, string>> = {
  centre: 'center', centres: 'centers', theatre: 'theater', programme: 'program', programmes: 'programs',
  manoeuvre: 'maneuver', manoeuvres: 'maneuvers', sceptical: 'skeptical', sceptic: 'skeptic', sceptics: 'skeptics',
  analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing', catalogue: 'catalog', dialog: 'dialogue', dialogs: 'dialogues',
  travelled: 'traveled', travelling: 'traveling', cancelled: 'canceled', grey: 'gray', judgement: 'judgment', ageing: 'aging',
};

/** The spelling tables as text: a stored index made with other tables is stale (see ANALYZER_TABLES). */
export const SPELLING_TABLES = JSON.stringify([IZE_ROOTS, String(OUR), String(CE), WORDS]);

/** British spellings in their American form, so "defence" and "defense" are one word. */
export const americanSpelling = (word: string): string => {
  const known = WORDS[word];
  if (known) return known;
  if (IZE.test(word)) return word.replace(IZE, '$1iz$2');
  if (OUR.test(word)) return word.replace(OUR, '$1r$2');
  if (CE.test(word)) return word.replace(CE, '$1se$2');
  return word;
};
