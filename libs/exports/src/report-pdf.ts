import path from 'node:path';
import PDFDocument from 'pdfkit';
import { chineseDate } from './sheet-safety';
import { adoptedRows, GROUP_COLOURS, pctText, scale } from './opinion-map';
import { ReportData, reportBlocks, adoptedHeader, MAP_HEADING } from './report';

/**
 * Noto Sans Hans (SIL OFL) from the @embedpdf/fonts-sc npm package: nothing is downloaded at run
 * time, and pdfkit embeds only the glyphs used (a subset), so a report stays small.
 */
export function fontPath(weight: 'Regular' | 'Bold'): string {
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts', `NotoSansHans-${weight}.otf`);
}

const MM = 72 / 25.4;

/** The opinion map drawn as vectors (sharp at any zoom) and the adopted statements' figures. */
function consensusMap(doc: PDFKit.PDFDocument, d: ReportData, width: number): void {
  const m = d.consensusMap!;
  doc.moveDown(1);
  doc.font('title').fontSize(16).text(MAP_HEADING, { indent: 32, lineGap: 8, width });
  const w = Math.min(width, 360);
  const h = (w * 2) / 3;
  if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const left = doc.page.margins.left + (width - w) / 2;
  const top = doc.y + 6;
  const { sx, sy } = scale(m.points, w, h, 12);
  doc.lineWidth(0.5).strokeColor('#c8c8c8').rect(left, top, w, h).stroke();
  doc
    .moveTo(left + sx(0), top)
    .lineTo(left + sx(0), top + h)
    .stroke();
  doc
    .moveTo(left, top + sy(0))
    .lineTo(left + w, top + sy(0))
    .stroke();
  for (const p of m.points)
    doc
      .circle(left + sx(p.x), top + sy(p.y), 3)
      .fill(GROUP_COLOURS[p.group % GROUP_COLOURS.length] ?? '#555555');
  doc.fillColor('black');
  doc.y = top + h + 8;
  doc
    .font('body')
    .fontSize(12)
    .text(
      `观点地图：${m.points.length} 位参与者分为 ${m.groups} 组；共 ${m.voters} 人表态。`,
      doc.page.margins.left,
      doc.y,
      { width },
    );
  const rows = adoptedRows(m, d.outcome.consensus);
  if (!rows.length) return;
  doc.moveDown(0.5).text(adoptedHeader(m.groups).join(' ｜ '), { width });
  for (const r of rows)
    doc.text([r.text, r.agree, r.disagree, r.pass, ...r.groupAgree.map(pctText)].join(' ｜ '), { width });
  doc.fontSize(16);
}

/** The 协商成果专报 as PDF on A4, streamed as pdfkit produces it. */
export function reportPdf(d: ReportData): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    info: { Title: `协商成果专报：${d.title}`, Author: d.committee, Creator: 'Xieshang' },
    lang: 'zh-CN',
  });
  doc.registerFont('title', fontPath('Bold'));
  doc.registerFont('body', fontPath('Regular'));
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font('title').fontSize(22).fillColor('#C00000').text(d.committee, { align: 'center', width });
  doc.moveDown(0.6);
  doc.fillColor('black').text('协商成果专报', { align: 'center', width });
  doc.moveDown(0.4);
  doc.font('body').fontSize(16).text(`——${d.title}`, { align: 'center', width });
  doc.moveDown(1);
  for (const b of reportBlocks(d)) {
    if (b.kind === 'heading') doc.font('title').fontSize(16).text(b.text, { indent: 32, lineGap: 8, width });
    else doc.font('body').fontSize(16).text(b.text, { indent: 32, lineGap: 8, width, align: 'justify' });
  }
  if (d.consensusMap?.points.length) consensusMap(doc, d, width);
  doc.moveDown(2);
  doc.font('body').fontSize(16).text(d.committee, { align: 'right', width });
  doc.text(chineseDate(d.issuedAt), { align: 'right', width });
  doc.end();
  return doc;
}
