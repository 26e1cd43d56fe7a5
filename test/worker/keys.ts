/** @module test/worker/keys: the API keys and client IP the worker tests use; vitest.config.ts puts their hashes and limits in the bindings. */
export const TEST_KEY = 'scra_test_key_for_the_worker_tests_only';
/** A key with a quota of 2 lookups, for the 429 test only. */
export const LIMITED_KEY = 'scra_test_key_with_a_low_limit';
/** A client IP (TEST-NET-1) with a quota of 2 reads and 2 chat turns, for the 429 tests only. */
export const LIMITED_IP = '192.0.2.99';

/** An IPv6 /64 (documentation prefix) with a quota of 2 reads: addresses in it share one counter. */
export const LIMITED_IPV6_BUCKET = '2001:db8:1:2::/64';

/** High limits for everyone else, so no other test file can trip them. */
export const TEST_RATE_LIMITS = `lookup=100000/60,read=100000/60,chat=100000/60,lookup@limited=2/60,read@${LIMITED_IP}=2/60,chat@${LIMITED_IP}=2/60,read@${LIMITED_IPV6_BUCKET}=2/60`;
