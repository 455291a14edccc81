import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { BadInputError } from '@xs/platform';
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

function notSpreadsheet(detail: string): BadInputError {
  return new BadInputError('NOT_A_SPREADSHEET', `文件不是 .xlsx 或 .csv 表格（${detail}）`);
}

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

/** Uncompressed workbooks above this are refused before unpacking (a small "zip bomb" cannot exhaust memory). */
export const MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * Sum of the uncompressed sizes in a zip's central directory, read without unpacking anything;
 * undefined when the directory cannot be found or uses ZIP64 (sizes beyond 4 GB).
 */
export function zipUnpackedSize(buf: Buffer): number | undefined {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const count = buf.readUInt16LE(i + 10);
    let p = buf.readUInt32LE(i + 16);
    let total = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
      const size = buf.readUInt32LE(p + 24);
      if (size === 0xffffffff) return undefined;
      total += size;
      p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    return total;
  }
  return undefined;
}

/**
 * Reads the first visible worksheet. (ExcelJS's streaming reader was tried and corrupts multi-byte
 * characters that straddle its chunk boundaries, so the workbook is loaded whole, after the size check.)
 */
async function readXlsx(buf: Buffer, maxRows: number): Promise<SheetRow[]> {
  const unpacked = zipUnpackedSize(buf);
  if (unpacked === undefined) throw notSpreadsheet('压缩包不是有效的 Excel 工作簿');
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw Errors.tooLarge('FILE_TOO_LARGE');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw notSpreadsheet('压缩包不是有效的 Excel 工作簿');
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

const tooManyRows = (max: number) => new BadInputError('TOO_MANY_ROWS', `一次最多导入 ${max} 行，请拆分文件`);

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

function readCsv(text: string): SheetRow[] {
  if (/\u0000/.test(text.slice(0, 8192))) throw notSpreadsheet('含有二进制内容');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      bom: true,
    }) as unknown as { record: string[]; info: { records: number } }[];
  } catch (e) {
    throw new BadInputError('MALFORMED_CSV', `CSV 无法解析：${(e as Error).message.slice(0, 200)}`);
  }
  return records.map((r) => ({ row: r.info.records, cells: r.record }));
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
    if (/\.(xlsx|xlsm)$/i.test(filename)) throw notSpreadsheet('扩展名为 .xlsx 但内容不是 Excel 工作簿');
    format = 'csv';
    const decoded = decodeCsv(buf);
    encoding = decoded.encoding;
    rows = readCsv(decoded.text);
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
