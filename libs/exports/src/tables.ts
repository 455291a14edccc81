import type { ConsensusStatementsExport, OpinionStatsRow } from '@xs/contracts';
import type { PiiCipher } from '@xs/platform';
import { REPLY_GRADE_ZH as GRADE_ZH, SUGGESTION_STATUS_ZH as STATUS_ZH } from '@xs/contracts';
import type { SessionExportRow, StatsRow, SuggestionExportRow, SuggestionStatus } from '@xs/contracts';

export type CellKind = 'text' | 'date' | 'int' | 'rate';

export interface Column<R> {
  header: string;
  width: number;
  kind: CellKind;
  value: (row: R) => string | number | Date | null;
}

const yesNo = (v: boolean | null) => (v === null ? null : v ? '是' : '否');

/** A row with its region's name beside the code: staff read 五华区 / 莲华街道, not 530102010. */
export type Named<R> = R & { regionName: string | null };

export function suggestionColumns(pii: PiiCipher, reveal: boolean): Column<Named<SuggestionExportRow>>[] {
  return [
    { header: '建议编号', width: 38, kind: 'text', value: (r) => r.id },
    { header: '会议名称', width: 30, kind: 'text', value: (r) => r.sessionTitle },
    { header: '会议时间', width: 18, kind: 'date', value: (r) => r.sessionStartsAt },
    { header: '行政区划代码', width: 14, kind: 'text', value: (r) => r.regionCode },
    { header: '所属区域', width: 16, kind: 'text', value: (r) => r.regionName },
    { header: '建议内容', width: 60, kind: 'text', value: (r) => r.content },
    { header: '来源', width: 10, kind: 'text', value: (r) => (r.fromLive ? '直播互动' : '会议成果') },
    { header: '主办单位', width: 24, kind: 'text', value: (r) => r.lead },
    { header: '协办单位', width: 30, kind: 'text', value: (r) => r.co },
    {
      header: '状态',
      width: 10,
      kind: 'text',
      value: (r) => STATUS_ZH[r.status as SuggestionStatus] ?? r.status,
    },
    { header: '交办时间', width: 18, kind: 'date', value: (r) => r.assignedAt },
    { header: '办理期限', width: 18, kind: 'date', value: (r) => r.dueAt },
    { header: '是否逾期', width: 10, kind: 'text', value: (r) => (r.overdue ? '是' : '否') },
    {
      header: '答复等级',
      width: 24,
      kind: 'text',
      value: (r) => (r.replyGrade ? GRADE_ZH[r.replyGrade] : null),
    },
    { header: '是否采纳', width: 10, kind: 'text', value: (r) => yesNo(r.replyAdopted) },
    { header: '答复内容', width: 60, kind: 'text', value: (r) => r.replyContent },
    { header: '答复时间', width: 18, kind: 'date', value: (r) => r.repliedAt },
    { header: '办结时间', width: 18, kind: 'date', value: (r) => r.completedAt },
    { header: '不予采纳理由', width: 30, kind: 'text', value: (r) => r.rejectReason },
    {
      header: '经办人电话',
      width: 16,
      kind: 'text',
      value: (r) => pii.reveal(r.replyContactPhoneEnc, reveal),
    },
    { header: '满意', width: 8, kind: 'int', value: (r) => r.satisfied },
    { header: '基本满意', width: 10, kind: 'int', value: (r) => r.basically },
    { header: '不满意', width: 8, kind: 'int', value: (r) => r.unsatisfied },
  ];
}

const OUTCOME_ZH: Record<string, string> = { pending: '待填写', draft: '草稿', published: '已发布' };

export const SESSION_COLUMNS: Column<Named<SessionExportRow>>[] = [
  { header: '会议编号', width: 38, kind: 'text', value: (r) => r.sessionId },
  { header: '会议名称', width: 36, kind: 'text', value: (r) => r.sessionTitle },
  { header: '会议时间', width: 18, kind: 'date', value: (r) => r.sessionStartsAt },
  { header: '行政区划代码', width: 14, kind: 'text', value: (r) => r.regionCode },
  { header: '所属区域', width: 16, kind: 'text', value: (r) => r.regionName },
  { header: '成果状态', width: 10, kind: 'text', value: (r) => OUTCOME_ZH[r.status] ?? r.status },
  { header: '报名人数', width: 10, kind: 'int', value: (r) => r.registeredCount },
  { header: '现场参加人数', width: 14, kind: 'int', value: (r) => r.onsiteCount },
  { header: '线上参与人数', width: 14, kind: 'int', value: (r) => r.onlineUnique },
  { header: '线上峰值', width: 10, kind: 'int', value: (r) => r.onlinePeak },
  { header: '共识条数', width: 10, kind: 'int', value: (r) => r.consensusCount },
  { header: '建议数', width: 8, kind: 'int', value: (r) => r.suggestions },
  { header: '已答复', width: 8, kind: 'int', value: (r) => r.replied },
  { header: '已采纳', width: 8, kind: 'int', value: (r) => r.adopted },
  { header: '发布时间', width: 18, kind: 'date', value: (r) => r.publishedAt },
];

export interface NamedStatsRow extends StatsRow {
  name: string;
}

const OPINION_KINDS: Record<OpinionStatsRow['kind'], string> = {
  total: '合计',
  district: '县（市、区）',
  sector: '界别',
  member: '委员',
};

/** The 社情民意统计 sheet: GET /stats/opinion for the year, totals, districts, sectors, members. */
export const OPINION_COLUMNS: Column<OpinionStatsRow>[] = [
  { header: '类别', width: 14, kind: 'text', value: (r) => OPINION_KINDS[r.kind] },
  { header: '名称', width: 30, kind: 'text', value: (r) => r.label },
  { header: '民情日记', width: 10, kind: 'int', value: (r) => r.entries },
  { header: '报送', width: 10, kind: 'int', value: (r) => r.submitted },
  { header: '采用', width: 10, kind: 'int', value: (r) => r.adopted },
  { header: '批示', width: 10, kind: 'int', value: (r) => r.instructed },
  { header: '办结', width: 10, kind: 'int', value: (r) => r.completed },
];

/** The 统计汇总 sheet: the same figures as GET /stats, totals first, then each child region. */
export const STATS_COLUMNS: Column<NamedStatsRow>[] = [
  { header: '地区', width: 20, kind: 'text', value: (r) => r.name },
  { header: '行政区划代码', width: 14, kind: 'text', value: (r) => r.regionCode },
  { header: '协商会议（场）', width: 14, kind: 'int', value: (r) => r.sessions },
  { header: '现场参加（人次）', width: 16, kind: 'int', value: (r) => r.participants.onsite },
  { header: '线上参与（人）', width: 16, kind: 'int', value: (r) => r.participants.onlineUnique },
  { header: '线上峰值（人）', width: 14, kind: 'int', value: (r) => r.participants.onlinePeak },
  { header: '建议总数', width: 10, kind: 'int', value: (r) => r.suggestions.total },
  { header: '已交办', width: 10, kind: 'int', value: (r) => r.suggestions.assigned },
  { header: '已答复', width: 10, kind: 'int', value: (r) => r.suggestions.replied },
  { header: '已办结', width: 10, kind: 'int', value: (r) => r.suggestions.completed },
  { header: '已采纳', width: 10, kind: 'int', value: (r) => r.suggestions.adopted },
  { header: '答复率', width: 10, kind: 'rate', value: (r) => r.rates.reply },
  { header: '办结率', width: 10, kind: 'rate', value: (r) => r.rates.completion },
  { header: '采纳率', width: 10, kind: 'rate', value: (r) => r.rates.adoption },
  { header: '满意率', width: 10, kind: 'rate', value: (r) => r.rates.satisfaction },
  { header: '评价总数', width: 10, kind: 'int', value: (r) => r.ratings.total },
];

export type StatementExportRow = ConsensusStatementsExport['statements'][number];

const STATEMENT_STATUS_ZH: Record<StatementExportRow['status'], string> = {
  published: '已发布',
  hidden: '已隐藏',
};
const STATEMENT_ORIGIN_ZH: Record<string, string> = {
  moderator: '主持人',
  participant: '参与者',
  message: '聊天消息',
  question: '提问',
};

/**
 * The 观点表态 sheet of a session's export: each statement with its counts and agree rate per opinion
 * group. Counts only: who voted what is never exported.
 */
export function statementColumns(groups: number): Column<StatementExportRow>[] {
  const voted = (r: StatementExportRow) => r.agree + r.disagree + r.pass;
  return [
    { header: '观点', width: 50, kind: 'text', value: (r) => r.text },
    { header: '状态', width: 8, kind: 'text', value: (r) => STATEMENT_STATUS_ZH[r.status] },
    { header: '来源', width: 10, kind: 'text', value: (r) => STATEMENT_ORIGIN_ZH[r.origin] ?? r.origin },
    { header: '提出时间', width: 18, kind: 'date', value: (r) => r.createdAt },
    { header: '同意', width: 8, kind: 'int', value: (r) => r.agree },
    { header: '不同意', width: 8, kind: 'int', value: (r) => r.disagree },
    { header: '跳过', width: 8, kind: 'int', value: (r) => r.pass },
    { header: '表态人数', width: 10, kind: 'int', value: voted },
    { header: '同意率', width: 10, kind: 'rate', value: (r) => (voted(r) ? r.agree / voted(r) : null) },
    ...Array.from({ length: groups }, (_, g): Column<StatementExportRow> => ({
      header: `第${g + 1}组同意率`,
      width: 12,
      kind: 'rate',
      value: (r) => r.groupAgree[g] ?? null,
    })),
  ];
}
