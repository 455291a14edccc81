import PDFDocument from 'pdfkit';
import { fontPath } from '@xs/exports';
import {
  distributionLines,
  IssueDocument,
  issueBlocks,
  issueNumberLine,
  issuerLine,
  MASTHEAD,
} from './issue-document';

const MM = 72 / 25.4;
const RED = '#C00000';

/** An issue of 《社情民意》 as PDF on A4, with the fonts the 专报 embeds (subset). */
export function issuePdf(d: IssueDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    info: { Title: `${MASTHEAD} ${issueNumberLine(d)}`, Author: d.committee, Creator: 'Xieshang' },
    lang: 'zh-CN',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('title', fontPath('Bold'));
  doc.registerFont('body', fontPath('Regular'));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc
    .font('title')
    .fontSize(42)
    .fillColor(RED)
    .text(MASTHEAD, { align: 'center', width, characterSpacing: 8 });
  doc.font('body').fontSize(16).fillColor('black').text(issueNumberLine(d), { align: 'center', width });
  doc.moveDown(0.5);
  const issuer = issuerLine(d);
  const y = doc.y;
  doc.text(issuer.left, left, y, { width, align: 'left' });
  doc.text(issuer.right, left, y, { width, align: 'right' });
  doc.moveDown(0.3);
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.moveDown(1.2);
  for (const b of issueBlocks(d)) {
    if (b.kind === 'title') {
      doc.moveDown(0.5);
      doc.font('title').fontSize(22).text(b.text, left, doc.y, { align: 'center', width });
      doc.moveDown(0.6);
    } else if (b.kind === 'signers')
      doc.font('body').fontSize(16).text(b.text, left, doc.y, { width, align: 'right' });
    else
      doc
        .font(b.kind === 'heading' ? 'title' : 'body')
        .fontSize(16)
        .text(b.text, left, doc.y, { indent: 32, lineGap: 8, width, align: 'justify' });
  }
  const lines = distributionLines(d);
  if (lines.length) {
    doc.moveDown(2);
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.75)
      .strokeColor('black')
      .stroke();
    for (const text of lines) {
      doc.moveDown(0.3);
      doc
        .font('body')
        .fontSize(14)
        .text(text, left + 14, doc.y, { width: width - 28 });
      doc.moveDown(0.3);
      doc
        .moveTo(left, doc.y)
        .lineTo(left + width, doc.y)
        .lineWidth(0.75)
        .stroke();
    }
  }
  doc.end();
  return done;
}
