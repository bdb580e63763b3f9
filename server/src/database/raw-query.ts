import type { EntityManager, EntityTarget } from 'typeorm';

/**
 * Plain SQL with :named parameters on either database, for the few queries on every
 * request, where TypeORM's query building costs several times the query itself.
 * Identifiers are written double-quoted, which both databases read the same way.
 */
export function rawQuery<T>(manager: EntityManager, sql: string, parameters: Record<string, unknown>): Promise<T[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {});
  return manager.query(query, values);
}

/** One entity from a row read with plain SQL (columns under their own names), its values converted as TypeORM converts them (dates, booleans). */
export function hydrate<T extends object>(manager: EntityManager, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(entity);
  const value = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in row) column.setEntityValue(value, manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return value;
}

/** Whole rows of one entity read with plain SQL, without TypeORM's query building. */
export async function rawEntities<T extends object>(manager: EntityManager, entity: EntityTarget<T>, sql: string, parameters: Record<string, unknown>): Promise<T[]> {
  const rows = await rawQuery<Record<string, unknown>>(manager, sql, parameters);
  return rows.map((row) => hydrate(manager, entity, row));
}
