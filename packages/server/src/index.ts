export { createApp, mailSettings, type AppOptions } from './app.js';
export { OutboxWorker, type Envelope, type Send, type WorkerOptions } from './mail/outbox.js';
export { smtpSender } from './mail/smtp.js';
export type { MailSettings } from './mail/settings.js';
export { openSqlite, openPostgres, type Db } from './db.js';
export { seedDemo, demoSessions, historicalSessions } from './seed.js';
export { openApiDocument } from './openapi.js';
