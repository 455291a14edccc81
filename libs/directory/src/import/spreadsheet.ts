import ExcelJS from 'exceljs';
import { Readable, pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import { BadInputError, DomainError, local, type LocalText } from '@xs/platform';
import { Errors } from '../errors';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export interface SheetRow {
  /** The row number a spreadsheet program shows (header row included, 1-based). */
  row: number;
  cells: string[];
}

export interface Sheet {
  format: 'xlsx' | 'csv';
  encoding?: 'utf-8' | 'utf-16le' | 'gb18030';
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Known binary formats people upload by mistake. */
const FOREIGN_MAGIC: [Buffer, string][] = [
  [Buffer.from('%PDF'), 'PDF'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'PNG'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'JPEG'],
  [Buffer.from('GIF8'), 'GIF'],
  [Buffer.from([0x1f, 0x8b]), 'gzip'],
];

function notSpreadsheet(detail: LocalText | string): BadInputError {
  return Errors.badInput('NOT_A_SPREADSHEET', { detail });
}

const DAMAGED = local('压缩包已损坏', 'the archive is damaged');
const NOT_A_WORKBOOK = local('压缩包不是有效的 Excel 工作簿', 'the archive is not a valid Excel workbook');

/** A cell as text. Formulas are kept as their text (=SUM(A1:A3)), never evaluated or taken from a cached result. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    // Excel dates have no zone: keep the calendar date (and the time when there is one).
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof v === 'object') {
    if ('formula' in v && v.formula) return `=${v.formula}`;
    if ('sharedFormula' in v && v.sharedFormula) return `=${v.sharedFormula}`;
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('text' in v && 'hyperlink' in v) return cellText((v as { text: ExcelJS.CellValue }).text);
    if ('error' in v) return String((v as { error: string }).error);
    return JSON.stringify(v);
  }
  return '';
}

/**
 * A workbook of 50,000 rows by 10 columns written by Excel or ExcelJS unpacks to about 31 MB; four times
 * that is allowed. Beyond it, ExcelJS's in-memory model would take gigabytes.
 */
export const MAX_XLSX_UNPACKED_BYTES = 128 * 1024 * 1024;

interface ZipEntry {
  method: number;
  /** The compressed bytes as the central directory places them (what an unzipper reads); undefined when outside the file. */
  data?: Buffer;
  declaredSize: number;
}

/**
 * The entries of a zip's central directory, read without unpacking anything; undefined when the
 * directory cannot be found or uses ZIP64 (sizes beyond 4 GB).
 */
function zipEntries(buf: Buffer): ZipEntry[] | undefined {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const count = buf.readUInt16LE(i + 10);
    let p = buf.readUInt32LE(i + 16);
    const entries: ZipEntry[] = [];
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
      const compressed = buf.readUInt32LE(p + 20);
      const declaredSize = buf.readUInt32LE(p + 24);
      if (declaredSize === 0xffffffff || compressed === 0xffffffff) return undefined;
      const local = buf.readUInt32LE(p + 42);
      let data: Buffer | undefined;
      if (local + 30 <= buf.length && buf.readUInt32LE(local) === 0x04034b50) {
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        if (start + compressed <= buf.length) data = buf.subarray(start, start + compressed);
      }
      entries.push({
        method: buf.readUInt16LE(p + 10),
        data,
        declaredSize,
      });
      p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    return entries;
  }
  return undefined;
}

/** Sum of the uncompressed sizes the central directory declares (a file may lie about them). */
export function zipUnpackedSize(buf: Buffer): number | undefined {
  return zipEntries(buf)?.reduce((sum, e) => sum + e.declaredSize, 0);
}

const unpackedTooLarge = () => Errors.tooLarge('FILE_TOO_LARGE');

/** Inflates one entry on zlib's thread pool, counting and discarding the output; stops once over budget. */
function inflateCounted(entry: ZipEntry, budget: { left: number }): Promise<void> {
  const data = entry.data;
  if (!data) return Promise.reject(notSpreadsheet(DAMAGED));
  if (entry.method === 0) {
    budget.left -= data.length;
    return budget.left < 0 ? Promise.reject(unpackedTooLarge()) : Promise.resolve();
  }
  if (entry.method !== 8)
    return Promise.reject(
      notSpreadsheet(local('压缩方式不受支持', 'its compression method is not supported')),
    );
  return new Promise((resolve, reject) => {
    const z = createInflateRaw();
    z.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        z.destroy();
        reject(unpackedTooLarge());
      }
    });
    z.on('end', () => resolve());
    z.on('error', () => reject(notSpreadsheet(DAMAGED)));
    z.end(data);
  });
}

/**
 * The bytes a workbook really unpacks to, capped: the declared sizes are checked first (cheap), then
 * every entry is inflated as a stream and counted, because a zip bomb understates them. Memory stays
 * at a chunk, and the event loop keeps serving while zlib works.
 */
export async function assertUnpacksWithin(buf: Buffer, cap = MAX_XLSX_UNPACKED_BYTES): Promise<void> {
  const entries = zipEntries(buf);
  if (!entries) throw notSpreadsheet(NOT_A_WORKBOOK);
  if (entries.reduce((sum, e) => sum + e.declaredSize, 0) > cap) throw unpackedTooLarge();
  const budget = { left: cap };
  for (const entry of entries) await inflateCounted(entry, budget);
}

/**
 * Reads the first visible worksheet. (ExcelJS's streaming reader was tried and corrupts multi-byte
 * characters that straddle its chunk boundaries, so the workbook is loaded whole, after the size check.)
 */
async function readXlsx(buf: Buffer, maxRows: number): Promise<SheetRow[]> {
  await assertUnpacksWithin(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw notSpreadsheet(NOT_A_WORKBOOK);
  }
  const ws = wb.worksheets.find((w) => w.state !== 'hidden' && w.actualRowCount > 0) ?? wb.worksheets[0];
  if (!ws) return [];
  if (ws.actualRowCount > maxRows + 1) throw tooManyRows(maxRows);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const values = r.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

const tooManyRows = (max: number) => Errors.badInput('TOO_MANY_ROWS', { max });

/** UTF-8 with or without BOM, UTF-16LE with BOM, else GB18030 (what Excel in China saves as "CSV"). */
export function decodeCsv(buf: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'gb18030' } {
  if (buf.subarray(0, 3).equals(UTF8_BOM))
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  }
}

/** The text in slices, handing the event loop back between them so other requests are served meanwhile. */
async function* slices(text: string, size = 8 * 1024): AsyncGenerator<string> {
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + size, text.length);
    // Never split a surrogate pair (an emoji, a rare 汉字): each slice becomes UTF-8 on its own.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    yield text.slice(i, end);
    i = end;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Parses as a stream and stops at the first row past the limit: a file of millions of rows costs what
 * the limit costs, not a parse of all of them (which held the event loop for seconds).
 */
async function readCsv(text: string, maxRows: number): Promise<SheetRow[]> {
  if (/\u0000/.test(text.slice(0, 8192)))
    throw notSpreadsheet(local('含有二进制内容', 'it contains binary content'));
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  // Leaving the loop early destroys the parser, and the pipeline then stops the source.
  pipeline(Readable.from(slices(text)), parser, () => undefined);
  const rows: SheetRow[] = [];
  let filled = 0;
  try {
    // Empty lines are records too (skip_empty_lines is off), so the count is the row a program shows.
    for await (const record of parser as AsyncIterable<string[]>) {
      // The header and up to maxRows data rows; blank lines do not count.
      if (record.some((c) => c.trim() !== '') && ++filled > maxRows + 1) throw tooManyRows(maxRows);
      rows.push({ row: rows.length + 1, cells: record });
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw Errors.badInput('MALFORMED_CSV', { problem: (e as Error).message.slice(0, 200) });
  }
  return rows;
}

/** Reads the first sheet of an .xlsx, or a .csv, into rows of text; the first non-empty row is the header. */
export async function readSheet(buf: Buffer, filename = '', maxRows = MAX_IMPORT_ROWS): Promise<Sheet> {
  if (!buf.length) throw Errors.badInput('EMPTY_FILE');
  const head = buf.subarray(0, 8);
  for (const [magic, name] of FOREIGN_MAGIC)
    if (head.subarray(0, magic.length).equals(magic)) throw notSpreadsheet(name);
  if (head.subarray(0, 4).equals(OLE)) throw Errors.badInput('UNSUPPORTED_XLS');
  let rows: SheetRow[];
  let format: Sheet['format'];
  let encoding: Sheet['encoding'];
  if (head.subarray(0, 4).equals(ZIP)) {
    format = 'xlsx';
    rows = await readXlsx(buf, maxRows);
  } else {
    if (/\.(xlsx|xlsm)$/i.test(filename))
      throw notSpreadsheet(
        local('扩展名为 .xlsx 但内容不是 Excel 工作簿', 'it is named .xlsx but is not an Excel workbook'),
      );
    format = 'csv';
    const decoded = decodeCsv(buf);
    encoding = decoded.encoding;
    rows = await readCsv(decoded.text, maxRows);
  }
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!nonEmpty.length) throw Errors.badInput('EMPTY_FILE');
  const [header, ...data] = nonEmpty;
  if (!data.length) throw Errors.badInput('EMPTY_FILE');
  if (data.length > maxRows) throw tooManyRows(maxRows);
  return {
    format,
    encoding,
    headerRow: header.row,
    headers: header.cells.map((c) => c.trim()),
    rows: data.filter((r) => r.row > header.row),
  };
}
