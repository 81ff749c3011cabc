import { define } from './define.js';
import { CcProvider } from './provider.js';

define('cc-provider', CcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'cc-provider': CcProvider;
  }
}
