import type { AuditService, Principal } from '@xs/identity';
import { ColumnMap, mapColumns } from './columns';
import type { ImportError, ImportResult } from './import-result';
import { readSheet, Sheet, SheetRow } from './spreadsheet';
import { Errors } from '../errors';

/** A spreadsheet read for import: its columns mapped to fields, and the non-blank data rows. */
export interface ImportSheet<K extends string> {
  sheet: Sheet;
  map: ColumnMap<K>;
  /** Fields that have a column in this file (an update only writes these). */
  present: Set<K>;
  /** Data rows, blank ones left out. */
  rows: SheetRow[];
  /** The trimmed text of a field in a row ('' when the file has no such column). */
  cell(r: SheetRow, f: K): string;
  /** The heading a user sees for a field, for error messages. */
  heading: Record<K, string>;
}

/** The heading a user sees for each field: the first accepted name of its column. */
export function headingsOf<K extends string>(columns: Record<K, readonly string[]>): Record<K, string> {
  return Object.fromEntries(Object.entries<readonly string[]>(columns).map(([k, v]) => [k, v[0]])) as Record<
    K,
    string
  >;
}

/** Reads the file and maps its headings; a heading twice or a required column missing is a 400. */
export async function openImportSheet<K extends string>(
  file: { buffer: Buffer; originalname: string },
  columns: Record<K, readonly string[]>,
  required: readonly K[],
): Promise<ImportSheet<K>> {
  const heading = headingsOf(columns);
  const sheet = await readSheet(file.buffer, file.originalname);
  const { map, duplicate } = mapColumns(sheet.headers, columns);
  if (duplicate) throw Errors.badInput('DUPLICATE_COLUMN', { column: duplicate });
  const missing = required.filter((f) => map.index[f] === undefined);
  if (missing.length)
    throw Errors.badInput(
      'MISSING_COLUMNS',
      { columns: missing.map((f) => heading[f]).join('、') },
      {
        missing: missing.map((f) => heading[f]),
      },
    );
  return {
    sheet,
    map,
    present: new Set((Object.keys(map.index) as K[]).filter((k) => map.index[k] !== undefined)),
    rows: sheet.rows.filter((r) => r.cells.some((c) => c && c.trim())),
    cell: (r, f) => {
      const i = map.index[f];
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    },
    heading,
  };
}

/** The import's answer (errors in row order), recorded in the audit trail. */
export async function finishImport<K extends string>(
  audit: AuditService,
  p: Principal,
  action: string,
  file: { originalname: string },
  s: ImportSheet<K>,
  result: { created: number; updated: number; errors: ImportError[] },
  dryRun = false,
): Promise<ImportResult> {
  const out: ImportResult = {
    ...result,
    errors: [...result.errors].sort((a, b) => a.row - b.row),
    rows: s.rows.length,
    format: s.sheet.format,
    ...(s.sheet.encoding ? { encoding: s.sheet.encoding } : {}),
    ignoredColumns: s.map.ignored,
    ...(dryRun ? { dryRun: true } : {}),
  };
  await audit.by(
    p,
    dryRun ? `${action}.preview` : action,
    { type: 'import', id: file.originalname.slice(0, 100) || 'upload' },
    'ok',
    null,
    {
      created: out.created,
      updated: out.updated,
      errors: out.errors.length,
    },
  );
  return out;
}
