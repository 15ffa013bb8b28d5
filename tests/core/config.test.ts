import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('loadConfig', () => {
  it('GIVEN nothing THEN the terminal configuration with defaults', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.discord).toBeUndefined();
    expect(config).toMatchObject({
      contentDir: '/srv/app/content',
      cacheDir: '/srv/app/.cache',
      dataDir: '/srv/app/data',
      logLevel: 'info',
      askCooldownSeconds: 5,
      contentWatch: false,
    });
  });

  it('GIVEN a token THEN Discord settings, with the REST base only when set', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:8080/api/', CONTENT_WATCH: 'true' });
    expect(config.discord).toEqual({ token: TOKEN, clientId: '123456789012345678', apiUrl: 'http://127.0.0.1:8080/api' });
    expect(config.contentWatch).toBe(true);
    expect(loadConfig({ DISCORD_TOKEN: TOKEN }).discord).toEqual({ token: TOKEN });
  });

  it('GIVEN several bad variables THEN one error names each of them', () => {
    const error = (() => {
      try {
        loadConfig({ DISCORD_TOKEN: 'nope', DISCORD_GUILD_ID: 'abc', DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud', ASK_COOLDOWN_SECONDS: '-1', CONTENT_WATCH: 'maybe' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as ConfigError).problems;
    expect(lines.map((l) => l.split(' - ')[0])).toEqual(['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL', 'ASK_COOLDOWN_SECONDS', 'CONTENT_WATCH']);
    expect((error as ConfigError).message).not.toContain('nope.');
  });
});

describe('loadConfig for HTTP interactions', () => {
  it('GIVEN TRANSPORT=http without a public key or token THEN both are named', () => {
    expect(() => loadConfig({ TRANSPORT: 'http' })).toThrowError(/DISCORD_TOKEN - is needed with TRANSPORT=http[\s\S]*DISCORD_PUBLIC_KEY - is needed with TRANSPORT=http/);
  });

  it('GIVEN TRANSPORT=http with a key THEN the port and the key', () => {
    const key = 'ab'.repeat(32);
    const config = loadConfig({ TRANSPORT: 'http', DISCORD_TOKEN: TOKEN, DISCORD_PUBLIC_KEY: key.toUpperCase(), PORT: '9000' });
    expect(config).toMatchObject({ transport: 'http', port: 9000, discord: { publicKey: key } });
    expect(() => loadConfig({ PORT: '70000', DISCORD_PUBLIC_KEY: 'xyz' })).toThrowError(/PORT - must be a TCP port[\s\S]*DISCORD_PUBLIC_KEY - must be the 64 hex/);
  });
});
