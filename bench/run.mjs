// Runs every benchmark of bench/ (build first: npm run build).
await import('./server.mjs');
