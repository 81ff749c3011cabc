/**
 * Imported first by every entry point: a consumer defined before its provider sends its
 * `context-request` before any provider listens. The ContextRoot replays those requests when
 * the provider arrives. One root per page, even with two copies of the script.
 */
import { ContextRoot } from '@lit/context';

const FLAG = Symbol.for('cc-context-root');
const g = globalThis as { [FLAG]?: boolean };
if (typeof document !== 'undefined' && !g[FLAG]) {
  g[FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}
