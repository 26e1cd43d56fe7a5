/**
 * @module worker/rate-limiter: the Durable Object counting one key's or one client's requests in a fixed
 * window that opens at its first request. Memory only: nothing is stored, and an evicted (idle) counter
 * simply starts again, which errs on the side of letting requests through.
 */
import { DurableObject } from 'cloudflare:workers';

export interface Hit {
  allowed: boolean;
  /** Requests left in this window. */
  remaining: number;
  /** Seconds until the window closes (at least 1). */
  reset: number;
}

export class RateLimiter extends DurableObject<Env> {
  private opened = 0;
  private count = 0;

  /** Counts one request against `quota` per `window` seconds; a refused request does not count. */
  hit(quota: number, window: number): Hit {
    const now = Date.now();
    if (now >= this.opened + window * 1000) {
      this.opened = now;
      this.count = 0;
    }
    const reset = Math.max(1, Math.ceil((this.opened + window * 1000 - now) / 1000));
    if (this.count >= quota) return { allowed: false, remaining: 0, reset };
    this.count += 1;
    return { allowed: true, remaining: quota - this.count, reset };
  }
}
