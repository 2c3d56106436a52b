import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export const insertOutboxMail = (tx: Transaction<DB>, mails: { to: string; subject: string; body: string }[]) =>
  tx
    .insertInto('mail_outbox')
    .values(mails.map((m) => ({ recipient: m.to, subject: m.subject, body: m.body })))
    .returning('id')
    .execute();

export const findOutboxMail = (db: Db, id: number) => db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();

export const markOutboxMailSent = (db: Db, id: number) =>
  db.updateTable('mail_outbox').set({ sent_at: new Date() }).where('id', '=', id).execute();

export const findOutboxMailTo = (db: Db, recipient: string) =>
  db.selectFrom('mail_outbox').selectAll().where('recipient', '=', recipient).orderBy('id').execute();

export const deleteOutboxMailTo = (db: Db, recipient: string) => db.deleteFrom('mail_outbox').where('recipient', '=', recipient).execute();
