/**
 * @module scripts/key-new: `npm run key:new -- NAME` prints a new random API key (give it to the integrator,
 * once) and the `NAME:sha256hex` line for the API_KEYS secret. The key itself is stored nowhere.
 */
import { createHash, randomBytes } from 'node:crypto';

const name = process.argv[2] ?? '';
if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name)) {
  console.error('scripts/key-new: usage: npm run key:new -- NAME   (NAME: letters, digits, "_", "." or "-", up to 64; it names the key in logs and rate limits)');
  process.exit(1);
}
const key = `scra_${randomBytes(32).toString('base64url')}`;
const hash = createHash('sha256').update(key).digest('hex');
console.log(`key (give to "${name}", shown once):\n  ${key}\nline for the API_KEYS secret (npx wrangler secret put API_KEYS; one line per key):\n  ${name}:${hash}`);
