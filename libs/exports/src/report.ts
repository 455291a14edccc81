import { REPLY_GRADE_ZH as GRADE_ZH, SUGGESTION_STATUS_ZH as STATUS_ZH } from '@xs/contracts';
import type { ConsensusReport, OutcomeReportSuggestion, OutcomeReportView } from '@xs/contracts';
import { chineseDate, shanghaiText } from './sheet-safety';

/**
 * What the 协商成果专报 says, shared by the DOCX and the PDF so both read the same. Dates are written as
 * an official document writes them (2026年3月5日), not as a spreadsheet does.
 */
export interface ReportData {
  committee: string;
  issuedAt: Date;
  title: string;
  place: string | null;
  outcome: OutcomeReportView;
  suggestions: OutcomeReportSuggestion[];
  /** The consensus finder's map and figures (null when nobody voted or live is not there). */
  consensusMap?: ConsensusReport | null;
}

export const MAP_HEADING = '附：共识发现观点地图及采纳观点表决情况';

/** Header cells of the adopted statements' table: statement, counts, then one agree rate per group. */
export function adoptedHeader(groups: number): string[] {
  return [
    '观点',
    '同意',
    '不同意',
    '跳过',
    ...Array.from({ length: groups }, (_, i) => `第${i + 1}组同意率`),
  ];
}

export interface ReportBlock {
  kind: 'heading' | 'para' | 'item';
  text: string;
}

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function reportBlocks(d: ReportData): ReportBlock[] {
  const o = d.outcome;
  const blocks: ReportBlock[] = [];
  blocks.push({ kind: 'heading', text: '一、基本情况' });
  blocks.push({
    kind: 'para',
    text:
      `${chineseDate(o.sessionStartsAt)}${shanghaiText(o.sessionStartsAt).slice(11)}，${d.place ? `在${d.place}` : ''}召开“${o.sessionTitle}”协商会议。` +
      `现场参加 ${o.onsiteCount} 人次，线上参与 ${o.onlineUnique} 人，线上同时在线峰值 ${o.onlinePeak} 人。`,
  });
  if (o.summary) blocks.push({ kind: 'para', text: o.summary });
  blocks.push({ kind: 'heading', text: '二、协商共识' });
  if (!o.consensus.length) blocks.push({ kind: 'para', text: '无。' });
  o.consensus.forEach((c, i) => blocks.push({ kind: 'item', text: `${i + 1}. ${c}` }));
  blocks.push({ kind: 'heading', text: '三、意见建议及办理情况' });
  const listed = d.suggestions.filter((s) => s.status !== 'rejected');
  if (!listed.length) blocks.push({ kind: 'para', text: '无。' });
  listed.forEach((s, i) => {
    const lead = s.departments.find((x) => x.role === 'lead')?.name;
    const co = s.departments.filter((x) => x.role === 'co').map((x) => x.name);
    blocks.push({ kind: 'item', text: `（${CN_NUM[i] ?? i + 1}）${s.content}` });
    const parts = [
      lead ? `主办单位：${lead}` : '承办单位：待交办',
      co.length ? `协办单位：${co.join('、')}` : null,
      `办理状态：${STATUS_ZH[s.status]}`,
      s.dueAt ? `办理期限：${chineseDate(s.dueAt)}` : null,
    ].filter(Boolean);
    blocks.push({ kind: 'para', text: parts.join('；') + '。' });
    if ((s.status === 'replied' || s.status === 'completed') && s.replyGrade)
      blocks.push({
        kind: 'para',
        // The grade carries its own brackets (A 类（已解决）): not inside another pair.
        text: `答复：${GRADE_ZH[s.replyGrade]}${s.replyAdopted ? '，已采纳' : ''}。${s.replyContent ?? ''}`,
      });
  });
  return blocks;
}

export function issueLine(d: ReportData): string {
  return `${d.committee}    ${chineseDate(d.issuedAt)}`;
}
