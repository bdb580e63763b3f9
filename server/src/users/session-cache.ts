import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource, EntitySubscriberInterface, QueryRunner, RemoveEvent, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';
import { WriteClock, type Written } from '../common/write-clock';
import { UserEntity } from './user.entity';

export type Session = Pick<UserEntity, 'id' | 'role' | 'locale' | 'tokenVersion' | 'deactivatedAt' | 'focalPointCountry'>;

/**
 * How long a session row read for one request serves the next ones. Within this server
 * every write to a user forgets that user's row at once (sign-out, deactivation, a new role);
 * another server sharing a PostgreSQL database sees such a change at most this late.
 */
export const SESSION_TTL_MS = 5_000;
const MAX_SESSIONS = 10_000;

/**
 * The session rows checked on every request, kept a few seconds. An update or removal of a
 * user, through any repository or query builder, forgets that user's row, or every row when
 * the write does not name the user (a query builder's update by condition); a new user has
 * nothing to forget. A write inside a transaction is forgotten again when it commits, as
 * others may read the old row until then. Others hear of each write through onWritten.
 */
@Injectable()
export class SessionCache implements EntitySubscriberInterface<UserEntity> {
  private readonly sessions = new LRUCache<string, { session: Session | undefined }>({ max: MAX_SESSIONS, ttl: SESSION_TTL_MS });
  private readonly clock = new WriteClock();
  /** Users written by transactions still open, by the runner that holds each. */
  private readonly uncommitted = new WeakMap<QueryRunner, Written[]>();
  private readonly listeners: ((who: Written) => void)[] = [];

  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  listenTo() {
    return UserEntity;
  }

  afterUpdate(event: UpdateEvent<UserEntity>) {
    this.written(event.queryRunner, whoIn(event.entity?.id ?? event.databaseEntity?.id));
  }

  afterRemove(event: RemoveEvent<UserEntity>) {
    this.written(event.queryRunner, whoIn(event.entityId ?? event.entity?.id ?? event.databaseEntity?.id));
  }

  afterTransactionCommit(event: TransactionCommitEvent) {
    const written = this.uncommitted.get(event.queryRunner);
    this.uncommitted.delete(event.queryRunner);
    written?.forEach((who) => this.forget(who));
  }

  afterTransactionRollback(event: TransactionRollbackEvent) {
    this.uncommitted.delete(event.queryRunner);
  }

  /** Called with whose rows changed, after this cache has forgotten them. */
  onWritten(listener: (who: Written) => void) {
    this.listeners.push(listener);
  }

  async get(id: string, read: (id: string) => Promise<Session | undefined>): Promise<Session | undefined> {
    const hit = this.sessions.get(id);
    if (hit) return hit.session;
    const stamp = this.clock.stamp();
    const session = await read(id);
    if (this.clock.unchangedSince(stamp, id)) this.sessions.set(id, { session });
    return session;
  }

  private written(runner: QueryRunner, who: Written) {
    if (runner.isTransactionActive) this.uncommitted.set(runner, [...(this.uncommitted.get(runner) ?? []), who]);
    this.forget(who);
  }

  private forget(who: Written) {
    this.clock.written(who);
    if (who === 'everyone') this.sessions.clear();
    else for (const id of who.userIds) this.sessions.delete(id);
    this.listeners.forEach((listener) => listener(who));
  }
}

const whoIn = (id: string | undefined): Written => (id ? { userIds: [id] } : 'everyone');
