/** One author of a document, as given in its front matter. */
export interface Author {
  readonly name: string;
  readonly affiliation?: string;
}

/** What a document's front matter says about it. */
export interface DocumentMeta {
  readonly title: string;
  readonly standfirst?: string;
  readonly outlet?: string;
  readonly date?: string;
  readonly source?: string;
  readonly authors: readonly Author[];
  readonly illustration?: string;
}

/** One paragraph of a document: the unit the engine quotes. */
export interface Passage {
  /** Stable reference, `§3.2`; prefixed by the document id (`doc§3.2`) when content holds several documents. */
  readonly ref: string;
  readonly docId: string;
  readonly sectionNumber: number;
  readonly sectionTitle: string;
  readonly paragraph: number;
  readonly text: string;
  /**
   * Words readers use for what the paragraph says, written by moderators in a comment after it
   * (`<!-- keywords: … -->`): found like its section title, never quoted. '' or absent when none.
   */
  readonly keywords?: string;
  /** Where the paragraph starts, for messages. */
  readonly file: string;
  readonly line: number;
}

export interface Section {
  readonly number: number;
  readonly title: string;
  /** `§3`, or `doc§3` with several documents. */
  readonly ref: string;
  readonly line: number;
  readonly passages: readonly Passage[];
}

export interface ArticleDocument {
  /** Short id from the file name (`tenuous-connections.md` → `tenuous-connections`). */
  readonly id: string;
  readonly file: string;
  readonly meta: DocumentMeta;
  readonly sections: readonly Section[];
}

/** A glossary entry as written in `content/glossary.yml`. */
export interface GlossaryEntry {
  readonly term: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  /** A term the content itself never uses (kept for context). */
  readonly background: boolean;
  readonly file: string;
  readonly line: number;
}

/** Everything in `content/`, parsed. */
export interface Corpus {
  readonly documents: readonly ArticleDocument[];
  readonly glossary: readonly GlossaryEntry[];
  /** Short hash of every content file's name and text: which revision of the content this is. */
  readonly revision: string;
}

/** One thing wrong with a content file, with where and what to do. */
export interface ContentProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export const formatProblem = (p: ContentProblem): string => `${p.file}:${p.line}: ${p.message}`;
