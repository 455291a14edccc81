import { AlignmentType, Document, Packer, Paragraph, TextRun, convertMillimetersToTwip } from 'docx';
import type { Stream } from 'node:stream';
import { chineseDate } from './sheet-safety';
import { ReportData, reportBlocks } from './report';

/** Fonts of Chinese official documents (GB/T 9704): title 方正小标宋, headings 黑体, body 仿宋_GB2312. */
export const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
export const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
export const SIZE_2 = 44; // 二号 22 pt, in half-points
export const SIZE_3 = 32; // 三号 16 pt
export const LINE = 560; // fixed 28 pt line pitch (22 lines a page)

function body(
  text: string,
  opts: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: LINE, lineRule: 'exact' },
    children: [new TextRun({ text, font: BODY_FONT, size: SIZE_3 })],
  });
}

/** The 协商成果专报 as a Word document on A4 with official-document margins. */
export function reportDocx(d: ReportData): Stream {
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: d.committee, font: TITLE_FONT, size: SIZE_2, color: 'C00000' })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 480 },
      children: [new TextRun({ text: '协商成果专报', font: TITLE_FONT, size: SIZE_2 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: `——${d.title}`, font: BODY_FONT, size: SIZE_3 })],
    }),
  ];
  for (const b of reportBlocks(d)) {
    if (b.kind === 'heading')
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: LINE, lineRule: 'exact' },
          children: [new TextRun({ text: b.text, font: HEADING_FONT, size: SIZE_3 })],
        }),
      );
    else children.push(body(b.text));
  }
  children.push(new Paragraph({ spacing: { before: 600 }, children: [] }));
  children.push(body(d.committee, { indent: false, align: AlignmentType.RIGHT }));
  children.push(body(chineseDate(d.issuedAt), { indent: false, align: AlignmentType.RIGHT }));

  const doc = new Document({
    creator: d.committee,
    title: `协商成果专报：${d.title}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toStream(doc);
}
