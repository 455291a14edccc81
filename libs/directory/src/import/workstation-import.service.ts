import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, inReach, inScope, limitedToWorkstations } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { DomainError, normalizeZh } from '@xs/platform';
import type { Crs } from '../geo/coords';
import type { OpeningHours } from '../hours/opening-hours';
import { RegionsRepository } from '../regions/regions.repository';
import { parseKind } from '../workstations/workstation-kinds';
import { CONTACT_PHONE_RE } from '../workstations/workstations.dto';
import { WorkstationWrite } from '../workstations/workstations.repository';
import { WorkstationsService } from '../workstations/workstations.service';
import {
  lockForImport,
  matchWorkstations,
  retryOnceOnDuplicate,
  transactionOrPreview,
  writeWorkstations,
} from './bulk-writes.repository';
import { type OnProgress, PROGRESS_EVERY, yieldTurn } from './import-progress';
import {
  parseCrs,
  parseDecimal,
  parseOpeningHoursText,
  parseStatus,
  WORKSTATION_COLUMNS,
  WORKSTATION_REQUIRED,
  WorkstationColumn,
} from './columns';
import { ImportError, ImportResult } from './import-result';
import { finishImport, headingsOf, openImportSheet } from './import-sheet';
import { Errors } from '../errors';

const HEADING = headingsOf(WORKSTATION_COLUMNS);

/**
 * Imports workstations from .xlsx / .csv. Good rows are written, bad rows come back with their row
 * number, field and reason; re-importing updates by `编号` (code) or else by name + region. The whole
 * import is one transaction (serialised by an advisory lock), so a failure leaves nothing half-written.
 */
@Injectable()
export class WorkstationImportService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionsRepository,
    private readonly workstations: WorkstationsService,
    private readonly audit: AuditService,
  ) {}

  async import(
    p: Principal,
    file: { buffer: Buffer; originalname: string },
    dryRun = false,
    progress: OnProgress = () => undefined,
  ): Promise<ImportResult> {
    const src = await openImportSheet(file, WORKSTATION_COLUMNS, WORKSTATION_REQUIRED);
    if ((src.map.index.lat === undefined) !== (src.map.index.lng === undefined)) {
      // Latitude and longitude come together: the one absent is missing.
      const absent = src.map.index.lat === undefined ? '纬度' : '经度';
      throw Errors.badInput('MISSING_COLUMNS', { columns: absent }, { missing: [absent] });
    }
    const { present, cell: cellOf } = src;

    // A place created by hand between matching and writing makes the insert collide: match again once.
    const result = await retryOnceOnDuplicate(() =>
      transactionOrPreview(this.db, dryRun, async (m) => {
        await lockForImport(m, 'workstations');
        const known = await this.regions.allCodes(m);
        const errors: ImportError[] = [];
        const good: { row: number; w: WorkstationWrite }[] = [];
        const seenKey = new Map<string, number>();
        const total = src.rows.length;
        progress({ stage: 'checking', done: 0, total });
        for (const [i, r] of src.rows.entries()) {
          if (i > 0 && i % PROGRESS_EVERY === 0) {
            progress({ stage: 'checking', done: i, total });
            await yieldTurn();
          }
          const cell = (f: WorkstationColumn) => cellOf(r, f);
          const rowErrors: ImportError[] = [];
          const err = (f: WorkstationColumn | 'row', message: string) =>
            rowErrors.push({ row: r.row, field: f === 'row' ? 'row' : HEADING[f], message });

          const name = cell('name');
          if (!name) err('name', '名称不能为空');
          else if (name.length > 200) err('name', '名称不能超过 200 字');
          const kindRaw = cell('kind');
          const kind = kindRaw ? parseKind(normalizeZh(kindRaw)) : undefined;
          if (!kindRaw) err('kind', '类型不能为空');
          else if (!kind)
            err('kind', `未知的类型“${kindRaw}”（可填代码如 member_studio 或中文如 委员工作室）`);
          const regionCode = cell('regionCode').replace(/\.0+$/, '');
          if (!regionCode) err('regionCode', '行政区划代码不能为空');
          else if (!known.has(regionCode)) err('regionCode', `未知的行政区划代码 ${regionCode}`);
          else if (!inScope(p, regionCode)) err('regionCode', `${regionCode} 不在您的管辖区域内`);
          const address = cell('address');
          if (!address) err('address', '地址不能为空');
          else if (address.length > 300) err('address', '地址不能超过 300 字');

          let location: { lat: number; lng: number; crs: Crs } | null = null;
          const latRaw = cell('lat');
          const lngRaw = cell('lng');
          if (latRaw || lngRaw) {
            const lat = parseDecimal(latRaw);
            const lng = parseDecimal(lngRaw);
            const crsRaw = cell('crs');
            const crs = crsRaw ? parseCrs(crsRaw) : 'GCJ02';
            if (!latRaw) err('lat', '填写了经度时纬度不能为空');
            else if (lat === undefined) err('lat', `纬度“${latRaw}”不是数字`);
            else if (lat < -90 || lat > 90) err('lat', `纬度 ${lat} 超出范围（-90 至 90）`);
            if (!lngRaw) err('lng', '填写了纬度时经度不能为空');
            else if (lng === undefined) err('lng', `经度“${lngRaw}”不是数字`);
            else if (lng < -180 || lng > 180) err('lng', `经度 ${lng} 超出范围（-180 至 180）`);
            if (!crs) err('crs', `未知的坐标系“${crsRaw}”（GCJ02、WGS84 或 CGCS2000）`);
            if (
              lat !== undefined &&
              lng !== undefined &&
              crs &&
              !rowErrors.some((e) => e.field === '纬度' || e.field === '经度')
            )
              location = { lat, lng, crs };
          }
          let capacity: number | null = null;
          const capRaw = cell('capacity');
          if (capRaw) {
            const c = parseDecimal(capRaw);
            if (c === undefined || !Number.isInteger(c) || c < 0 || c > 100000)
              err('capacity', `容纳人数“${capRaw}”应为 0–100000 的整数`);
            else capacity = c;
          }
          const phone = cell('contactPhone').replace(/[\s]/g, '');
          if (phone && !CONTACT_PHONE_RE.test(phone)) err('contactPhone', `联系电话“${phone}”格式不正确`);
          let status: 'active' | 'suspended' = 'active';
          const statusRaw = cell('status');
          if (statusRaw) {
            const s = parseStatus(statusRaw);
            if (!s) err('status', `未知的状态“${statusRaw}”（启用 或 停用）`);
            else status = s;
          }
          let openingHours: OpeningHours | null = null;
          const hoursRaw = cell('openingHours');
          if (hoursRaw) {
            const h = parseOpeningHoursText(hoursRaw);
            if (typeof h === 'string') err('openingHours', h);
            else openingHours = h;
          }
          const code = cell('code');
          if (code.length > 64) err('code', '编号不能超过 64 字');
          if (rowErrors.length) {
            errors.push(...rowErrors);
            continue;
          }
          let w: WorkstationWrite;
          try {
            w = this.workstations.prepareSync({
              name,
              kind: kind!,
              regionCode,
              address,
              location,
              sector: cell('sector') || null,
              openingHours,
              capacity,
              contactPhone: phone || null,
              code: code || null,
              status,
            });
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            const field = (e.details?.field as WorkstationColumn | undefined) ?? 'row';
            errors.push({
              row: r.row,
              field: field === 'row' ? 'row' : (HEADING[field] ?? field),
              message: e.message,
            });
            continue;
          }
          const keys = [`nr:${w.name}\u0000${w.regionCode}`, ...(w.code ? [`code:${w.code}`] : [])];
          const dupOf = keys.map((k) => seenKey.get(k)).find((x) => x !== undefined);
          if (dupOf !== undefined) {
            errors.push({
              row: r.row,
              field: keys.some((k) => k.startsWith('code:') && seenKey.has(k)) ? HEADING.code : HEADING.name,
              message: `与第 ${dupOf} 行重复（同一${keys.some((k) => k.startsWith('code:') && seenKey.has(k)) ? '编号' : '名称与行政区划'}）`,
            });
            continue;
          }
          for (const k of keys) seenKey.set(k, r.row);
          good.push({ row: r.row, w });
        }

        // Match existing live places: by code first, else by name + region.
        const existing = await matchWorkstations(
          m,
          good.filter((g) => g.w.code).map((g) => g.w.code!),
          good.map((g) => ({ name: g.w.name, regionCode: g.w.regionCode })),
        );
        const byCode = new Map(existing.filter((e) => e.code).map((e) => [e.code!, e]));
        const byNameRegion = new Map(existing.map((e) => [`${e.name}\u0000${e.regionCode}`, e]));
        const inserts: WorkstationWrite[] = [];
        const updates: { id: string; w: WorkstationWrite }[] = [];
        for (const { row, w } of good) {
          const c = w.code ? byCode.get(w.code) : undefined;
          const n = byNameRegion.get(`${w.name}\u0000${w.regionCode}`);
          if (c && n && c.id !== n.id) {
            errors.push({
              row,
              field: HEADING.name,
              message: `名称“${w.name}”在该区域已被另一场所（编号 ${n.code ?? '无'}）使用`,
            });
            continue;
          }
          const target = c ?? n;
          if (target && w.code && target.code && target.code !== w.code) {
            errors.push({
              row,
              field: HEADING.code,
              message: `该场所已有编号 ${target.code}，与文件中的 ${w.code} 不一致`,
            });
            continue;
          }
          if (target && !inScope(p, target.regionCode)) {
            errors.push({ row, field: HEADING.regionCode, message: '要更新的场所不在您的管辖区域内' });
            continue;
          }
          // A workstation manager updates only the places it manages and adds none.
          if (target ? !inReach(p, target.regionCode, target.id) : limitedToWorkstations(p)) {
            errors.push({ row, field: HEADING.name, message: '您只能更新自己负责的工作室' });
            continue;
          }
          if (target) updates.push({ id: target.id, w });
          else inserts.push(w);
        }
        progress({ stage: 'writing', done: 0, total: inserts.length + updates.length });
        await writeWorkstations(m, inserts, updates, present);
        return { created: inserts.length, updated: updates.length, errors };
      }),
    );
    return finishImport(this.audit, p, 'workstation.import', file, src, result, dryRun);
  }
}
