import { chineseDate } from '@xs/exports';

/**
 * What an issue of 《社情民意》 prints, shared by the DOCX and the PDF: the reports' texts, each closed by
 * its 反映人 line (the member who wrote it and the co-signers, as the official layout credits them). No
 * residents' names or phones: the entries behind a report stay in the platform.
 */
export interface IssueDocument {
  committee: string;
  year: number;
  number: number;
  date: Date;
  correction: { ofNumber: number; note: string } | null;
  reports: { title: string; situation: string; analysis: string; suggestions: string; signers: string[] }[];
  sendTo: string[];
  copyTo: string[];
}

export interface IssueBlock {
  kind: 'title' | 'heading' | 'para' | 'signers';
  text: string;
}

export const MASTHEAD = '社情民意';

export function issueNumberLine(d: IssueDocument): string {
  return `${d.year}年第${d.number}期${d.correction ? '（更正）' : ''}`;
}

export function issuerLine(d: IssueDocument): { left: string; right: string } {
  return { left: `${d.committee}办公室编`, right: chineseDate(d.date) };
}

const SECTIONS = [
  ['一、基本情况', 'situation'],
  ['二、原因分析', 'analysis'],
  ['三、意见建议', 'suggestions'],
] as const;

export function issueBlocks(d: IssueDocument): IssueBlock[] {
  const out: IssueBlock[] = [];
  if (d.correction) {
    out.push({ kind: 'title', text: `关于${d.year}年第${d.correction.ofNumber}期的更正` });
    for (const p of paragraphs(d.correction.note)) out.push({ kind: 'para', text: p });
  }
  for (const r of d.reports) {
    out.push({ kind: 'title', text: r.title });
    for (const [heading, key] of SECTIONS) {
      const paras = paragraphs(r[key]);
      if (!paras.length) continue;
      out.push({ kind: 'heading', text: heading });
      for (const p of paras) out.push({ kind: 'para', text: p });
    }
    if (r.signers.length) out.push({ kind: 'signers', text: signersLine(r.signers) });
  }
  return out;
}

/** （反映人：刘洋；联名：李明、王芳）, right-aligned under the report. */
export function signersLine([first, ...rest]: string[]): string {
  return `（反映人：${first}${rest.length ? `；联名：${rest.join('、')}` : ''}）`;
}

export function distributionLines(d: IssueDocument): string[] {
  const lines: string[] = [];
  if (d.sendTo.length) lines.push(`报送：${d.sendTo.join('，')}。`);
  if (d.copyTo.length) lines.push(`抄送：${d.copyTo.join('，')}。`);
  return lines;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}
