import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { DomainError, MOBILE_RE, normalizePhone, normalizeZh } from '@xs/platform';
import { MemberWrite } from '../members/members.repository';
import { MembersService } from '../members/members.service';
import { RegionsRepository } from '../regions/regions.repository';
import { parseLevel } from '../workstations/workstation-kinds';
import {
  lockForImport,
  matchMembers,
  memberPhoneOwners,
  retryOnceOnDuplicate,
  transactionOrPreview,
  writeMembers,
} from './bulk-writes.repository';
import { type OnProgress, PROGRESS_EVERY, yieldTurn } from './import-progress';
import { MEMBER_COLUMNS, MEMBER_REQUIRED, MemberColumn } from './columns';
import { ImportError, ImportResult } from './import-result';
import { finishImport, headingsOf, openImportSheet } from './import-sheet';

const HEADING = headingsOf(MEMBER_COLUMNS);

/** Imports members (委员) like workstations: natural key 编号, else name + region; one transaction. */
@Injectable()
export class MemberImportService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionsRepository,
    private readonly members: MembersService,
    private readonly audit: AuditService,
  ) {}

  async import(
    p: Principal,
    file: { buffer: Buffer; originalname: string },
    dryRun = false,
    progress: OnProgress = () => undefined,
  ): Promise<ImportResult> {
    const src = await openImportSheet(file, MEMBER_COLUMNS, MEMBER_REQUIRED);
    const { present, cell: cellOf } = src;

    // A place created by hand between matching and writing makes the insert collide: match again once.
    const result = await retryOnceOnDuplicate(() =>
      transactionOrPreview(this.db, dryRun, async (m) => {
        await lockForImport(m, 'members');
        const known = await this.regions.allCodes(m);
        const errors: ImportError[] = [];
        const good: { row: number; w: MemberWrite }[] = [];
        const seenKey = new Map<string, number>();
        const seenPhone = new Map<string, number>();
        const total = src.rows.length;
        progress({ stage: 'checking', done: 0, total });
        for (const [i, r] of src.rows.entries()) {
          if (i > 0 && i % PROGRESS_EVERY === 0) {
            progress({ stage: 'checking', done: i, total });
            await yieldTurn();
          }
          const cell = (f: MemberColumn) => cellOf(r, f);
          const rowErrors: ImportError[] = [];
          const err = (f: MemberColumn, message: string) =>
            rowErrors.push({ row: r.row, field: HEADING[f], message });
          const name = cell('name');
          if (!name) err('name', '姓名不能为空');
          else if (name.length > 60) err('name', '姓名不能超过 60 字');
          const levelRaw = cell('level');
          const level = levelRaw ? parseLevel(normalizeZh(levelRaw)) : undefined;
          if (!levelRaw) err('level', '级别不能为空');
          else if (!level) err('level', `未知的级别“${levelRaw}”（全国、省级、市级、县级）`);
          const regionCode = cell('regionCode').replace(/\.0+$/, '');
          if (!regionCode) err('regionCode', '行政区划代码不能为空');
          else if (!known.has(regionCode)) err('regionCode', `未知的行政区划代码 ${regionCode}`);
          else if (!inScope(p, regionCode)) err('regionCode', `${regionCode} 不在您的管辖区域内`);
          const phone = normalizePhone(cell('phone').replace(/\.0+$/, ''));
          if (phone && !MOBILE_RE.test(phone)) err('phone', `手机号“${phone}”格式不正确`);
          const party = cell('party');
          if (party.length > 60) err('party', '党派不能超过 60 字');
          const code = cell('code');
          if (code.length > 64) err('code', '编号不能超过 64 字');
          if (rowErrors.length) {
            errors.push(...rowErrors);
            continue;
          }
          let w: MemberWrite;
          try {
            w = this.members.prepareSync({
              name,
              level: level!,
              sector: cell('sector') || null,
              regionCode,
              party: party || null,
              phone: phone || null,
              code: code || null,
            });
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            const field = e.details?.field as MemberColumn | undefined;
            errors.push({ row: r.row, field: field ? (HEADING[field] ?? field) : 'row', message: e.message });
            continue;
          }
          const keys = [`nr:${w.name}\u0000${w.regionCode}`, ...(w.code ? [`code:${w.code}`] : [])];
          const dupOf = keys.map((k) => seenKey.get(k)).find((x) => x !== undefined);
          if (dupOf !== undefined) {
            errors.push({
              row: r.row,
              field: w.code && seenKey.has(`code:${w.code}`) ? HEADING.code : HEADING.name,
              message: `与第 ${dupOf} 行重复`,
            });
            continue;
          }
          if (w.phoneBidx && seenPhone.has(w.phoneBidx)) {
            errors.push({
              row: r.row,
              field: HEADING.phone,
              message: `手机号与第 ${seenPhone.get(w.phoneBidx)} 行重复`,
            });
            continue;
          }
          for (const k of keys) seenKey.set(k, r.row);
          if (w.phoneBidx) seenPhone.set(w.phoneBidx, r.row);
          good.push({ row: r.row, w });
        }

        const existing = await matchMembers(
          m,
          good.filter((g) => g.w.code).map((g) => g.w.code!),
          good.map((g) => ({ name: g.w.name, regionCode: g.w.regionCode })),
        );
        const phoneOwners = await memberPhoneOwners(
          m,
          good.filter((g) => g.w.phoneBidx).map((g) => g.w.phoneBidx!),
        );
        const ownerOf = new Map(phoneOwners.map((o) => [o.bidx, o.id]));
        const byCode = new Map(existing.filter((e) => e.code).map((e) => [e.code!, e]));
        // Two members of one name in one region exist in real lists; match by name only when unique.
        const nameCount = new Map<string, number>();
        for (const e of existing)
          nameCount.set(
            `${e.name}\u0000${e.regionCode}`,
            (nameCount.get(`${e.name}\u0000${e.regionCode}`) ?? 0) + 1,
          );
        const byNameRegion = new Map(existing.map((e) => [`${e.name}\u0000${e.regionCode}`, e]));
        const inserts: MemberWrite[] = [];
        const updates: { id: string; w: MemberWrite }[] = [];
        for (const { row, w } of good) {
          const key = `${w.name}\u0000${w.regionCode}`;
          let target = w.code ? byCode.get(w.code) : undefined;
          if (!target && !w.code) {
            if ((nameCount.get(key) ?? 0) > 1) {
              errors.push({
                row,
                field: HEADING.name,
                message: `该区域有多位名为“${w.name}”的委员，请填写编号以区分`,
              });
              continue;
            }
            target = byNameRegion.get(key);
          } else if (!target && w.code) {
            const n = byNameRegion.get(key);
            if (n && !n.code && (nameCount.get(key) ?? 0) === 1) target = n;
          }
          if (target && w.code && target.code && target.code !== w.code) {
            errors.push({
              row,
              field: HEADING.code,
              message: `该委员已有编号 ${target.code}，与文件中的 ${w.code} 不一致`,
            });
            continue;
          }
          if (w.phoneBidx && ownerOf.has(w.phoneBidx) && ownerOf.get(w.phoneBidx) !== target?.id) {
            errors.push({ row, field: HEADING.phone, message: '该手机号已登记为另一位委员' });
            continue;
          }
          if (target && !inScope(p, target.regionCode)) {
            errors.push({ row, field: HEADING.regionCode, message: '要更新的委员不在您的管辖区域内' });
            continue;
          }
          if (target) updates.push({ id: target.id, w });
          else inserts.push(w);
        }
        progress({ stage: 'writing', done: 0, total: inserts.length + updates.length });
        await writeMembers(m, inserts, updates, present);
        return { created: inserts.length, updated: updates.length, errors };
      }),
    );
    return finishImport(this.audit, p, 'member.import', file, src, result, dryRun);
  }
}
