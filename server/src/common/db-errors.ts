import { QueryFailedError } from 'typeorm';

/** A unique constraint refused the row, on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; message?: string };
  return driverError.code === '23505' || (driverError.code === 'SQLITE_CONSTRAINT' && /UNIQUE/.test(driverError.message ?? ''));
}
