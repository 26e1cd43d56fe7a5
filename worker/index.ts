/** @module worker: the Cloudflare Worker entry: the Hono app (and, as channels grow, the Durable Object classes). */
import { app } from './app.ts';

export default app;
