export * from './primitives.js';
export * from './session.js';
export * from './registration.js';
export * from './questionnaire.js';
export * from './charte.js';
export * from './bilan.js';
export * from './problem.js';
export * from './messages.js';
