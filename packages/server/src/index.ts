export { createApp, type AppOptions } from './app.js';
export { openSqlite, openPostgres, type Db } from './db.js';
export { seedDemo, demoSessions, historicalSessions } from './seed.js';
export { openApiDocument } from './openapi.js';
