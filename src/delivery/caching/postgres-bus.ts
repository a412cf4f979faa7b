import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import type { BusSettings, InvalidationBus, InvalidationMessage, Receive } from './invalidation-bus';

const RECONNECT_MS = 1_000;
const MEMBERS_RECHECK_MS = 250;

/** What travels on the channel: an invalidation, or an instance confirming it has applied one. */
type Notice = (InvalidationMessage & { id?: string }) | { confirms: string; from: string; to: string };
type Awaited = { waitingFor: Set<string>; done: () => void };

/**
 * Each listening instance names its listener connection after the channel and itself, so a
 * writer can see in pg_stat_activity which instances are listening right now, and wait for them.
 */
export const listenerNameOf = (channel: string, origin: string) =>
  `rc-${crypto.createHash('sha1').update(channel).digest('hex').slice(0, 8)}-${origin}`;

/**
 * PostgreSQL LISTEN/NOTIFY on a connection of its own. A writer answers only once every other
 * listening instance has confirmed it dropped what the write changed, so a read on any instance
 * after the answer is fresh. NOTIFY is delivered after the sender's commit; while an instance's
 * listener is disconnected it trusts nothing it holds, and clears everything when it is back.
 */
export const postgresBus = async (
  strapi: Core.Strapi,
  settings: BusSettings,
  receive: Receive,
  clearAll: () => void
): Promise<InvalidationBus> => {
  const { channel, origin, confirmTimeoutMs } = settings;
  const connection = (strapi.db.connection.client as { config: { connection: object } }).config.connection;
  const ownName = listenerNameOf(channel, origin);
  const namePrefix = listenerNameOf(channel, '');
  const awaited = new Map<string, Awaited>();
  let listener: Client | undefined;
  let stopped = false;

  const confirm = (client: Client, id: string, to: string) =>
    client.query('select pg_notify($1, $2)', [channel, JSON.stringify({ confirms: id, from: origin, to })]).catch(() => undefined);

  const hear = (client: Client, notice: Notice) => {
    if ('confirms' in notice && typeof notice.confirms === 'string') {
      const waiting = notice.to === origin ? awaited.get(notice.confirms) : undefined;
      waiting?.waitingFor.delete(notice.from);
      if (waiting?.waitingFor.size === 0) waiting.done();
      return;
    }
    if (!('tags' in notice) || !Array.isArray(notice.tags) || notice.origin === origin) return;
    const applied = Promise.resolve(receive(notice));
    // Senders from before confirmations existed (or scripts) send no id and wait for none.
    const { id, origin: sender } = notice;
    if (typeof id === 'string') void applied.finally(() => confirm(client, id, sender));
  };

  const parse = (payload: string | undefined): Notice | undefined => {
    try {
      const notice = payload ? (JSON.parse(payload) as unknown) : undefined;
      return notice && typeof notice === 'object' ? (notice as Notice) : undefined;
    } catch {
      // Anyone with access to the database may NOTIFY on the channel: a stray payload is not ours.
      return undefined;
    }
  };

  const listen = async () => {
    const client = new Client(connection);
    client.on('notification', ({ payload }) => {
      const notice = parse(payload);
      if (notice) hear(client, notice);
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (listener === client) listener = undefined;
      if (stopped) return;
      clearAll();
      setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    // Named only once listening: whoever sees the name from now on can count on a confirmation.
    await client.query(`select set_config('application_name', $1, false)`, [ownName]);
    listener = client;
    clearAll();
  };
  await listen();

  const listeningMembers = async (): Promise<Set<string>> => {
    const rows = await strapi.db
      .connection('pg_stat_activity')
      .select('application_name')
      .where('datname', strapi.db.connection.raw('current_database()'))
      .andWhere('application_name', 'like', `${namePrefix}%`);
    const members = rows.map((row: { application_name: string }) => row.application_name.slice(namePrefix.length));
    return new Set<string>(members.filter((member: string) => member !== origin));
  };

  /** Resolves once every instance listening at the announcement has confirmed, left, or run out of time. */
  const confirmations = (id: string, members: Set<string>) =>
    new Promise<string[]>((resolve) => {
      const finish = () => {
        clearTimeout(deadline);
        clearInterval(recheck);
        awaited.delete(id);
        resolve([...members]);
      };
      const deadline = setTimeout(finish, confirmTimeoutMs);
      // An instance that dies before confirming leaves pg_stat_activity: stop waiting for it.
      const recheck = setInterval(() => {
        listeningMembers().then(
          (present) => {
            for (const member of members) if (!present.has(member)) members.delete(member);
            if (members.size === 0) finish();
          },
          () => undefined
        );
      }, MEMBERS_RECHECK_MS);
      awaited.set(id, { waitingFor: members, done: finish });
    });

  return {
    isListening: () => listener !== undefined,
    announce: async (message) => {
      const id = crypto.randomUUID();
      const members = await listeningMembers();
      // Registered before the NOTIFY goes out, so that no confirmation can arrive unheard.
      const confirmed = message.shared || members.size === 0 ? undefined : confirmations(id, members);
      try {
        await strapi.db.connection.raw('select pg_notify(?, ?)', [channel, JSON.stringify({ ...message, id })]);
      } catch (error) {
        awaited.get(id)?.done();
        throw error;
      }
      const silent = await confirmed;
      if (silent?.length) {
        strapi.log.warn(
          `Response cache: ${silent.length} instance(s) did not confirm an invalidation within ${confirmTimeoutMs} ms; they may serve stale answers until they do.`
        );
      }
    },
    stop: async () => {
      stopped = true;
      for (const waiting of awaited.values()) waiting.done();
      await listener?.end().catch(() => undefined);
    },
  };
};
