import 'dotenv/config';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { commands } from '../commands/index.js';
import { ConfigError, loadConfig } from './config.js';
import { describeDiscordError } from './discord/errors.js';

/**
 * `npm run deploy-commands`: registers every command of commands/index.ts in one bulk overwrite
 * (PUT), to DISCORD_GUILD_ID when set (instant, for development), else globally.
 */
const main = async () => {
  const { discord } = loadConfig(process.env);
  const missing = [
    discord ? undefined : 'DISCORD_TOKEN - is required to register commands; copy it from the Bot page of your application',
    discord?.clientId ? undefined : 'DISCORD_CLIENT_ID - is required to register commands; it is the Application ID on the General Information page',
  ].filter((p): p is string => p !== undefined);
  if (!discord?.clientId || missing.length > 0) throw new ConfigError(missing);

  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const route = discord.guildId ? Routes.applicationGuildCommands(discord.clientId, discord.guildId) : Routes.applicationCommands(discord.clientId);
  let registered: RESTPutAPIApplicationCommandsResult;
  try {
    registered = (await rest.put(route, { body: commands.map((c) => c.data.toJSON()) })) as RESTPutAPIApplicationCommandsResult;
  } catch (err) {
    throw new Error(describeDiscordError(err, discord.apiUrl));
  }
  const where = discord.guildId ? `to guild ${discord.guildId} (available now)` : 'globally (they can take up to an hour to appear)';
  const lines = registered.map((c) => (c.type === 1 || c.type === undefined ? `  /${c.name} — ${c.description}` : `  ${c.name} (message menu)`));
  process.stdout.write(`Registered ${registered.length} commands ${where}:\n${lines.join('\n')}\n`);
};

main().catch((err: unknown) => {
  const lines = err instanceof ConfigError ? err.problems.map((p) => `Configuration problem: ${p}`) : [`deploy-commands failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exitCode = 1;
});
