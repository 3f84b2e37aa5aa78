// Issue 21: the test SMTP server itself (smtp-server), run as its own process by scripts/test-smtp.ts. Accepts mail on
// 127.0.0.1 without authentication and keeps each as one JSON file (from, to, subject, text, date) in TEST_SMTP_DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.TEST_SMTP_PORT ?? 2525);
const dir = process.env.TEST_SMTP_DIR ?? '.data/mail';
mkdirSync(dir, { recursive: true });

const adressen = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? ''));

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  size: 5_000_000,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const ontvangen = new Date();
        const record = {
          from: mail.from?.text ?? '',
          to: adressen(mail.to).length ? adressen(mail.to) : session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          date: ontvangen.toISOString(),
        };
        writeFileSync(path.join(dir, `${ontvangen.getTime()}-${Math.random().toString(36).slice(2, 8)}.json`), JSON.stringify(record, null, 2));
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});
server.on('error', (error) => console.error('Test-SMTP:', error));
server.listen(port, '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
