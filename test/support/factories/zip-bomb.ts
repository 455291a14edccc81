import ExcelJS from 'exceljs';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

interface Member {
  name: Buffer;
  method: number;
  crc: number;
  data: Buffer;
  size: number;
}

/** The members of a zip as its central directory lists them (no ZIP64, which ExcelJS never writes). */
function readZip(buf: Buffer): Member[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const members: Member[] = [];
  for (let n = 0; n < count; n++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const compressed = buf.readUInt32LE(p + 20);
    members.push({
      name: buf.subarray(p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      data: buf.subarray(start, start + compressed),
      size: buf.readUInt32LE(p + 24),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return members;
}

/** A plain zip (no data descriptors), sizes and CRCs written as given, however they relate to the data. */
function writeZip(members: Member[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(m.method, 8);
    head.writeUInt32LE(m.crc, 14);
    head.writeUInt32LE(m.data.length, 18);
    head.writeUInt32LE(m.size, 22);
    head.writeUInt16LE(m.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(m.method, 10);
    central.writeUInt32LE(m.crc, 16);
    central.writeUInt32LE(m.data.length, 20);
    central.writeUInt32LE(m.size, 24);
    central.writeUInt16LE(m.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, m.name, m.data);
    centrals.push(central, m.name);
    offset += 30 + m.name.length + m.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * A real workbook (written by ExcelJS) whose sheet is padded after its XML declaration with `padMb`
 * megabytes of spaces, while both zip headers keep declaring the sheet's original small size: the
 * probe's zip bomb. Each megabyte is one flushed deflate block repeated, so building it costs nothing.
 */
export async function understatedXlsx(padMb: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('场所');
  ws.addRow(['名称', '类型', '行政区划代码', '地址']);
  ws.addRow(['炸弹工作室', 'member_studio', '530102', '翠湖南路1号']);
  const members = readZip(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheet = members.find((m) => m.name.toString() === 'xl/worksheets/sheet1.xml');
  if (!sheet || sheet.method !== 8) throw new Error('ExcelJS wrote no deflated sheet1.xml');
  const xml = inflateRawSync(sheet.data);
  const cut = xml.indexOf('?>') + 2;
  const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  const megabyte = flushed(Buffer.alloc(1024 * 1024, 0x20));
  sheet.data = Buffer.concat([
    flushed(xml.subarray(0, cut)),
    ...Array.from({ length: padMb }, () => megabyte),
    deflateRawSync(xml.subarray(cut)),
  ]);
  return writeZip(members);
}
