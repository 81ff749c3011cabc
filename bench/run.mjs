// Runs every benchmark of bench/ (build first: npm run build). Each prints its own figures.
await import('./bundle-size.mjs');
await import('./calendar.mjs');
await import('./questionnaire.mjs');
await import('./results.mjs');
await import('./bilan.mjs');
await import('./server.mjs');
await import('./lighthouse.mjs');
