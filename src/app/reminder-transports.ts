import nodemailer from "nodemailer";
import type { ReminderChannel } from "../domain/booking/reminders.ts";

// Where reminder messages go. A transport either takes a message (the promise resolves)
// or refuses it (it rejects, and the outbox retries later).

export interface OutgoingMessage {
  /** The reminder's id; an e-mail carries it as its Message-ID so receivers can drop a repeat. */
  id: string;
  to: string;
  /** The clinic's name: an e-mail's sender name. */
  senderName: string;
  /** E-mail only. */
  subject: string;
  text: string;
}

export interface MessageTransport {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

export interface ReminderTransports {
  email: MessageTransport;
  sms: MessageTransport;
}

/** "<id@domain>", the domain taken from the sender address as RFC 5322 recommends. */
export function reminderMessageId(id: string, fromAddress: string): string {
  const domain = fromAddress.split("@")[1]?.trim() || "cryodesk.invalid";
  return `<${id}@${domain}>`;
}

// A message must be either taken or refused well within the delivery lease
// (deliverDueReminders' leaseSeconds, 600 s by default, for a batch of 10), so that a
// slow server never makes the outbox think its sender died.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** E-mail through an SMTP server: smtp://user:password@host:587 or smtps://…:465. */
export function smtpEmailTransport(smtpUrl: string, options: { from: string }): MessageTransport {
  const transporter = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    async send(message) {
      await transporter.sendMail({
        from: { name: message.senderName, address: options.from },
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: reminderMessageId(message.id, options.from),
      });
    },
    close: () => transporter.close(),
  };
}

/** Writes each message as one JSON line (development: read the reminders on the console). */
export function logTransport(channel: ReminderChannel, stream: NodeJS.WritableStream): MessageTransport {
  return {
    send(message) {
      const line = `${JSON.stringify({
        reminder: channel,
        id: message.id,
        to: message.to,
        from: message.senderName,
        ...(channel === "email" && { subject: message.subject }),
        text: message.text,
      })}\n`;
      return new Promise((resolve, reject) => {
        stream.write(line, (error) => (error ? reject(error) : resolve()));
      });
    },
    close: () => {},
  };
}

export interface ReminderTransportConfig {
  /** Unset: e-mails are logged instead of sent. */
  smtpUrl?: string | undefined;
  /** Sender address; defaults to the SMTP user name when that is an address. */
  mailFrom?: string | undefined;
  /** Only "log" for now. */
  sms?: string | undefined;
  logStream: NodeJS.WritableStream;
}

export class ReminderConfigError extends Error {}

export function buildReminderTransports(config: ReminderTransportConfig): ReminderTransports {
  const sms = config.sms ?? "log";
  if (sms !== "log")
    throw new ReminderConfigError(`CRYODESK_SMS must be "log" (the only SMS transport so far).`);
  return { email: emailTransport(config), sms: logTransport("sms", config.logStream) };
}

function emailTransport(config: ReminderTransportConfig): MessageTransport {
  if (!config.smtpUrl) return logTransport("email", config.logStream);
  let url: URL;
  try {
    url = new URL(config.smtpUrl);
  } catch {
    throw new ReminderConfigError("CRYODESK_SMTP_URL is not a URL (e.g. smtp://user:password@host:587).");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new ReminderConfigError("CRYODESK_SMTP_URL must start with smtp:// or smtps://.");
  const user = decodeURIComponent(url.username);
  const from = config.mailFrom?.trim() || (user.includes("@") ? user : "");
  if (!from.includes("@"))
    throw new ReminderConfigError("Set CRYODESK_MAIL_FROM to the address reminders are sent from.");
  return smtpEmailTransport(config.smtpUrl, { from });
}
