import './context-root.js';

export * from './api/api.js';
export * from './api/errors.js';
export * from './api/client.js';
export * from './api/memory.js';
export * from './context.js';
export * from './define.js';
export * from './events.js';
export * from './base-element.js';
export * from './provider.js';
export * from './i18n/locale.js';
export * from './i18n/translations.js';
export * from './theme/tokens.js';
export * from './theme/base.styles.js';
export * from './controllers/draft-controller.js';
export * from './controllers/async-view.js';
