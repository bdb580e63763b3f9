import type { EntityManager } from 'typeorm';

/**
 * Plain SQL with :named parameters on either database, for the few queries on every
 * request, where TypeORM's query building costs several times the query itself.
 * Identifiers are written double-quoted, which both databases read the same way.
 */
export function rawQuery<T>(manager: EntityManager, sql: string, parameters: Record<string, unknown>): Promise<T[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {});
  return manager.query(query, values);
}
