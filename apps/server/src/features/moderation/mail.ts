import type { Transaction } from 'kysely';
import nodemailer from 'nodemailer';
import type { DB } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { findOutboxMail, insertOutboxMail, markOutboxMailSent } from './mail-store';

/**
 * Notification mail through a transactional outbox: the mail is written in the transaction that decides
 * to send it (so a crash cannot lose it or send it for something rolled back) and delivered by a job,
 * which pg-boss retries with backoff when the SMTP server is down. Without SMTP_URL, the outbox table is
 * the mailbox (DESIGN §1: "written to the log / an outbox table").
 */
export const mailJobName = 'mail.deliver';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export async function queueMail(ctx: AppContext, tx: Transaction<DB>, mails: Mail[]): Promise<void> {
  if (!mails.length) return;
  const rows = await insertOutboxMail(tx, mails);
  if (!ctx.config.SMTP_URL) return;
  for (const row of rows) await ctx.jobs.send(mailJobName, { outboxId: row.id }, tx);
}

export function defineMailJob(ctx: AppContext): void {
  const smtpUrl = ctx.config.SMTP_URL;
  if (!smtpUrl) return;
  const transport = nodemailer.createTransport(smtpUrl);
  ctx.jobs.define<{ outboxId: number }>({
    name: mailJobName,
    retryLimit: 8,
    retryDelaySeconds: 30,
    handler: async ({ outboxId }) => {
      const mail = await findOutboxMail(ctx.db, outboxId);
      // Already sent by an earlier attempt whose completion was not recorded: never send twice.
      if (!mail || mail.sent_at) return;
      await transport.sendMail({ from: ctx.config.MAIL_FROM, to: mail.recipient, subject: mail.subject, text: mail.body });
      await markOutboxMailSent(ctx.db, outboxId);
    },
  });
}
