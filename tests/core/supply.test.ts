import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/engine.js';

/** The TypeScript files under `dir` (relative to the root). */
const sources = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));

/** Where user input arrives: every command, the Discord and HTTP adapters. */
const ADAPTERS = [...sources('commands'), ...sources('src/discord'), ...sources('src/http')];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('secrets and supply', () => {
  it('GIVEN the repository THEN .env (the token) is ignored by git, and .env.example is not', () => {
    expect(() => execFileSync('git', ['check-ignore', '-q', '.env'], { cwd: ROOT })).not.toThrow();
    expect(() => execFileSync('git', ['check-ignore', '-q', '.env.example'], { cwd: ROOT })).toThrow();
  });

  it('GIVEN the code that handles user input THEN no code is evaluated, no module loaded and no file path built there', () => {
    expect(ADAPTERS.length).toBeGreaterThan(20);
    for (const file of ADAPTERS) {
      const code = read(file).replace(/^\s*(\/\/|\*).*$/gm, '');
      expect(code, file).not.toMatch(/\beval\(|new Function\b|node:vm|child_process|\bimport\(|\brequire\(/);
      expect(code, file).not.toMatch(/from 'node:fs|from 'fs|from 'node:path'|\bpath\.(join|resolve)\(/);
    }
  });

  it('GIVEN broadcastEval THEN it is called in one place, with a fixed function; only a method name travels as data', () => {
    const callers = ADAPTERS.filter((file) => /broadcastEval\(/.test(read(file).replace(/^\s*(\/\/|\*).*$/gm, '')));
    expect(callers).toEqual(['src/discord/shard-state.ts']);
    expect(read('src/discord/shard-state.ts')).toMatch(/broadcastEval\(\(c, context: \{ key: string; method: string \}\) => /);
  });

  it('GIVEN the entry point THEN it loads modules by fixed names only', () => {
    for (const m of read('src/main.ts').matchAll(/import\(([^)]*)\)/g)) expect(m[1]).toMatch(/^'\.\/[\w/.-]+\.js'$/);
  });
});
