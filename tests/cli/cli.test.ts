import { describe, expect, it } from 'vitest';
import { run, tsx } from '../helpers/run.js';
import { tempContent } from '../helpers/temp-content.js';

const ANSWER_KEYS = ['answered', 'answers', 'question'];

describe('npm run ask', () => {
  it('GIVEN a question THEN it prints the passages quoted, with refs, section titles and emphasis', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'ask', '--', 'what constraints does the mechanism face?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/§6\.1.*· Constraints on the mechanism/);
    expect(stdout).toContain('*constraints*');
    expect(stdout).toMatch(/“However, the global power balance/);
  });

  it('GIVEN --json THEN it prints exactly one JSON object of the documented shape', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'ask', '--', '--json', 'what constraints does the mechanism face?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] ?? '');
    expect(Object.keys(result).sort()).toEqual(ANSWER_KEYS);
    expect(result.answered).toBe(true);
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.length).toBeLessThanOrEqual(3);
    expect(result.answers[0]).toEqual({ ref: '§6.1', section: 'Constraints on the mechanism', text: expect.stringMatching(/^However, the global power balance is shifting.*going forward\.$/), score: expect.any(Number) });
  });

  it('GIVEN --json --batch THEN one object a line, in order, a blank line unanswered', async () => {
    const input = 'What is AUKUS?\n\nbest sushi in Tokyo\nwhen was the China-Japan-ROK cooperation first initiated\n';
    const { code, stdout } = await tsx('src/cli/ask.ts', ['--json', '--batch'], { input });
    expect(code).toBe(0);
    const results = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.question)).toEqual(['What is AUKUS?', '', 'best sushi in Tokyo', 'when was the China-Japan-ROK cooperation first initiated']);
    expect(results.map((r) => r.answered)).toEqual([true, false, false, true]);
    expect(results[3].answers[0].ref).toBe('§7.2');
  });

  it('GIVEN an off-topic question THEN it says the article does not cover it', async () => {
    const { code, stdout } = await tsx('src/cli/ask.ts', ['What is the population of South Korea?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/The article does not cover this\./);
    // And why, as the bot says it.
    expect(stdout).toMatch(/The question is about something the content does not mention|passages do not/);
  });

  it('GIVEN a question about the piece itself THEN no passage answers it, and the reply names its authors and outlet', async () => {
    const { code, stdout } = await tsx('src/cli/ask.ts', ['Who wrote this article?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/The article does not cover this\./);
    expect(stdout).toMatch(/"Tenuous connections" is by Zhang Yunling \(.*\) and Yang Yanlong \(.*\)\./);
  });

  it('GIVEN a question about a section the article does not have THEN it says which sections there are', async () => {
    const { code, stdout } = await tsx('src/cli/ask.ts', ['What does section 9 say?']);
    expect(code).toBe(0);
    expect(stdout).toContain('There is no §9: the sections are numbered 1 to 7.');
  });

  it('GIVEN no question THEN it prints usage and exits non-zero', async () => {
    const { code, stderr } = await tsx('src/cli/ask.ts', []);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: npm run ask/);
  });

  it('GIVEN broken content THEN it names the file and line, without a stack trace', async () => {
    const temp = await tempContent();
    try {
      await temp.write('broken.md', '---\ntitle: Broken\n---\n\n## 1. One\n\nText.\n\n## 1. Again\n\nMore.\n');
      const { code, stderr } = await tsx('src/cli/ask.ts', ['anything'], { env: { CONTENT_DIR: temp.dir } });
      expect(code).toBe(1);
      expect(stderr).toMatch(/broken\.md:9: section 1 appears twice/);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      await temp.remove();
    }
  });
});

describe('npm run define', () => {
  it('GIVEN --json and an alias THEN the entry, definition and passages as one JSON object', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'define', '--', '--json', 'South Korea']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['definition', 'found', 'passages', 'suggestions', 'term']);
    expect(result.term).toBe('ROK');
    expect(result.found).toBe(true);
    expect(result.definition).toMatch(/Republic of Korea/);
    expect(result.passages[0]).toEqual({ ref: expect.stringMatching(/^§\d\.\d$/), section: expect.any(String), text: expect.any(String) });
  });

  it('GIVEN --json --batch THEN unknown terms come with suggestions', async () => {
    const { stdout } = await tsx('src/cli/define.ts', ['--json', '--batch'], { input: 'ipef\nQuadrilateral Dialog Group\n' });
    const [ipef, unknown] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(ipef.term).toBe('IPEF');
    expect(unknown).toMatchObject({ found: false, definition: '', passages: [] });
    expect(unknown.suggestions).toContain('Quad');
  });

  it('GIVEN a term without --json THEN readable text with the definition and refs', async () => {
    const { stdout } = await tsx('src/cli/define.ts', ['aukus']);
    expect(stdout).toMatch(/^\*AUKUS\*/);
    expect(stdout).toMatch(/Used in §3\.2, §4\.3/);
  });
});

describe('npm start without DISCORD_TOKEN', () => {
  it('GIVEN questions and commands on stdin THEN the console chat answers each and exits cleanly at end of input', async () => {
    const input = 'what constraints does the mechanism face?\n/define quad\n/section §7\n/help\n/nonsense\n';
    const { code, stdout } = await run('npm', ['start', '--silent'], { input });
    expect(code).toBe(0);
    expect(stdout).toMatch(/ask about “Tenuous connections”/);
    expect(stdout).toMatch(/DISCORD_TOKEN/);
    expect(stdout).toMatch(/\*§6\.1\* · Constraints on the mechanism/);
    expect(stdout).toMatch(/\*Quad\* \(also: Quadrilateral Security Dialogue/);
    expect(stdout).toMatch(/\*§7\* · Shared interests with China and the outlook/);
    expect(stdout).toMatch(/\/define <term>/);
    expect(stdout).toMatch(/Unknown command \/nonsense/);
    expect(stdout.trim().endsWith('Bye.')).toBe(true);
  });

  it('GIVEN /quit THEN it leaves before reading further input', async () => {
    const { code, stdout } = await tsx('src/main.ts', [], { input: '/quit\nwhat is AUKUS?\n' });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/§3\.2/);
  });

  it('GIVEN a malformed variable THEN one line names it and the exit is non-zero', async () => {
    const { code, stderr } = await tsx('src/main.ts', [], { env: { LOG_LEVEL: 'loud' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/LOG_LEVEL - must be one of/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
