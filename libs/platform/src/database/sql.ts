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
