import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DomainError } from '@xs/platform';
import { understatedXlsx } from '@test/factories/zip-bomb';
import { assertUnpacksWithin, decodeCsv, readSheet, zipUnpackedSize } from './spreadsheet';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('a');
  for (const r of rows) ws.addRow(r);
  ws.getCell('B3').value = { formula: 'SUM(1,2)', result: 3 };
  ws.getCell('C3').value = new Date('2026-05-04T00:00:00Z');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function code(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'OTHER';
  }
  return undefined;
}

describe('spreadsheet reading', () => {
  it('streams the first sheet of an xlsx: row numbers as Excel shows them, formulas as text, dates as dates', async () => {
    const sheet = await readSheet(await xlsx([['名称', '数量', '日期'], [], ['甲', null, null]]), 'a.xlsx');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.headers).toEqual(['名称', '数量', '日期']);
    expect(sheet.rows).toEqual([{ row: 3, cells: ['甲', '=SUM(1,2)', '2026-05-04'] }]);
  });

  it('keeps every Chinese character intact across 10,000 rows (a streaming reader corrupted some)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('场所');
    ws.addRow(['名称', '地址']);
    for (let i = 0; i < 10000; i++) ws.addRow([`导入场所${i}`, `昆明市五华区翠湖南路${i}号`]);
    const sheet = await readSheet(Buffer.from(await wb.xlsx.writeBuffer()), 'big.xlsx');
    expect(sheet.rows).toHaveLength(10000);
    const bad = sheet.rows.filter(
      (r, i) => r.cells[0] !== `导入场所${i}` || r.cells[1] !== `昆明市五华区翠湖南路${i}号`,
    );
    expect(bad).toEqual([]);
  });

  it('measures the unpacked size of a workbook before opening it', async () => {
    const buf = await xlsx([['名称'], ['甲']]);
    const size = zipUnpackedSize(buf)!;
    expect(size).toBeGreaterThan(buf.length);
    expect(zipUnpackedSize(Buffer.from('not a zip at all, just some text'))).toBeUndefined();
  });

  it('refuses a workbook that would unpack to more than 128 MB, before unpacking it', async () => {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(1000, 20);
    central.writeUInt32LE(300 * 1024 * 1024, 24);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46, 12);
    end.writeUInt32LE(30, 16);
    const bomb = Buffer.concat([local, central, end]);
    expect(zipUnpackedSize(bomb)).toBe(300 * 1024 * 1024);
    expect(await code(readSheet(bomb, 'bomb.xlsx'))).toBe('FILE_TOO_LARGE');
  });

  it('counts the bytes it really inflates: a bomb whose headers understate its sheet is refused', async () => {
    const bomb = await understatedXlsx(200);
    expect(bomb.length).toBeLessThan(400 * 1024);
    expect(zipUnpackedSize(bomb)).toBeLessThan(64 * 1024);
    // The bomb is a sound zip: with room enough it unpacks; it holds more than 200 MB.
    await expect(assertUnpacksWithin(bomb, 300 * 1024 * 1024)).resolves.toBeUndefined();
    expect(await code(assertUnpacksWithin(bomb, 200 * 1024 * 1024))).toBe('FILE_TOO_LARGE');
    expect(await code(readSheet(bomb, 'bomb.xlsx'))).toBe('FILE_TOO_LARGE');
    // Without the padding, the same workbook reads as usual.
    expect((await readSheet(await understatedXlsx(0), 'small.xlsx')).rows).toHaveLength(1);
  });

  it('reads a CSV longer than one parsing slice intact, characters outside the BMP included', async () => {
    const lines = ['名称,地址', ...Array.from({ length: 30_000 }, (_, i) => `𠀀场所${i},地址😀${i}`)];
    const sheet = await readSheet(Buffer.from(lines.join('\n')), 'long.csv');
    expect(sheet.rows).toHaveLength(30_000);
    expect(sheet.rows.filter((r, i) => r.cells.join(',') !== lines[i + 1])).toEqual([]);
  });

  it('stops reading past the row limit', async () => {
    const rows = [['名称'], ...Array.from({ length: 30 }, (_, i) => [`行${i}`])];
    expect(await code(readSheet(await xlsx(rows), 'a.xlsx', 10))).toBe('TOO_MANY_ROWS');
    const csv = rows.map((r) => r[0]).join('\n');
    expect(await code(readSheet(Buffer.from(csv), 'a.csv', 10))).toBe('TOO_MANY_ROWS');
    expect((await readSheet(Buffer.from(csv), 'a.csv', 30)).rows).toHaveLength(30);
  });

  it('decodes UTF-8 (with or without BOM), UTF-16LE and GB18030, and reads tab-separated text', async () => {
    const text = '名称,地址\n委员之家,盘龙区';
    expect(decodeCsv(Buffer.from(text)).text).toBe(text);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeCsv(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
    const tsv = await readSheet(Buffer.from('名称\t地址\n甲\t乙, 丙\n'), 'a.txt');
    expect(tsv.rows[0].cells).toEqual(['甲', '乙, 丙']);
  });

  it('refuses what is not a spreadsheet', async () => {
    expect(await code(readSheet(Buffer.from('%PDF-1.7 ...'), 'a.pdf'))).toBe('NOT_A_SPREADSHEET');
    expect(await code(readSheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'a.xlsx'))).toBe(
      'NOT_A_SPREADSHEET',
    );
    expect(await code(readSheet(Buffer.from('a,b\n\u0000\u0001\u0002'), 'a.csv'))).toBe('NOT_A_SPREADSHEET');
    expect(await code(readSheet(Buffer.from('\n\n ,\n'), 'a.csv'))).toBe('EMPTY_FILE');
  });
});
