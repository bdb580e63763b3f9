/** The row offset of a 1-based ?page= value; anything else is the first page. */
export function offsetOfPage(page: string | null, pageSize: number): number {
  const number = Number(page);
  return Number.isInteger(number) && number > 1 ? (number - 1) * pageSize : 0;
}

/** The ?page= value for a row offset; the first page needs none. */
export function pageOfOffset(offset: number, pageSize: number): string | undefined {
  const page = Math.floor(offset / pageSize) + 1;
  return page > 1 ? String(page) : undefined;
}
