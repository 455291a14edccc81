import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Column } from './tables';
import { csvField, neutralise, shanghaiCellDate, shanghaiText } from './sheet-safety';

/** Waits for the consumer when its buffer is full, so a slow download never piles rows up in memory. */
export async function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** CSV: UTF-8 with a BOM (Excel reads Chinese correctly), CRLF lines, dates in Asia/Shanghai. */
export class CsvWriter<R> {
  constructor(
    private readonly out: Writable,
    private readonly columns: Column<R>[],
  ) {}

  start(): void {
    this.out.write('\uFEFF' + this.columns.map((c) => csvField(c.header)).join(',') + '\r\n');
  }

  async rows(rows: R[]): Promise<void> {
    let chunk = '';
    for (const r of rows) {
      chunk +=
        this.columns
          .map((c) => {
            const v = c.value(r);
            if (c.kind === 'date') return csvField(shanghaiText(v as Date | null));
            if (c.kind === 'rate') return csvField(v === null ? '' : `${((v as number) * 100).toFixed(2)}%`);
            return csvField(v);
          })
          .join(',') + '\r\n';
    }
    if (!this.out.write(chunk)) await drained(this.out);
  }
}

export type XlsxSheet = ExcelJS.Worksheet;

/** A sheet with Chinese headers, the header row frozen, set widths, Shanghai dates and neutralised text. */
export function addSheet<R>(
  wb: ExcelJS.stream.xlsx.WorkbookWriter | ExcelJS.Workbook,
  name: string,
  columns: Column<R>[],
): XlsxSheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    style:
      c.kind === 'date'
        ? { numFmt: 'yyyy-mm-dd hh:mm' }
        : c.kind === 'rate'
          ? { numFmt: '0.00%' }
          : c.kind === 'text'
            ? { alignment: { wrapText: false, vertical: 'top' } }
            : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  return ws;
}

export function sheetRow<R>(columns: Column<R>[], r: R): (string | number | Date | null)[] {
  return columns.map((c) => {
    const v = c.value(r);
    if (c.kind === 'date') return shanghaiCellDate(v as Date | null);
    if (typeof v === 'string') return neutralise(v);
    return v;
  });
}
