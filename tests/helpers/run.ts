import { spawn } from 'node:child_process';
import { ROOT } from './engine.js';

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command from the project root as a child process (asynchronously, so servers in the
 * test process keep serving), with optional stdin; resolves when it exits.
 */
export const run = (command: string, args: readonly string[], options: { input?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1', DISCORD_TOKEN: '', ...options.env };
    const child = spawn(command, args, { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not exit within ${options.timeoutMs ?? 20_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });

/** `tsx <file> …args`, the way the npm scripts run the entry points. */
export const tsx = (file: string, args: readonly string[] = [], options: Parameters<typeof run>[2] = {}) =>
  run(process.execPath, ['--import', 'tsx', file, ...args], options);
