import { Injectable } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, InsertEvent, RemoveEvent, TransactionCommitEvent, UpdateEvent } from 'typeorm';
import { UserEntity } from './user.entity';

export type Session = Pick<UserEntity, 'id' | 'role' | 'locale' | 'tokenVersion' | 'deactivatedAt' | 'focalPointCountry'>;

/**
 * How long a session row read for one request serves the next ones. Within this server
 * every write to a user forgets the cache at once (sign-out, deactivation, a new role);
 * another server sharing a PostgreSQL database sees such a change at most this late.
 */
export const SESSION_TTL_MS = 5_000;
const MAX_SESSIONS = 10_000;

/**
 * The session rows checked on every request, kept a few seconds. Any insert, update or
 * removal of a user, through any repository or query builder, empties it.
 */
@Injectable()
export class SessionCache implements EntitySubscriberInterface<UserEntity> {
  private readonly sessions = new Map<string, { session: Session | undefined; until: number }>();
  /** Raised by every write, so a read that started before it is not kept. */
  private writes = 0;
  /** A user was written inside a transaction: others may read the old row until it commits. */
  private writtenInTransaction = false;

  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  listenTo() {
    return UserEntity;
  }

  afterInsert(event: InsertEvent<UserEntity>) {
    this.written(event.queryRunner.isTransactionActive);
  }

  afterUpdate(event: UpdateEvent<UserEntity>) {
    this.written(event.queryRunner.isTransactionActive);
  }

  afterRemove(event: RemoveEvent<UserEntity>) {
    this.written(event.queryRunner.isTransactionActive);
  }

  /** Subscribers hear every commit; the flag keeps the cache for those that wrote no user. */
  afterTransactionCommit(_event: TransactionCommitEvent) {
    if (!this.writtenInTransaction) return;
    this.writtenInTransaction = false;
    this.forget();
  }

  private written(inTransaction: boolean) {
    if (inTransaction) this.writtenInTransaction = true;
    this.forget();
  }

  /** Changes whenever a user is written: what was read before about anyone's session is stale. */
  get generation() {
    return this.writes;
  }

  forget() {
    this.writes++;
    this.sessions.clear();
  }

  async get(id: string, read: (id: string) => Promise<Session | undefined>): Promise<Session | undefined> {
    const now = Date.now();
    const hit = this.sessions.get(id);
    if (hit && hit.until > now) return hit.session;
    const writes = this.writes;
    const session = await read(id);
    if (writes === this.writes) {
      if (this.sessions.size >= MAX_SESSIONS) this.sessions.clear();
      this.sessions.set(id, { session, until: now + SESSION_TTL_MS });
    }
    return session;
  }
}
