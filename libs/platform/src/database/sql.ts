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

/** Column name → camelCase key, remembered: a result has few distinct columns and many rows. */
const camelKeys = new Map<string, string>();
function camelKey(column: string): string {
  let key = camelKeys.get(column);
  if (key === undefined) {
    key = column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    if (camelKeys.size < 10_000) camelKeys.set(column, key);
  }
  return key;
}

/**
 * Rows of hand-written SQL keyed camelCase (`session_title` → `sessionTitle`), the one row style the
 * code past a repository reads. Only the row's own keys change, never those inside JSON values.
 */
export function camelRows<T>(rows: readonly object[]): T[] {
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) out[camelKey(k)] = v;
    return out as T;
  });
}
