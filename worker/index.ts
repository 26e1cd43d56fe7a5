/** @module worker: the Cloudflare Worker entry: the Hono app and the Durable Object classes. */
import { app } from './app.ts';

export { Conversation } from './conversation.ts';
export { RateLimiter } from './rate-limiter.ts';
export default app;
