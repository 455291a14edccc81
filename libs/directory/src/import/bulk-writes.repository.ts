import { isUniqueViolation, normalizeZh } from '@xs/platform';
import { MemberWrite, nameGrams } from '../members/members.repository';
import { nameNorm, WorkstationWrite } from '../workstations/workstations.repository';
import type { MemberColumn, WorkstationColumn } from './columns';
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
    if (!isUniqueViolation(e)) throw e;
    return work();
  }
}

/**
 * Imports hold these advisory locks exclusively for their whole transaction; single creates and
 * updates hold them shared, so a hand-made place cannot slip in between an import's matching and writing.
 */
const WRITE_LOCKS = {
  workstations: `hashtext('xs:directory:import:workstations')`,
  members: `hashtext('xs:directory:import:members')`,
} as const;
export type ImportedTable = keyof typeof WRITE_LOCKS;

/** An import's hold on its table: alone, until its transaction ends. */
export async function lockForImport(m: EntityManager, table: ImportedTable): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCKS[table]})`);
}

/** A single create or update: alongside other single writes, never during an import. */
export async function lockForSingleWrite(m: EntityManager, table: ImportedTable): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock_shared(${WRITE_LOCKS[table]})`);
}

/** What an import matches a row against: the stored row's natural keys. */
export interface ImportMatch {
  id: string;
  code: string | null;
  name: string;
  regionCode: string;
}

/** Stored members with one of these codes, or one of these names in its region. */
export function matchMembers(
  m: EntityManager,
  codes: string[],
  names: { name: string; regionCode: string }[],
): Promise<ImportMatch[]> {
  return m.query(
    `SELECT id, code, name, region_code AS "regionCode" FROM members
      WHERE code = ANY($1::varchar[]) OR (name, region_code) IN (SELECT * FROM unnest($2::varchar[], $3::varchar[]))`,
    [codes, names.map((n) => n.name), names.map((n) => n.regionCode)],
  );
}

/** Members already holding one of these phones (by blind index). */
export function memberPhoneOwners(
  m: EntityManager,
  bidxs: string[],
): Promise<{ id: string; bidx: string }[]> {
  return m.query(`SELECT id, phone_bidx AS bidx FROM members WHERE phone_bidx = ANY($1::varchar[])`, [bidxs]);
}

/** Live (not deleted) workstations with one of these codes, or one of these names in its region. */
export function matchWorkstations(
  m: EntityManager,
  codes: string[],
  names: { name: string; regionCode: string }[],
): Promise<ImportMatch[]> {
  return m.query(
    `SELECT id, code, name, region_code AS "regionCode" FROM workstations
      WHERE deleted_at IS NULL AND (code = ANY($1::varchar[])
        OR (name, region_code) IN (SELECT * FROM unnest($2::varchar[], $3::varchar[])))`,
    [codes, names.map((n) => n.name), names.map((n) => n.regionCode)],
  );
}

/** Which member columns a file sets, from the columns it has (absent columns keep stored values). */
function memberColumns(present: Set<MemberColumn> | 'all'): [keyof MemberWrite, BulkColumn][] {
  const has = (c: MemberColumn) => present === 'all' || present.has(c);
  const cols: [keyof MemberWrite, BulkColumn][] = [
    ['name', ['name', 'varchar']],
    ['level', ['level', 'varchar']],
    ['regionCode', ['region_code', 'varchar']],
  ];
  if (has('sector')) cols.push(['sector', ['sector', 'varchar']]);
  if (has('party')) cols.push(['party', ['party', 'varchar']]);
  if (has('phone'))
    cols.push(['phoneEnc', ['phone_enc', 'varchar']], ['phoneBidx', ['phone_bidx', 'varchar']]);
  if (has('code')) cols.push(['code', ['code', 'varchar']]);
  return cols;
}

/** Writes an import's new members (every column) and updated ones (the file's columns only). */
export async function writeMembers(
  m: EntityManager,
  inserts: MemberWrite[],
  updates: { id: string; w: MemberWrite }[],
  present: Set<MemberColumn>,
): Promise<void> {
  const search = (w: MemberWrite) => [normalizeZh(w.name), pgArray(nameGrams(normalizeZh(w.name)))];
  const searchCols: BulkColumn[] = [
    ['name_norm', 'varchar'],
    ['name_grams', 'text[]'],
  ];
  const insertCols = memberColumns('all');
  await bulkInsert(
    m,
    'members',
    [...insertCols.map(([, c]) => c), ...searchCols],
    inserts.map((w) => [...insertCols.map(([k]) => w[k]), ...search(w)]),
  );
  const updateCols = memberColumns(present);
  await bulkUpdate(
    m,
    'members',
    [...updateCols.map(([, c]) => c), ...searchCols],
    updates.map(({ id, w }) => ({ id, values: [...updateCols.map(([k]) => w[k]), ...search(w)] })),
    'updated_at = now()',
  );
}

/** Which workstation columns a file sets, from the columns it has (absent columns keep stored values). */
function workstationColumns(present: Set<WorkstationColumn> | 'all'): [keyof WorkstationWrite, BulkColumn][] {
  const has = (c: WorkstationColumn) => present === 'all' || present.has(c);
  const cols: [keyof WorkstationWrite, BulkColumn][] = [
    ['name', ['name', 'varchar']],
    ['kind', ['kind', 'varchar']],
    ['regionCode', ['region_code', 'varchar']],
    ['address', ['address', 'varchar']],
  ];
  if (has('lat') && has('lng'))
    cols.push(
      ['lat', ['lat', 'float8']],
      ['lng', ['lng', 'float8']],
      ['crs', ['crs', 'varchar']],
      ['wgsLat', ['wgs_lat', 'float8']],
      ['wgsLng', ['wgs_lng', 'float8']],
    );
  if (has('sector')) cols.push(['sector', ['sector', 'varchar']]);
  if (has('capacity')) cols.push(['capacity', ['capacity', 'int4']]);
  if (has('contactPhone'))
    cols.push(
      ['contactPhoneEnc', ['contact_phone_enc', 'varchar']],
      ['contactPhoneBidx', ['contact_phone_bidx', 'varchar']],
    );
  if (has('openingHours')) cols.push(['openingHours', ['opening_hours', 'jsonb']]);
  if (has('status')) cols.push(['status', ['status', 'varchar']]);
  if (has('code')) cols.push(['code', ['code', 'varchar']]);
  return cols;
}

function dbValue(w: WorkstationWrite, k: keyof WorkstationWrite): unknown {
  const v = w[k];
  return k === 'openingHours' && v ? JSON.stringify(v) : v;
}

/** Writes an import's new workstations (every column) and updated ones (the file's columns only). */
export async function writeWorkstations(
  m: EntityManager,
  inserts: WorkstationWrite[],
  updates: { id: string; w: WorkstationWrite }[],
  present: Set<WorkstationColumn>,
): Promise<void> {
  const insertCols = workstationColumns('all');
  await bulkInsert(
    m,
    'workstations',
    [...insertCols.map(([, c]) => c), ['name_norm', 'text']],
    inserts.map((w) => [...insertCols.map(([k]) => dbValue(w, k)), nameNorm(w)]),
  );
  const updateCols = workstationColumns(present);
  await bulkUpdate(
    m,
    'workstations',
    [...updateCols.map(([, c]) => c), ['name_norm', 'text']],
    updates.map(({ id, w }) => ({ id, values: [...updateCols.map(([k]) => dbValue(w, k)), nameNorm(w)] })),
    'updated_at = now()',
  );
}

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
