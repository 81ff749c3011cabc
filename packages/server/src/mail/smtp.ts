// The SMTP path: nodemailer with an SMTP URL (`smtp://user:pass@host:587`, `smtps://…` for implicit TLS).
import { createTransport } from 'nodemailer';
import type { Send } from './outbox.js';

/**
 * A sender through this SMTP server: a few connections kept open and reused (a new one per message costs a handshake
 * each), short timeouts, so that a send never outlives the worker's lease.
 */
export function smtpSender(url: string): { send: Send; close(): void } {
  const transport = createTransport({
    url,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: async (e) => {
      await transport.sendMail({
        messageId: e.messageId,
        from: e.from,
        to: e.to,
        subject: e.subject,
        text: e.text,
        html: e.html,
        attachments: e.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
        })),
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transport.close(),
  };
}
