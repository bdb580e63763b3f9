import { Semaphore } from 'async-mutex';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

type Transaction = (...args: unknown[]) => Promise<unknown>;

/** A transaction takes every share; a query outside one takes one. */
const SHARES = 1_000;

/**
 * TypeORM's SQLite driver shares one connection among all requests: without this, a
 * second request's transaction would run nested (as a savepoint) inside the first, and a
 * query of one request would land inside another's transaction, so a rollback or a crash
 * could take writes that were already acknowledged. Here one transaction runs at a time, alone:
 * it waits for the queries in flight, and a query outside a transaction waits until none is
 * open. Queries outside transactions run side by side, each its own transaction in SQLite.
 * save() and remove() open a transaction of their own inside TypeORM, below
 * manager.transaction: outside a transaction they are run inside one, so theirs too take
 * their turn.
 */
export function serializeSqlite(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'sqlite') return dataSource;
  const lock = new Semaphore(SHARES);
  const inTransaction = new AsyncLocalStorage<true>();
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((...args: unknown[]) => (inTransaction.getStore() ? query(...args) : lock.runExclusive(() => query(...args), 1))) as typeof runner.query;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as Transaction;

  manager.transaction = ((...args: unknown[]) =>
    inTransaction.getStore() ? transaction(...args) : lock.runExclusive(() => inTransaction.run(true, () => transaction(...args)), SHARES)) as typeof manager.transaction;

  for (const method of ['save', 'remove', 'softRemove', 'recover'] as const) {
    const persist = manager[method].bind(manager) as (...args: unknown[]) => Promise<unknown>;
    manager[method] = ((...args: unknown[]) =>
      inTransaction.getStore() ? persist(...args) : manager.transaction((inner) => (inner[method] as (...a: unknown[]) => Promise<unknown>)(...args))) as never;
  }
  return dataSource;
}
