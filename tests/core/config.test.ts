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

describe('loadConfig for operating the bot', () => {
  it('GIVEN BOT_SHARDS THEN auto or a count; anything else, or with TRANSPORT=http, is named', () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, BOT_SHARDS: 'auto' }).shards).toBe('auto');
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, BOT_SHARDS: '4' }).shards).toBe(4);
    expect(loadConfig({ DISCORD_TOKEN: TOKEN }).shards).toBeUndefined();
    expect(() => loadConfig({ BOT_SHARDS: '0' })).toThrowError(/^BOT_SHARDS - must be auto or a number of shards from 1 to 1000; got "0"$/);
    expect(() => loadConfig({ BOT_SHARDS: 'many' })).toThrowError(/BOT_SHARDS - must be auto/);
    expect(() => loadConfig({ TRANSPORT: 'http', DISCORD_TOKEN: TOKEN, DISCORD_PUBLIC_KEY: 'ab'.repeat(32), BOT_SHARDS: '2' })).toThrowError(/BOT_SHARDS - sharding is for the gateway/);
  });

  it('GIVEN the variables discord.js gives a shard process THEN its shard; SHARDS alone (set by hand) means nothing', () => {
    expect(loadConfig({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }).shardProcess).toEqual({ id: 1, count: 2 });
    expect(loadConfig({ SHARDS: '1', SHARD_COUNT: '2' }).shardProcess).toBeUndefined();
  });

  it('GIVEN HEALTH_PORT and HEALTH_LOG_SECONDS THEN they are checked; health lines every 5 minutes by default', () => {
    expect(loadConfig({})).toMatchObject({ healthLogSeconds: 300 });
    expect(loadConfig({ HEALTH_PORT: '9100', HEALTH_LOG_SECONDS: '0' })).toMatchObject({ healthPort: 9100, healthLogSeconds: 0 });
    expect(() => loadConfig({ HEALTH_PORT: 'x', HEALTH_LOG_SECONDS: '-5' })).toThrowError(/HEALTH_PORT - must be a TCP port[\s\S]*HEALTH_LOG_SECONDS - must be a whole number/);
  });
});
