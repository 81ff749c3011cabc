// The CDN bundle: every cc-* element and lit in one file, for one <script type="module"> in a CMS page.
import '@conseils-citoyens/core/context-root.js';
import '@conseils-citoyens/core/cc-provider.js';

export * from '@conseils-citoyens/core';
