export interface PageInfo {
  /** 1-based position of the first row shown; 0 when there is none */
  from: number;
  to: number;
  previousOffset: number | null;
  nextOffset: number | null;
}

/** Where a page of `limit` rows starting at `offset` sits among `total`. */
export function pageInfo(offset: number, limit: number, total: number): PageInfo {
  const start = Math.min(Math.max(offset, 0), Math.max(total - 1, 0));
  const to = Math.min(start + limit, total);
  return {
    from: total === 0 ? 0 : start + 1,
    to,
    previousOffset: start > 0 ? Math.max(start - limit, 0) : null,
    nextOffset: to < total ? start + limit : null,
  };
}
