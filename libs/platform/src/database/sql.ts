/**
 * TypeORM's DataSource.query answers UPDATE and DELETE with `[rows, rowCount]` but SELECT and INSERT
 * with `rows`. Repositories pass UPDATE/DELETE … RETURNING results through this to get the rows.
 */
export function returningRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

/** Affected row count of an UPDATE or DELETE run through DataSource.query. */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number') return result[1];
  return 0;
}

const camelKey = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Rows of hand-written SQL keyed camelCase (`session_title` → `sessionTitle`), the one row style the
 * code past a repository reads. Only the row's own keys change, never those inside JSON values.
 */
export function camelRows<T>(rows: readonly object[]): T[] {
  return rows.map(
    (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [camelKey(k), v as unknown])) as T,
  );
}
