import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  SlashCommandBuilder,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startDiscordServer, type DiscordServer } from './index.ts';

const ask = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article')
  .addStringOption((option) => option.setName('question').setDescription('Your question').setRequired(true).setAutocomplete(true))
  .addIntegerOption((option) => option.setName('count').setDescription('How many passages'))
  .addBooleanOption((option) => option.setName('public').setDescription('Show to everyone'));

let server: DiscordServer;
let client: Client | undefined;

beforeEach(async () => {
  server = await startDiscordServer();
});

afterEach(async () => {
  // discord.js must only need routes the server implements, and the server itself must not fail.
  expect(server.unknownRoutes).toEqual([]);
  expect(server.errors).toEqual([]);
  await client?.destroy();
  client = undefined;
  await server.close();
});

/** Logs a real discord.js client in against the loopback server and waits for `clientReady`. */
async function connect(onInteraction?: (interaction: Interaction) => Promise<unknown>): Promise<Client> {
  const created = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: server.restUrl },
  });
  client = created;
  if (onInteraction) created.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  const ready = once(created, Events.ClientReady);
  await created.login(server.token);
  await ready;
  return created;
}

describe('loopback Discord server', () => {
  it('GIVEN a login THEN clientReady fires with the guild, its channels and the bot member cached', async () => {
    const bot = await connect();
    const guild = bot.guilds.cache.get(server.guilds[0]!.id);

    expect(bot.user?.id).toBe(server.botUser.id);
    expect(guild?.name).toBe('Test Guild');
    expect(guild?.channels.cache.map((channel) => channel.name).sort()).toEqual(['General', 'Text Channels', 'general']);
    expect(guild?.members.me?.roles.cache.size).toBe(2);
    expect(server.identifies[0]?.intents).toBe(1 | 512 | 4096);
    expect(server.unknownRoutes).toEqual([]);
  });

  it('GIVEN a registered /ask THEN the bot receives a ChatInputCommandInteraction and its reply arrives', async () => {
    let received: Interaction | undefined;
    const bot = await connect(async (interaction) => {
      received = interaction;
      if (!interaction.isChatInputCommand()) return;
      const question = interaction.options.getString('question', true);
      await interaction.reply({ content: `You asked: ${question} (${interaction.options.getInteger('count')})`, allowedMentions: { parse: [] } });
    });
    await bot.application?.commands.set([ask.toJSON()], server.guilds[0]!.id);
    expect(server.commands.map((command) => command.name)).toEqual(['ask']);

    const handle = await server.slashCommand('ask', { question: 'What is a tenuous connection?', count: 3 });
    const original = await handle.waitForOriginal();

    expect(received).toBeInstanceOf(ChatInputCommandInteraction);
    expect(original.content).toBe('You asked: What is a tenuous connection? (3)');
    expect(handle.responses()[0]?.body).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    const again = await fetch(`${server.restUrl}/v10/interactions/${handle.id}/${handle.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'twice' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ code: 40060, message: 'Interaction has already been acknowledged.' });
  });

  it('GIVEN deferReply THEN editReply fills the original and followUp adds an ephemeral message', async () => {
    await connect(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply({ content: 'Here is the answer.', allowedMentions: { parse: [] } });
      await interaction.followUp({
        content: 'See also §4.',
        flags: MessageFlags.Ephemeral,
        files: [{ attachment: Buffer.from('The passage.'), name: 'passage.txt' }],
        allowedMentions: { parse: [] },
      });
    });

    const handle = await server.slashCommand('ask', { question: 'Why?' });

    expect((await handle.waitForCallback()).type).toBe(5);
    expect((await handle.waitForOriginal()).content).toBe('Here is the answer.');
    const [followUp] = await handle.waitForFollowUps(1);
    expect(followUp).toMatchObject({ content: 'See also §4.', flags: MessageFlags.Ephemeral, attachments: [{ filename: 'passage.txt' }] });
    // discord.js sends files as multipart/form-data with a payload_json part.
    expect(handle.responses().at(-1)?.files).toMatchObject([{ filename: 'passage.txt', size: 12 }]);
    expect(server.violations).toEqual([]);
  });

  it('GIVEN an autocomplete request THEN respond sends the choices', async () => {
    await connect(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = String(interaction.options.getFocused());
      await interaction.respond([{ name: `${typed} connections`, value: `${typed}-connections` }]);
    });

    const handle = await server.autocomplete('ask', { question: 'tenuous' }, 'question');

    expect(await handle.waitForCallback()).toMatchObject({
      type: 8,
      data: { choices: [{ name: 'tenuous connections', value: 'tenuous-connections' }] },
    });
  });

  it('GIVEN a reply with a button THEN clicking it lets the bot update that message', async () => {
    await connect(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Secondary),
        );
        await interaction.reply({ content: 'First passage.', components: [row], allowedMentions: { parse: [] } });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `Second passage (after ${interaction.message.content})`, components: [] });
      }
    });
    const reply = await (await server.slashCommand('ask', { question: 'More?' })).waitForOriginal();

    const click = await server.button('more', reply);
    const updated = await click.waitForOriginal();

    expect((await click.waitForCallback()).type).toBe(7);
    expect(updated).toMatchObject({ id: reply.id, content: 'Second passage (after First passage.)', components: [] });
  });

  it('GIVEN a message context-menu command THEN targetMessage is the resolved message', async () => {
    let fromResponse: string | undefined;
    await connect(async (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) return;
      const content = `Target: ${interaction.targetMessage.content}`;
      const response = await interaction.reply({ content, allowedMentions: { parse: [] }, withResponse: true });
      fromResponse = response.resource?.message?.content;
    });

    const handle = await server.messageContextMenu('Ask about this', 'What does section 3 say?');

    expect((await handle.waitForOriginal()).content).toBe('Target: What does section 3 say?');
    await expect.poll(() => fromResponse).toBe('Target: What does section 3 say?');
  });

  it('GIVEN a mention in a guild and a DM THEN messageCreate fires and message.reply reaches the server', async () => {
    const bot = await connect();
    bot.on(Events.MessageCreate, (message: Message) => {
      if (message.author.bot || !(message.channel.isDMBased() || message.mentions.has(bot.user!))) return;
      void message.reply({ content: `echo: ${message.content}`, allowedMentions: { parse: [] } });
    });

    const mention = await server.sendMessage({ content: `${server.botMention} what is §2?` });
    const dm = await server.sendMessage({ content: 'hello in private', dm: true });
    const unmentioned = await server.sendMessage({ content: 'chatter without a mention' });

    expect((await mention.waitForReply()).content).toBe(`echo: ${server.botMention} what is §2?`);
    const dmReply = await dm.waitForReply();
    expect(dmReply).toMatchObject({ content: 'echo: hello in private', message_reference: { message_id: dm.message.id } });
    expect((await bot.channels.fetch(dm.message.channel_id, { force: true }))?.isDMBased()).toBe(true);
    const sent = await (await bot.users.fetch(server.defaultUser.id)).send({ content: 'a DM from the bot', allowedMentions: { parse: [] } });
    expect(sent.channelId).toBe(dm.message.channel_id);
    // Without the MESSAGE_CONTENT intent Discord blanks unmentioned guild messages.
    expect(unmentioned.message.content).toBe('');
  });

  it('GIVEN a 429 on the callback route THEN discord.js retries and the reply still arrives', async () => {
    await connect(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'after the rate limit', allowedMentions: { parse: [] } });
    });
    server.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 429 });

    const handle = await server.slashCommand('ask', { question: 'Rate limited?' });

    expect((await handle.waitForOriginal()).content).toBe('after the rate limit');
    expect(handle.responses().map((request) => [request.status, request.injected])).toEqual([
      [429, true],
      [204, false],
    ]);
  });

  it('GIVEN a slow response and a 500 on editReply THEN discord.js retries and the edit arrives', async () => {
    await connect(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply({ content: 'edited despite faults', allowedMentions: { parse: [] } });
    });
    server.hangNext({ method: 'PATCH', pathPattern: '/messages/@original', ms: 100 });
    server.failNext({ method: 'PATCH', pathPattern: '/messages/@original', status: 500 });

    const handle = await server.slashCommand('ask', { question: 'Faults?' });

    expect((await handle.waitForOriginal()).content).toBe('edited despite faults');
    expect(handle.responses().map((request) => `${request.method} ${request.status}`)).toEqual(['POST 204', 'PATCH 500', 'PATCH 200']);
  });

  it('GIVEN deferReply and no editReply THEN the first followUp fills the loading message, as on Discord', async () => {
    await connect(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.followUp({ content: 'Answer as a follow-up.', allowedMentions: { parse: [] } });
    });

    const handle = await server.slashCommand('ask', { question: 'Follow-up?' });
    const original = await handle.waitForOriginal();

    expect(original).toMatchObject({ content: 'Answer as a follow-up.', flags: 0 });
    expect(handle.followUps().map((message) => message.id)).toEqual([original.id]);
  });

  it('GIVEN disconnectAll(4000) THEN the client RESUMEs instead of identifying and interactions still work', async () => {
    await connect(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'still here', allowedMentions: { parse: [] } });
    });

    server.disconnectAll(4000);
    const handle = await server.slashCommand('ask', { question: 'After the drop?' });
    await server.waitForResume();

    expect(server.identifyCount).toBe(1);
    // The interaction was dispatched while the socket was down and replayed on RESUME.
    expect(server.resumes[0]).toMatchObject({ accepted: true, replayed: 1 });
    expect((await handle.waitForOriginal()).content).toBe('still here');
  });

  it('GIVEN op 7 RECONNECT and a resumable op 9 THEN the client resumes both times', async () => {
    await connect();

    server.requestReconnect();
    await server.waitForResume();
    server.invalidateSession(true);
    await server.waitForResume({ count: 2 });

    expect(server.identifyCount).toBe(1);
  });

  it('GIVEN a short heartbeat interval THEN heartbeats are acknowledged', async () => {
    await server.close();
    server = await startDiscordServer({ heartbeatIntervalMs: 40 });
    const bot = await connect();

    await expect.poll(() => bot.ws.ping, { timeout: 2_000 }).toBeGreaterThanOrEqual(0);
  });

  it('GIVEN a wrong token THEN login rejects with TokenInvalid and the gateway closes with 4004', async () => {
    const wrong = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.restUrl } });

    await expect(wrong.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    const socket = new WebSocket(`${server.gatewayUrl}/?v=10&encoding=json`);
    await once(socket, 'message');
    socket.send(JSON.stringify({ op: 2, d: { token: 'not-the-token', intents: 1, properties: {} } }));
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(4004);
    expect(server.requests[0]).toMatchObject({ path: '/gateway/bot', status: 401 });
  });

  it('GIVEN an oversized embed THEN Discord rejects it with 50035 and it is recorded as a violation', async () => {
    const failures: unknown[] = [];
    await connect(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      // A plain object: EmbedBuilder would already refuse this locally.
      const embed = { title: 'Too long', description: 'x'.repeat(4097) };
      await interaction.reply({ embeds: [embed], allowedMentions: { parse: [] } }).catch((error: unknown) => failures.push(error));
    });

    const handle = await server.slashCommand('ask', { question: 'Huge?' });
    await server.waitForRequest((request) => request.path.endsWith('/callback'));

    expect(handle.callback()).toBeNull();
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]).toMatchObject({
      status: 400,
      code: 50035,
      errors: { data: { embeds: { '0': { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } },
    });
    await expect.poll(() => failures.length).toBe(1);
    expect(failures[0]).toMatchObject({ status: 400, code: 50035 });
  });
});
