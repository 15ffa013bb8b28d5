import type { Answer, AnswerPassage, Definition } from '../search/engine.js';

export interface TerminalStyle {
  readonly emphasis: (text: string) => string;
  readonly dim: (text: string) => string;
}

/** ANSI bold and dim on a terminal; `*word*` when the output is a file or NO_COLOR is set. */
export const terminalStyle = (stream: NodeJS.WriteStream, env: Record<string, string | undefined>): TerminalStyle =>
  stream.isTTY && !env.NO_COLOR
    ? { emphasis: (t) => `\x1b[1m${t}\x1b[22m`, dim: (t) => `\x1b[2m${t}\x1b[22m` }
    : { emphasis: (t) => `*${t}*`, dim: (t) => t };

/** The passage text with its matched ranges emphasised. */
export const emphasise = (p: AnswerPassage, style: TerminalStyle): string => {
  let out = '';
  let at = 0;
  for (const [a, b] of p.highlights) {
    out += p.passage.text.slice(at, a) + style.emphasis(p.passage.text.slice(a, b));
    at = b;
  }
  return out + p.passage.text.slice(at);
};

const wrap = (text: string, width: number, indent: string): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    // eslint-disable-next-line no-control-regex
    const visible = (s: string) => s.replace(/\x1b\[\d+m/g, '').length;
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
};

/** An answer as a reader wants it in a terminal: each passage quoted under its ref and section title. */
export const formatAnswer = (answer: Answer, style: TerminalStyle, count = 3, width = 88): string => {
  if (answer.kind === 'not-covered') {
    // Why, as the bot says it too ("There is no §9: the sections are numbered 1 to 7.").
    const lines = ['The article does not cover this.', style.dim(answer.reason)];
    const terms = answer.suggestions.filter((s) => s.kind === 'term').map((s) => s.label);
    const sections = answer.suggestions.filter((s) => s.kind === 'section').map((s) => s.label);
    if (terms.length) lines.push(`Related terms: ${terms.join(', ')} (try /define <term>)`);
    if (sections.length) lines.push(`Closest sections: ${sections.join('; ')}`);
    return lines.join('\n');
  }
  return answer.passages
    .slice(0, count)
    .map((p) => `${style.emphasis(p.passage.ref)} ${style.dim('·')} ${p.passage.sectionTitle}\n${wrap(`“${emphasise(p, style)}”`, width, '  ')}`)
    .join('\n\n');
};

/** A glossary definition, with the passages that use the term. */
export const formatDefinition = (definition: Definition, style: TerminalStyle, width = 88): string => {
  if (definition.kind === 'not-found') {
    return definition.suggestions.length
      ? `No glossary entry for "${definition.query}". Did you mean: ${definition.suggestions.join(', ')}?`
      : `No glossary entry for "${definition.query}".`;
  }
  const { entry, passages } = definition;
  const lines = [style.emphasis(entry.term) + (entry.aliases.length ? style.dim(` (also: ${entry.aliases.join(', ')})`) : ''), wrap(entry.definition, width, '  ')];
  if (passages.length) {
    lines.push('', `Used in ${passages.map((p) => p.ref).join(', ')}:`);
    for (const p of passages.slice(0, 3)) lines.push(`${style.emphasis(p.ref)} ${style.dim('·')} ${p.sectionTitle}`, wrap(`“${p.text}”`, width, '  '));
  } else lines.push('', style.dim('(background term: the article does not use it)'));
  return lines.join('\n');
};
