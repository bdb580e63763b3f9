import { Mutex } from 'async-mutex';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

type Transaction = (...args: unknown[]) => Promise<unknown>;

interface Waiting {
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * TypeORM's SQLite driver shares one connection among all requests: without this, a
 * second request's transaction would run nested (as a savepoint) inside the first, and a
 * query of one request would land inside another's transaction, so a rollback or a crash
 * could take writes that were already acknowledged. Here one transaction runs at a time,
 * and a query outside a transaction waits until none is open. save() and remove() open a
 * transaction of their own inside TypeORM, below manager.transaction: outside a transaction
 * they are run inside one, so theirs too take their turn.
 *
 * Transactions that arrive while another runs are committed together (group commit): one
 * after another, each in a savepoint of its own, so one that fails is undone alone, and
 * each caller hears back only once the shared COMMIT is on disk. A commit waits for the
 * disk, and without this every quiz submission would wait for everyone else's.
 */
export function serializeSqlite(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'sqlite') return dataSource;
  const lock = new Mutex();
  const inTransaction = new AsyncLocalStorage<true>();
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((...args: unknown[]) => (inTransaction.getStore() ? query(...args) : lock.runExclusive(() => query(...args)))) as typeof runner.query;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as Transaction;

  const waiting: Waiting[] = [];
  let scheduled = false;
  const commitWaiting = async () => {
    scheduled = false;
    const group = waiting.splice(0);
    if (group.length === 1) {
      const [only] = group;
      await inTransaction.run(true, () => transaction(...only.args)).then(only.resolve, only.reject);
      return;
    }
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await inTransaction.run(true, () =>
        transaction(async () => {
          // nested: TypeORM runs each in a savepoint, rolled back alone when it throws
          for (const each of group) outcomes.push(await transaction(...each.args).then((value) => ({ ok: true, value }), (value: unknown) => ({ ok: false, value })));
        }),
      );
    } catch (error) {
      for (const each of group) each.reject(error);
      return;
    }
    group.forEach((each, i) => (outcomes[i].ok ? each.resolve(outcomes[i].value) : each.reject(outcomes[i].value)));
  };
  manager.transaction = ((...args: unknown[]) => {
    if (inTransaction.getStore()) return transaction(...args);
    return new Promise<unknown>((resolve, reject) => {
      waiting.push({ args, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        void lock.runExclusive(commitWaiting);
      }
    });
  }) as typeof manager.transaction;

  for (const method of ['save', 'remove', 'softRemove', 'recover'] as const) {
    const persist = manager[method].bind(manager) as (...args: unknown[]) => Promise<unknown>;
    manager[method] = ((...args: unknown[]) =>
      inTransaction.getStore() ? persist(...args) : manager.transaction((inner) => (inner[method] as (...a: unknown[]) => Promise<unknown>)(...args))) as never;
  }
  return dataSource;
}
