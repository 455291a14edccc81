import ExcelJS from 'exceljs';
import { KIND_CODES, MEMBER_LEVELS, WORKSTATION_KINDS } from '../workstations/workstation-kinds';
import { MEMBER_COLUMNS, MEMBER_REQUIRED, WORKSTATION_COLUMNS, WORKSTATION_REQUIRED } from './columns';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export { XLSX_TYPE };

function header<K extends string>(
  spec: Record<K, readonly string[]>,
  required: K[],
): { key: K; title: string }[] {
  return (Object.keys(spec) as K[]).map((k) => ({
    key: k,
    title: `${spec[k][0]}${required.includes(k) ? '*' : ''}`,
  }));
}

function styleHeader(ws: ExcelJS.Worksheet): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The workstation import template: Chinese headings (* = required), one example row, a sheet of notes. */
export async function workstationTemplate(sectors: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '协商在基层';
  const ws = wb.addWorksheet('场所');
  const cols = header(WORKSTATION_COLUMNS, WORKSTATION_REQUIRED);
  ws.columns = cols.map((c) => ({ header: c.title, key: c.key, width: Math.max(12, c.title.length * 3) }));
  ws.getColumn('address').width = 36;
  ws.getColumn('openingHours').width = 40;
  ws.addRow({
    name: '青云街道委员工作室',
    kind: '委员工作室',
    regionCode: '530103006',
    address: '昆明市盘龙区青云街道昙华路 1 号',
    lat: 25.0533,
    lng: 102.7481,
    crs: 'GCJ02',
    sector: sectors.includes('社会福利和社会保障界') ? '社会福利和社会保障界' : (sectors[0] ?? ''),
    capacity: 40,
    contactPhone: '0871-65123456',
    openingHours: '周一至周五 09:00-12:00,14:00-17:30；周六 09:00-12:00',
    status: '启用',
    code: 'KM-PL-001',
  });
  styleHeader(ws);
  const lists = wb.addWorksheet('选项');
  lists.getColumn(1).values = ['类型', ...Object.values(WORKSTATION_KINDS)];
  lists.getColumn(2).values = ['类型代码', ...KIND_CODES];
  lists.getColumn(3).values = ['坐标系', 'GCJ02', 'WGS84', 'CGCS2000'];
  lists.getColumn(4).values = ['界别', ...sectors];
  lists.getColumn(5).values = ['状态', '启用', '停用'];
  lists.columns.forEach((c) => (c.width = 18));
  const kinds = Object.keys(WORKSTATION_KINDS).length;
  for (let r = 2; r <= 1000; r++) {
    ws.getCell(r, 2).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`选项!$A$2:$A$${kinds + 1}`],
    };
    ws.getCell(r, 7).dataValidation = { type: 'list', allowBlank: true, formulae: ['选项!$C$2:$C$4'] };
    ws.getCell(r, 8).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`选项!$D$2:$D$${sectors.length + 1}`],
    };
    ws.getCell(r, 12).dataValidation = { type: 'list', allowBlank: true, formulae: ['选项!$E$2:$E$3'] };
  }
  const notes = wb.addWorksheet('填写说明');
  notes.getColumn(1).width = 100;
  for (const line of [
    '带 * 的列必填。英文字段名（name, kind, regionCode, address, lat, lng, crs, sector, capacity, contactPhone, openingHours, status, code）可作为列名。',
    '类型：填中文名（如 委员工作室）或代码（如 member_studio），见“选项”表。',
    '行政区划代码：6 位（区县）、9 位（街道/乡镇）或 12 位（社区/村）国家行政区划代码。',
    '坐标：纬度、经度为十进制度数；坐标系填 GCJ02（高德、腾讯地图）、WGS84（GPS）或 CGCS2000（天地图），不填按 GCJ02。',
    '开放时间：如“周一至周五 09:00-12:00,14:00-17:30；周六 09:00-12:00”。节假日等例外请在系统中设置。',
    '再次导入时按“编号”更新；没有编号时按“名称 + 行政区划代码”更新，不会重复创建。',
    '公式不会被计算，按原文保存；CSV 文件可用 UTF-8（含或不含 BOM）或 GB18030（Excel 默认）编码。',
  ])
    notes.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The member import template. */
export async function memberTemplate(sectors: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '协商在基层';
  const ws = wb.addWorksheet('委员');
  const cols = header(MEMBER_COLUMNS, MEMBER_REQUIRED);
  ws.columns = cols.map((c) => ({ header: c.title, key: c.key, width: Math.max(12, c.title.length * 3) }));
  ws.addRow({
    name: '李明',
    level: '县级',
    sector: sectors.includes('教育界') ? '教育界' : (sectors[0] ?? ''),
    regionCode: '530102',
    party: '中国民主同盟',
    phone: '13800000000',
    code: 'WH-0001',
  });
  styleHeader(ws);
  const lists = wb.addWorksheet('选项');
  lists.getColumn(1).values = ['级别', ...Object.values(MEMBER_LEVELS)];
  lists.getColumn(2).values = ['界别', ...sectors];
  for (let r = 2; r <= 1000; r++) {
    ws.getCell(r, 2).dataValidation = { type: 'list', allowBlank: true, formulae: ['选项!$A$2:$A$5'] };
    ws.getCell(r, 3).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`选项!$B$2:$B$${sectors.length + 1}`],
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
