// The CDN bundle: every cc-* element and lit in one file, for one <script type="module"> in a CMS page.
import '@conseils-citoyens/core/context-root.js';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import '@conseils-citoyens/registration-form/cc-registration-form.js';
import '@conseils-citoyens/registration-form/cc-registration-cancel.js';

export * from '@conseils-citoyens/core';
export * from '@conseils-citoyens/session-calendar';
export * from '@conseils-citoyens/registration-form';
