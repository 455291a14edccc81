import type { Writable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONSENSUS_REPORT_PORT, OPINION_STATS_PORT } from '@xs/contracts';
import type { ConsensusReportPort, OpinionStatsPort, OpinionStatsRow } from '@xs/contracts';
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { DIRECTORY_PORT, OUTCOME_READ_PORT } from '@xs/contracts';
import type { DirectoryPort, OutcomeReadPort, RegionPeriod } from '@xs/contracts';
import { AuditService, assertInScope, canReadPii, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { Metrics, PiiCipher } from '@xs/platform';
import type { RegionPeriodQuery } from './exports.dto';
import { ReportData } from './report';
import { reportDocx } from './report-docx';
import { reportPdf } from './report-pdf';
import { addSheet, CsvWriter, drained, sheetRow } from './table-writers';
import {
  Column,
  Named,
  NamedStatsRow,
  OPINION_COLUMNS,
  SESSION_COLUMNS,
  STATS_COLUMNS,
  statementColumns,
  suggestionColumns,
} from './tables';

interface SummaryRow {
  label: string;
  value: string | number;
}
const SUMMARY_COLUMNS: Column<SummaryRow>[] = [
  { header: '项目', width: 16, kind: 'text', value: (r) => r.label },
  { header: '数值', width: 40, kind: 'text', value: (r) => r.value },
];
import { Errors } from './errors';

export type TableFormat = 'xlsx' | 'csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(res: Response, type: string, ascii: string, chinese: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
}

/** Exports: streamed, region-scoped, phones masked unless pii:read, cells neutralised, audited. */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger('exports');

  constructor(
    @Inject(OUTCOME_READ_PORT) private readonly outcomes: OutcomeReadPort,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly metrics: Metrics,
    @Inject(OPINION_STATS_PORT) private readonly opinion: OpinionStatsPort,
    @Inject(CONSENSUS_REPORT_PORT) private readonly consensus: ConsensusReportPort,
  ) {}

  /** The caller's region (or a region inside it) and an optional period, as GET /stats reads them. */
  private scope(p: Principal, q: RegionPeriodQuery): RegionPeriod {
    const regionCode = q.region ?? p.regionCode;
    assertInScope(p, regionCode);
    return this.outcomes.period(regionCode, q.from, q.to);
  }

  /** Counts the export in xs_exports_running while it is written. */
  private async running<T>(format: string, work: () => Promise<T>): Promise<T> {
    this.metrics.exportsRunning.inc({ format });
    try {
      return await work();
    } finally {
      this.metrics.exportsRunning.dec({ format });
    }
  }

  async suggestionsTable(
    p: Principal,
    q: RegionPeriodQuery,
    format: TableFormat,
    res: Response,
  ): Promise<void> {
    const scope = this.scope(p, q);
    const reveal = canReadPii(p);
    await this.audit.by(
      p,
      `export.suggestions.${format}`,
      { type: 'export', id: scope.regionCode },
      'ok',
      null,
      {
        ...this.describe(scope),
        phones: reveal ? 'revealed' : 'masked',
      },
    );
    if (reveal) await this.audit.by(p, 'pii.read', { type: 'export', id: `suggestions:${scope.regionCode}` });
    const columns = suggestionColumns(this.pii, reveal);
    const names = this.regionNames();
    const name = `建议办理情况-${(await names.of(scope.regionCode)) ?? scope.regionCode}`;
    await this.table(
      res,
      format,
      'suggestions',
      name,
      '建议清单',
      columns,
      names.rows(this.outcomes.suggestionRows(scope)),
      scope,
    );
  }

  async sessionsTable(p: Principal, q: RegionPeriodQuery, format: TableFormat, res: Response): Promise<void> {
    const scope = this.scope(p, q);
    await this.audit.by(
      p,
      `export.sessions.${format}`,
      { type: 'export', id: scope.regionCode },
      'ok',
      null,
      this.describe(scope),
    );
    const names = this.regionNames();
    const name = `协商会议情况-${(await names.of(scope.regionCode)) ?? scope.regionCode}`;
    await this.table(
      res,
      format,
      'sessions',
      name,
      '会议清单',
      SESSION_COLUMNS,
      names.rows(this.outcomes.sessionRows(scope)),
      scope,
    );
  }

  /**
   * Region names for one export, each looked up once: the rows of a district come from a few dozen
   * streets and communities at most, however many rows there are.
   */
  private regionNames() {
    const known = new Map<string, Promise<string | null>>();
    const of = (code: string) => {
      let name = known.get(code);
      if (!name) known.set(code, (name = this.directory.regionName(code).catch(() => null)));
      return name;
    };
    return {
      of,
      async *rows<R extends { regionCode: string }>(
        batches: AsyncGenerator<R[]>,
      ): AsyncGenerator<Named<R>[]> {
        for await (const batch of batches) {
          const names = await Promise.all(batch.map((r) => of(r.regionCode)));
          yield batch.map((r, i) => ({ ...r, regionName: names[i] }));
        }
      },
    };
  }

  private describe(s: RegionPeriod) {
    return { region: s.regionCode, from: s.from?.toISOString() ?? null, to: s.to?.toISOString() ?? null };
  }

  private table<R>(
    res: Response,
    format: TableFormat,
    ascii: string,
    name: string,
    sheet: string,
    columns: Column<R>[],
    batches: AsyncGenerator<R[]>,
    scope: RegionPeriod,
  ): Promise<void> {
    return this.running(format, () =>
      this.writeTable(res, format, ascii, name, sheet, columns, batches, scope),
    );
  }

  private async writeTable<R>(
    res: Response,
    format: TableFormat,
    ascii: string,
    name: string,
    sheet: string,
    columns: Column<R>[],
    batches: AsyncGenerator<R[]>,
    scope: RegionPeriod,
  ): Promise<void> {
    const stats = format === 'xlsx' ? await this.statsRows(scope) : [];
    const opinion = format === 'xlsx' ? await this.opinionRows(scope) : undefined;
    try {
      if (format === 'csv') {
        attachment(res, 'text/csv; charset=utf-8', `${ascii}.csv`, `${name}.csv`);
        const csv = new CsvWriter(res, columns);
        csv.start();
        for await (const batch of batches) {
          if (res.destroyed) return; // the client went away: stop reading pages
          await csv.rows(batch);
        }
        res.end();
        return;
      }
      attachment(res, XLSX_TYPE, `${ascii}.xlsx`, `${name}.xlsx`);
      await writeWorkbook(res, sheet, columns, batches, stats, opinion);
    } catch (e) {
      // Once the first bytes are out an error body cannot follow: cut the download so it is not taken as complete.
      if (!res.headersSent) throw e;
      this.logger.error({ msg: 'export failed mid-stream', file: ascii, error: (e as Error).message });
      res.destroy(e as Error);
    }
  }

  /** 社情民意 of the year the period ends in (this year without one), for the 社情民意统计 sheet. */
  private async opinionRows(scope: RegionPeriod): Promise<OpinionStatsRow[] | undefined> {
    const end = scope.to ? new Date(scope.to.getTime() - 1) : new Date();
    return this.opinion.yearRows(scope.regionCode, new Date(end.getTime() + 8 * 3_600_000).getUTCFullYear());
  }

  /** Totals and child regions, named, for the 统计汇总 sheet. */
  async statsRows(scope: RegionPeriod): Promise<NamedStatsRow[]> {
    const rows = await this.outcomes.statsRows(scope);
    return Promise.all(
      rows.map(async (r, i) => {
        const code = r.regionCode ?? scope.regionCode;
        const name = (await this.directory.regionName(code).catch(() => null)) ?? code;
        const label = i === 0 ? `${name}（合计）` : code === scope.regionCode ? `${name}（本级）` : name;
        return { ...r, regionCode: code, name: label };
      }),
    );
  }

  /**
   * One session's statements and vote counts (consensus finder) as XLSX or CSV: aggregates only, no
   * voter appears. Scoped to the session's region like the 专报; audited.
   */
  async statementsTable(p: Principal, sessionId: string, format: TableFormat, res: Response): Promise<void> {
    const data = await this.consensus.statementsOf(sessionId);
    if (!data || !inScope(p, data.session.regionCode)) throw Errors.notFound('SESSION_NOT_FOUND');
    await this.audit.by(p, `export.statements.${format}`, { type: 'session', id: sessionId }, 'ok', null, {
      statements: data.statements.length,
    });
    const columns = statementColumns(data.groupSizes.length);
    const name = `观点表态-${data.session.title.slice(0, 40)}`;
    await this.running(format, async () => {
      if (format === 'csv') {
        attachment(res, 'text/csv; charset=utf-8', 'statements.csv', `${name}.csv`);
        const csv = new CsvWriter(res, columns);
        csv.start();
        await csv.rows(data.statements);
        res.end();
        return;
      }
      attachment(res, XLSX_TYPE, 'statements.xlsx', `${name}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: res,
        useStyles: true,
        useSharedStrings: false,
      });
      wb.creator = 'Xieshang';
      const ws = addSheet(wb, '观点表态', columns);
      ws.getRow(1).commit();
      for (const r of data.statements) ws.addRow(sheetRow(columns, r)).commit();
      ws.commit();
      const summary = addSheet(wb, '分组概况', SUMMARY_COLUMNS);
      summary.getRow(1).commit();
      const rows: SummaryRow[] = [
        { label: '会议', value: data.session.title },
        { label: '表态人数', value: data.voters },
        { label: '观点条数', value: data.statements.length },
        ...data.groupSizes.map((n, g) => ({ label: `第${g + 1}组人数`, value: n })),
      ];
      for (const r of rows) summary.addRow(sheetRow(SUMMARY_COLUMNS, r)).commit();
      summary.commit();
      await wb.commit();
    });
  }

  report(p: Principal, sessionId: string, format: 'docx' | 'pdf', res: Response): Promise<void> {
    return this.running(format, () => this.writeReport(p, sessionId, format, res));
  }

  private async writeReport(
    p: Principal,
    sessionId: string,
    format: 'docx' | 'pdf',
    res: Response,
  ): Promise<void> {
    const found = await this.outcomes.report(sessionId);
    if (!found || !inScope(p, found.outcome.regionCode)) throw Errors.notFound('OUTCOME_NOT_FOUND');
    const { outcome, suggestions } = found;
    const [committee, place] = await Promise.all([
      this.directory.issuingCommittee(outcome.regionCode),
      this.directory
        .workstation(outcome.workstationId)
        .then((w) => w?.name ?? null)
        .catch(() => null),
    ]);
    // The map is an appendix: a failure to draw it never withholds the report itself.
    const consensusMap = (await this.consensus.reportOf(sessionId).catch(() => null)) ?? null;
    const data: ReportData = {
      consensusMap,
      committee: committeeOrFail(committee, outcome.regionCode),
      issuedAt: outcome.publishedAt ?? new Date(),
      title: outcome.sessionTitle,
      place,
      outcome,
      suggestions,
    };
    await this.audit.by(p, `export.report.${format}`, { type: 'session', id: sessionId }, 'ok', null, {
      suggestions: suggestions.length,
    });
    const file = `协商成果专报-${outcome.sessionTitle.slice(0, 40)}.${format}`;
    if (format === 'docx') {
      attachment(
        res,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'report.docx',
        file,
      );
      await pipeTo(reportDocx(data) as unknown as NodeJS.ReadableStream, res);
    } else {
      attachment(res, 'application/pdf', 'report.pdf', file);
      await pipeTo(reportPdf(data), res);
    }
  }
}

/** A document without an existing issuer would be headed by a body that does not exist: refuse instead. */
function committeeOrFail(name: string | null, regionCode: string): string {
  if (!name) throw Errors.conflict('NO_ISSUING_COMMITTEE', { regionCode });
  return name;
}

function pipeTo(src: NodeJS.ReadableStream, out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    src.on('error', reject);
    out.on('error', reject);
    out.on('finish', () => resolve());
    src.pipe(out);
  });
}

/**
 * The streaming workbook: rows go through exceljs's WorkbookWriter straight into `out` one keyset
 * page at a time (no shared strings table, each row committed), then the 统计汇总 sheet.
 */
export async function writeWorkbook<R>(
  out: Writable,
  sheet: string,
  columns: Column<R>[],
  batches: AsyncIterable<R[]>,
  stats: NamedStatsRow[],
  opinion?: OpinionStatsRow[],
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Xieshang';
  const ws = addSheet(wb, sheet, columns);
  ws.getRow(1).commit();
  for await (const batch of batches) {
    if (out.destroyed) throw new Error('client closed the download');
    for (const r of batch) ws.addRow(sheetRow(columns, r)).commit();
    await settled(wb, ws, out);
  }
  ws.commit();
  const st = addSheet(wb, '统计汇总', STATS_COLUMNS);
  st.getRow(1).commit();
  for (const r of stats) st.addRow(sheetRow(STATS_COLUMNS, r)).commit();
  st.commit();
  if (opinion) {
    const op = addSheet(wb, '社情民意统计', OPINION_COLUMNS);
    op.getRow(1).commit();
    for (const r of opinion) op.addRow(sheetRow(OPINION_COLUMNS, r)).commit();
    op.commit();
  }
  await wb.commit();
}

const BACKLOG_LIMIT = 2 * 1024 * 1024;

interface Buffered {
  writableLength?: number;
  readableLength?: number;
}

/**
 * exceljs writes committed rows into the sheet's buffer and on into the zip (archiver) without
 * waiting for either, so when deflating or the client is slower than the database the bytes pile up.
 * Between pages we wait until what sits in those buffers is below 2 MB: memory stays flat.
 */
function backlog(wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet): number {
  const sheet = (ws as unknown as { stream?: { pipes?: Buffered[]; buffers?: unknown[] } }).stream;
  const zip = (wb as unknown as { zip?: Buffered }).zip;
  const size = (b: Buffered | undefined) => (b?.writableLength ?? 0) + (b?.readableLength ?? 0);
  return (
    (sheet?.pipes ?? []).reduce((n, p) => n + size(p), 0) + (sheet?.buffers?.length ?? 0) * 65536 + size(zip)
  );
}

async function settled(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  ws: ExcelJS.Worksheet,
  out: Writable,
): Promise<void> {
  while (backlog(wb, ws) > BACKLOG_LIMIT && !out.destroyed) await new Promise((r) => setTimeout(r, 2));
  await drained(out);
}

/** The same workbook built in memory (ExcelJS.Workbook → writeBuffer): the baseline of the benchmark. */
export async function buildWorkbookInMemory<R>(
  sheet: string,
  columns: Column<R>[],
  rows: R[],
  stats: NamedStatsRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = addSheet(wb, sheet, columns);
  for (const r of rows) ws.addRow(sheetRow(columns, r));
  const st = addSheet(wb, '统计汇总', STATS_COLUMNS);
  for (const r of stats) st.addRow(sheetRow(STATS_COLUMNS, r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
