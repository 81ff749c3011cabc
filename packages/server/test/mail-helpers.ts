// A real SMTP server in the test process (smtp-server), whose behaviour a test sets: accept, refuse for a while
// (4xx, then recovers), refuse for good (5xx) or hang on the message (a send the process is killed in).
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export type Mode = 'accept' | 'temporary' | 'permanent' | 'hang';

export interface TestSmtp {
  url: string;
  received: ParsedMail[];
  /** How many DATA commands arrived (accepted or not). */
  attempts: number;
  mode: Mode;
  /** Resolves when `n` messages have been accepted. */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Resolves on the next DATA command. */
  nextAttempt(): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtp(mode: Mode = 'accept'): Promise<TestSmtp> {
  let onAttempt: (() => void) | undefined;
  const state: TestSmtp = {
    url: '',
    received: [],
    attempts: 0,
    mode,
    async waitFor(n, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (state.received.length < n) {
        if (Date.now() > until)
          throw new Error(`waited for ${n} message(s), got ${state.received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return state.received;
    },
    nextAttempt: () => new Promise<void>((r) => (onAttempt = r)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const server = new SMTPServer({
    // smtp-server's bundled certificate has expired: plain SMTP on the loopback.
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      state.attempts++;
      onAttempt?.();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.mode === 'hang') return; // never answers: the sender waits until it is killed
        if (state.mode === 'temporary')
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        if (state.mode === 'permanent')
          return callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          state.received.push(mail);
          callback();
        });
      });
    },
  });
  // A client killed mid-message resets its connection: expected here, not a failure of the test.
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}
