import fs from 'node:fs/promises';
import path from 'node:path';

/** What a transport gets: one stored outbox message. */
export interface OutgoingMessage {
  id: number;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
}

/**
 * Delivers one message or throws (the sender records the error and retries later). To send real
 * email, implement `send` with an SMTP client (e.g. nodemailer's `transporter.sendMail({ to:
 * message.recipient, subject, text: body })`) and pass it to `sendQueued` / `outboxJobs`.
 */
export interface Transport {
  /** For logs: where messages go. */
  readonly description: string;
  send(message: OutgoingMessage): Promise<void>;
}

/** The default: appends each message to a log file (one block per message), nothing leaves the machine. */
export class LogFileTransport implements Transport {
  readonly description: string;

  constructor(private readonly file: string) {
    this.description = `log file ${file}`;
  }

  async send(message: OutgoingMessage): Promise<void> {
    await fs.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    const block = [
      `--- message ${message.id} (${message.kind}) at ${new Date().toISOString()}`,
      `To: ${message.recipient}`,
      `Subject: ${message.subject}`,
      '',
      message.body,
      '',
    ].join('\n');
    await fs.appendFile(this.file, `${block}\n`, 'utf8');
  }
}

/** Keeps what it "sends" in memory; `refuse` makes it fail like an unreachable mail server (tests, demos). */
export class MemoryTransport implements Transport {
  readonly description = 'memory';
  readonly sent: OutgoingMessage[] = [];
  refuse: ((message: OutgoingMessage) => string | null) | null = null;

  async send(message: OutgoingMessage): Promise<void> {
    const problem = this.refuse?.(message);
    if (problem) throw new Error(problem);
    this.sent.push(message);
  }
}
