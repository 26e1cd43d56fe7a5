/**
 * @module widget/panel/chat: POST /api/v1/chat (same origin as the panel) and the conversation id, kept
 * in memory and, once the user has acted, in sessionStorage (nothing else is stored; no cookies).
 */
import type { ReplyBlock, TurnInput } from '../../../bot/reply.ts';

const KEY = 'scra:conversation';

export interface ChatTurn {
  replies: ReplyBlock[];
}

/** sessionStorage may be missing or blocked (third-party storage settings): the chat works without it. */
const storage = {
  get: () => {
    try {
      return sessionStorage.getItem(KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set: (v: string | undefined) => {
    try {
      if (v) sessionStorage.setItem(KEY, v);
      else sessionStorage.removeItem(KEY);
    } catch {
      /* storage blocked: the conversation lasts as long as the page */
    }
  },
};

export class Conversation {
  private id: string | undefined = storage.get();
  private persist = this.id !== undefined;

  /** True when a stored conversation is being resumed. */
  get resumed(): boolean {
    return this.persist;
  }

  /** One turn; `input` undefined asks for the greeting (or the pending question of a resumed conversation). */
  async turn(locale: string, input?: TurnInput, userActed = input !== undefined): Promise<ChatTurn> {
    const res = await fetch('/api/v1/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...(this.id && { conversationId: this.id }), locale, ...(input && { input }) }),
      credentials: 'omit',
    });
    const body = (await res.json().catch(() => ({}))) as { conversationId?: string; replies?: ReplyBlock[]; detail?: string };
    if (!res.ok || !Array.isArray(body.replies)) throw new Error(body.detail ?? `HTTP ${res.status}`);
    this.id = body.conversationId;
    if (userActed) this.persist = true;
    if (this.persist) storage.set(this.id);
    return { replies: body.replies };
  }

  /** Forgets the conversation (new conversation). */
  reset(): void {
    this.id = undefined;
    this.persist = false;
    storage.set(undefined);
  }
}
