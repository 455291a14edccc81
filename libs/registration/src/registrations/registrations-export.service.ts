import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AuditService, canReadPii } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { PiiCipher } from '@xs/platform';
import { RegistrationsRepository } from './registrations.repository';
import { SessionAccess } from './session-access';

const STATUS_ZH: Record<string, string> = { confirmed: '已确认', waitlisted: '候补', cancelled: '已取消' };
const ROLE_ZH: Record<string, string> = {
  resident: '居民',
  member: '政协委员',
  expert: '专家',
  department: '部门代表',
  media: '媒体',
  other: '其他',
};
const BATCH = 500;

/** 报名名单 as XLSX, written row by row (exceljs WorkbookWriter) so a large session never sits in memory. */
@Injectable()
export class RegistrationsExportService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly access: SessionAccess,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
  ) {}

  /** Checks access first so that errors still answer as JSON before any byte is written. */
  async prepare(p: Principal, sessionId: string) {
    const session = await this.access.forStaffRead(p, sessionId);
    return { session, filename: `registrations-${sessionId.slice(0, 8)}.xlsx` };
  }

  async write(p: Principal, sessionId: string, title: string, out: Writable): Promise<number> {
    const unmasked = canReadPii(p);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: true,
    });
    const ws = wb.addWorksheet('报名名单');
    ws.columns = [
      { header: '序号', key: 'n', width: 8 },
      { header: '姓名', key: 'name', width: 16 },
      { header: '手机号', key: 'phone', width: 16 },
      { header: '社区', key: 'community', width: 20 },
      { header: '身份', key: 'role', width: 10 },
      { header: '状态', key: 'status', width: 10 },
      { header: '候补序号', key: 'position', width: 10 },
      { header: '现场登记', key: 'walkIn', width: 10 },
      { header: '签到时间', key: 'checkedInAt', width: 22 },
      { header: '发言意向', key: 'speakIntent', width: 40 },
      { header: '报名时间', key: 'createdAt', width: 22 },
    ];
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    let after = 0;
    let n = 0;
    let waitPos = 0;
    const revealed: string[] = [];
    for (;;) {
      const rows = await this.repo.page(sessionId, after, BATCH);
      if (!rows.length) break;
      for (const r of rows) {
        n++;
        if (r.status === 'waitlisted') waitPos++;
        if (unmasked && r.phoneEnc) revealed.push(r.id);
        ws.addRow({
          n,
          name: r.name,
          phone: this.pii.reveal(r.phoneEnc, unmasked) ?? (r.phoneErasedAt ? '（已删除）' : ''),
          community: r.community ?? '',
          role: ROLE_ZH[r.role] ?? r.role,
          status: STATUS_ZH[r.status] ?? r.status,
          position: r.status === 'waitlisted' ? waitPos : null,
          walkIn: r.walkIn ? '是' : '',
          checkedInAt: r.checkedInAt ? new Date(r.checkedInAt).toISOString() : '',
          speakIntent: r.speakIntent ?? '',
          createdAt: new Date(r.createdAt).toISOString(),
        }).commit();
      }
      after = rows[rows.length - 1].seq;
    }
    ws.commit();
    await wb.commit();
    await this.audit.by(p, 'registration.export', { type: 'session', id: sessionId }, 'ok', null, {
      title,
      rows: n,
      unmasked,
    });
    if (revealed.length) {
      await this.audit.by(p, 'pii.read', { type: 'session.registrations', id: sessionId }, 'ok', null, {
        via: 'registrations.xlsx',
        count: revealed.length,
      });
    }
    return n;
  }
}
