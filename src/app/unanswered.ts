import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A question the content could not answer: its text, how often and when it was last asked. No user ids. */
export interface UnansweredQuestion {
  readonly question: string;
  readonly count: number;
  /** ISO time. */
  readonly lastAsked: string;
}

const MAX_ENTRIES = 1000;
const MAX_LENGTH = 300;
const SAVE_DELAY_MS = 1000;

/** Questions that differ only in case, spacing or final punctuation count as one. */
const keyOf = (question: string) => question.toLowerCase().replace(/\s+/g, ' ').replace(/[\s?!.…]+$/u, '').trim();

/**
 * The questions the content could not answer, kept in a JSON file that survives restarts
 * (written atomically: a temporary file, then rename). Bounded: past 1,000 distinct questions the
 * least asked, oldest ones go. Moderators read it with /unanswered or `npm run unanswered`.
 */
export class UnansweredStore {
  private readonly entries = new Map<string, UnansweredQuestion>();
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();

  private constructor(readonly file: string, private readonly now: () => Date, private readonly warn: (message: string) => void) {}

  /** Opens the store at `file`; a missing file is an empty store, an unreadable one is reported and replaced. */
  static async open(file: string, warn: (message: string) => void = () => {}, now: () => Date = () => new Date()): Promise<UnansweredStore> {
    const store = new UnansweredStore(file, now, warn);
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as { questions?: unknown };
      const list = Array.isArray(data.questions) ? data.questions : [];
      for (const q of list as UnansweredQuestion[]) {
        if (typeof q?.question === 'string' && Number.isFinite(q.count) && typeof q.lastAsked === 'string') store.entries.set(keyOf(q.question), q);
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${file}: unreadable unanswered-questions file (${(err as Error).message.slice(0, 80)}) — starting a new one`);
    }
    return store;
  }

  /** Counts one more asking of `question`; saved shortly after (see `flush`). */
  record(question: string): void {
    const text = question.replace(/\s+/g, ' ').trim().slice(0, MAX_LENGTH);
    const key = keyOf(text);
    if (!key) return;
    const previous = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, { question: previous?.question ?? text, count: (previous?.count ?? 0) + 1, lastAsked: this.now().toISOString() });
    if (this.entries.size > MAX_ENTRIES) {
      const victim = [...this.entries].sort(([, a], [, b]) => a.count - b.count || a.lastAsked.localeCompare(b.lastAsked))[0];
      if (victim) this.entries.delete(victim[0]);
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((err: unknown) => this.warn(`${this.file}: cannot save the unanswered questions (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}) — they are kept in memory and saved at the next change`));
    }, SAVE_DELAY_MS);
    this.timer.unref?.();
  }

  /** The most asked questions first (ties: the most recent first). */
  top(limit = 20): UnansweredQuestion[] {
    return [...this.entries.values()].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked)).slice(0, limit);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets every question (a moderator action); returns how many there were. */
  async clear(): Promise<number> {
    const n = this.entries.size;
    this.entries.clear();
    await this.flush();
    return n;
  }

  /** Writes the store now (also called on shutdown). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const snapshot = JSON.stringify({ version: 1, questions: [...this.entries.values()] });
    this.saving = this.saving.catch(() => undefined).then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      await writeFile(temporary, snapshot);
      await rename(temporary, this.file);
    });
    return this.saving;
  }
}
