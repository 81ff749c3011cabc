/**
 * `@conseils-citoyens/core/testing.js`: what tests, stories and static demos use and a resident's page never
 * loads — the in-browser memory adapter (it validates with zod, as the server does) and the demo fixtures.
 */
export * from '../api/memory.js';
export * from './fixtures.js';
export * from './reflow.js';
