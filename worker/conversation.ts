/**
 * @module worker/conversation: the Durable Object holding one conversation's state (SQLite-backed, RPC).
 * Turns use the synchronous KV API, so two turns of one conversation can never interleave; the state
 * holds structured choices only and an alarm deletes it after 24 hours without activity.
 */
import { DurableObject } from 'cloudflare:workers';
import { ConversationState, initialState, respond, type Lang, type ReplyBlock, type TurnInput } from '../bot/index.ts';
import { knowledge } from './knowledge.ts';

export const IDLE_MS = 24 * 60 * 60 * 1000;
const KEY = 'state';
const SEEN = 'seen';

export interface TurnResult {
  replies: ReplyBlock[];
  /** True when the conversation had expired (or never existed) and started afresh. */
  restarted: boolean;
}

export class Conversation extends DurableObject<Env> {
  /** One turn: read the state, respond, write the state, push the expiry alarm back. */
  turn(input: TurnInput | undefined, lang: Lang, resumed: boolean): TurnResult {
    const stored = ConversationState.safeParse(this.ctx.storage.kv.get(KEY));
    const restarted = resumed && !stored.success;
    const state = stored.success ? stored.data : initialState(lang);
    const given = restarted ? undefined : input;
    const turn = respond(knowledge(), state, given, lang);
    // One line per turn for operations: the intent's name and the block types, never the user's words.
    console.log(JSON.stringify({ event: 'chat.turn', intent: turn.intent, step: turn.state.step, replies: turn.replies.map((r) => r.type) }));
    this.ctx.storage.kv.put(KEY, turn.state);
    void this.ctx.storage.setAlarm(Date.now() + IDLE_MS);
    return { replies: turn.replies, restarted };
  }

  /**
   * Records a channel's message id (Teams retries a request it got no answer to); false when it was
   * seen before, so a retry is answered once. Keeps the last 50 ids, never any text.
   */
  firstSeen(messageId: string): boolean {
    const seen = this.ctx.storage.kv.get<string[]>(SEEN) ?? [];
    if (seen.includes(messageId)) return false;
    this.ctx.storage.kv.put(SEEN, [...seen.slice(-49), messageId]);
    return true;
  }

  /** The stored state (for tests and support; structured choices only). */
  state(): unknown {
    return this.ctx.storage.kv.get(KEY);
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
  }
}
