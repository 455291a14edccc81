import type { DataSource, EntityManager } from 'typeorm';

/** A column written in bulk: database name and PostgreSQL array element type. */
export type BulkColumn = [name: string, pgType: string];

const CHUNK = 2000;

/**
 * An array value inside an unnest() of arrays: PostgreSQL has no arrays of arrays of different
 * lengths, so array columns travel as their text literal ({"a","b"}) in a text[] cast per row.
 */
export function pgArray(xs: string[]): string {
  return `{${xs.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** INSERT … SELECT FROM unnest(...) in chunks: one round trip per 2,000 rows. Returns the new ids in order. */
export async function bulkInsert(
  m: EntityManager,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params = columns.map((_, c) => chunk.map((r) => r[c]));
    const res: { id: string }[] = await m.query(
      `INSERT INTO ${table} (${columns.map(([n]) => n).join(', ')})
       SELECT ${columns.map(([n, t]) => (t.endsWith('[]') ? `${n}::${t}` : n)).join(', ')}
       FROM unnest(${columns.map(([, t], c) => `$${c + 1}::${t.endsWith('[]') ? 'text' : t}[]`).join(', ')})
         AS u(${columns.map(([n]) => n).join(', ')})
       RETURNING id`,
      params,
    );
    ids.push(...res.map((r) => r.id));
  }
  return ids;
}

/** UPDATE … FROM unnest(...) by id in chunks; only the given columns are set. */
export async function bulkUpdate(
  m: EntityManager,
  table: string,
  columns: BulkColumn[],
  rows: { id: string; values: unknown[] }[],
  extraSet = '',
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params = [chunk.map((r) => r.id), ...columns.map((_, c) => chunk.map((r) => r.values[c]))];
    const sets = columns.map(([n, t]) => (t.endsWith('[]') ? `${n} = u.${n}::${t}` : `${n} = u.${n}`));
    if (extraSet) sets.push(extraSet);
    await m.query(
      `UPDATE ${table} t SET ${sets.join(', ')}
       FROM unnest($1::uuid[], ${columns.map(([, ty], c) => `$${c + 2}::${ty.endsWith('[]') ? 'text' : ty}[]`).join(', ')})
         AS u(id, ${columns.map(([n]) => n).join(', ')})
       WHERE t.id = u.id`,
      params,
    );
  }
}

/** Runs `work` again once when it failed on a unique constraint (a concurrent writer got there first). */
export async function retryOnceOnDuplicate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const code =
      (e as { driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
    if (code !== '23505') throw e;
    return work();
  }
}

/**
 * Imports hold these advisory locks exclusively for their whole transaction; single creates and
 * updates hold them shared, so a hand-made place cannot slip in between an import's matching and writing.
 */
export const WORKSTATION_WRITE_LOCK = `hashtext('xs:directory:import:workstations')`;
export const MEMBER_WRITE_LOCK = `hashtext('xs:directory:import:members')`;

/** Carries a preview's result out of the transaction it rolls back. */
class PreviewRollback<T> extends Error {
  constructor(readonly result: T) {
    super('import preview');
  }
}

/**
 * The import's transaction; with `dryRun` (a preview) the whole import runs, matching and writing as it
 * would, then rolls back: the answer says exactly what applying the same file would do, nothing is kept.
 */
export async function transactionOrPreview<T>(
  db: DataSource,
  dryRun: boolean,
  work: (m: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction(async (m) => {
      const r = await work(m);
      if (dryRun) throw new PreviewRollback(r);
      return r;
    });
  } catch (e) {
    if (e instanceof PreviewRollback) return e.result as T;
    throw e;
  }
}
