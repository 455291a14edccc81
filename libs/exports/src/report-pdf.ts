import path from 'node:path';
import PDFDocument from 'pdfkit';
import { chineseDate } from './sheet-safety';
import { ReportData, reportBlocks } from './report';

/**
 * Noto Sans Hans (SIL OFL) from the @embedpdf/fonts-sc npm package: nothing is downloaded at run
 * time, and pdfkit embeds only the glyphs used (a subset), so a report stays small.
 */
export function fontPath(weight: 'Regular' | 'Bold'): string {
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts', `NotoSansHans-${weight}.otf`);
}

const MM = 72 / 25.4;

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
  doc.moveDown(2);
  doc.font('body').fontSize(16).text(d.committee, { align: 'right', width });
  doc.text(chineseDate(d.issuedAt), { align: 'right', width });
  doc.end();
  return doc;
}
