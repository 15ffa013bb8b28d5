import type { InteractionRecord, ServerState } from './state.ts';
import type { CallbackRecord, JsonObject, MessageObject, RecordedRequest, Violation } from './types.ts';

/** Lets a test await and inspect what the bot did with one interaction. */
export class InteractionHandle {
  /** @internal */
  constructor(
    private readonly state: ServerState,
    private readonly record: InteractionRecord,
  ) {}

  /** The interaction id (a snowflake). */
  get id(): string {
    return this.record.id;
  }

  /** The interaction token, used by the callback and webhook routes. */
  get token(): string {
    return this.record.token;
  }

  /** When the interaction was dispatched (ms since the epoch): Discord's 3 s deadline runs from here. */
  get dispatchedAt(): number {
    return this.record.dispatchedAt;
  }

  /** The INTERACTION_CREATE payload that was dispatched. */
  get payload(): JsonObject {
    return this.record.payload;
  }

  /** The accepted callback, if any yet. */
  callback(): CallbackRecord | null {
    return this.record.callback;
  }

  /** Resolves with the accepted callback (type 4 reply, 5 defer, 6 deferred update, 7 update, 8 choices, 9 modal). */
  waitForCallback(timeoutMs?: number): Promise<CallbackRecord> {
    return this.state.waitFor(() => this.record.callback ?? undefined, timeoutMs, () => this.describe('its callback'));
  }

  /** The original response as it stands now (a deferred one shows the loading flag 128). */
  original(): MessageObject | null {
    const id = this.record.originalId;
    return id === null ? null : (this.state.messages.get(id) ?? null);
  }

  /**
   * Resolves with the original response once it is a real message: after a callback of type 4 or 7,
   * a PATCH of `@original`, or the first follow-up after a deferral.
   */
  waitForOriginal(timeoutMs?: number): Promise<MessageObject> {
    return this.state.waitFor(
      () => (this.record.originalState === 'final' ? (this.original() ?? undefined) : undefined),
      timeoutMs,
      () => this.describe('its original response'),
    );
  }

  /** Follow-up messages so far (after a deferral, the first one is the edited original). */
  followUps(): MessageObject[] {
    return this.record.followUpIds.flatMap((id) => this.state.messages.get(id) ?? []);
  }

  /** Resolves once at least `count` follow-ups exist. */
  waitForFollowUps(count = 1, timeoutMs?: number): Promise<MessageObject[]> {
    return this.state.waitFor(
      () => (this.record.followUpIds.length >= count ? this.followUps() : undefined),
      timeoutMs,
      () => this.describe(`${count} follow-up(s)`),
    );
  }

  /** Every request the bot made about this interaction (callback and webhook routes), with their statuses. */
  responses(): RecordedRequest[] {
    return this.state.requests.filter((request) => this.concerns(request));
  }

  /** Discord rejections of the bot's requests about this interaction. */
  violations(): Violation[] {
    return this.state.violations.filter((violation) => violation.path.includes(this.record.token) || violation.path.includes(`/interactions/${this.record.id}/`));
  }

  private concerns(request: RecordedRequest): boolean {
    return request.path.startsWith(`/interactions/${this.record.id}/`) || request.path.includes(`/${this.record.token}`);
  }

  private describe(what: string): string {
    const seen = this.state.describeRequests((request) => this.concerns(request));
    return `${what} to interaction ${this.record.label} (id ${this.record.id}); requests for it: ${seen}`;
  }
}

/** Lets a test await the bot's reply to a message it dispatched. */
export class MessageHandle {
  /** @internal */
  constructor(
    private readonly state: ServerState,
    /** The MESSAGE_CREATE payload. */
    readonly message: MessageObject,
    /** False when the bot's intents meant Discord would not have sent it (or no session existed). */
    readonly delivered: boolean,
  ) {}

  /** Bot messages in the same channel that reply to this message, or that follow it without a reference. */
  replies(): MessageObject[] {
    const { bot } = this.state.config;
    return [...this.state.messages.values()].filter(
      (candidate) =>
        candidate.author.id === bot.id &&
        candidate.channel_id === this.message.channel_id &&
        BigInt(candidate.id) > BigInt(this.message.id) &&
        (candidate.message_reference?.message_id ?? this.message.id) === this.message.id,
    );
  }

  /** Resolves with the bot's first reply. */
  waitForReply(timeoutMs?: number): Promise<MessageObject> {
    return this.state.waitFor(
      () => this.replies()[0],
      timeoutMs,
      () => {
        const path = `/channels/${this.message.channel_id}/`;
        const seen = this.state.describeRequests((request) => request.path.startsWith(path));
        return `a reply to message ${this.message.id} ("${this.message.content.slice(0, 40)}")${this.delivered ? '' : ' (NOT delivered: intents or no session)'}; requests for its channel: ${seen}`;
      },
    );
  }
}
