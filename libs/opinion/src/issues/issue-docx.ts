import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
  convertMillimetersToTwip,
} from 'docx';
import { BODY_FONT, HEADING_FONT, LINE, SIZE_2, SIZE_3, TITLE_FONT } from '@xs/exports';
import {
  distributionLines,
  IssueDocument,
  issueBlocks,
  issueNumberLine,
  issuerLine,
  MASTHEAD,
} from './issue-document';

// The 专报's fonts and sizes (GB/T 9704): 小标宋 titles, 黑体 headings, 仿宋 body, 三号 on a 28 pt pitch.
const SIZE_MASTHEAD = 84; // 42 pt 版头
const SIZE_4 = 28; // 四号, for the 报送/抄送 lines
const RED = 'C00000';
const TEXT_WIDTH = 11906 - convertMillimetersToTwip(28) - convertMillimetersToTwip(26);

/** An issue of 《社情民意》 as a Word document: red 版头 and rule, 期号, 编发单位 and date, body, 报送/抄送. */
export async function issueDocx(d: IssueDocument): Promise<Buffer> {
  const issuer = issuerLine(d);
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [
        new TextRun({ text: MASTHEAD, font: TITLE_FONT, size: SIZE_MASTHEAD, color: RED, bold: true }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new TextRun({ text: issueNumberLine(d), font: BODY_FONT, size: SIZE_3 })],
    }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
      spacing: { after: 480 },
      children: [new TextRun({ text: `${issuer.left}\t${issuer.right}`, font: BODY_FONT, size: SIZE_3 })],
    }),
  ];
  for (const b of issueBlocks(d)) {
    if (b.kind === 'title')
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 360 },
          children: [new TextRun({ text: b.text, font: TITLE_FONT, size: SIZE_2 })],
        }),
      );
    else if (b.kind === 'signers')
      children.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { line: LINE, lineRule: 'exact' },
          children: [new TextRun({ text: b.text, font: BODY_FONT, size: SIZE_3 })],
        }),
      );
    else
      children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 640 },
          spacing: { line: LINE, lineRule: 'exact' },
          children: [
            new TextRun({
              text: b.text,
              font: b.kind === 'heading' ? HEADING_FONT : BODY_FONT,
              size: SIZE_3,
            }),
          ],
        }),
      );
  }
  const lines = distributionLines(d);
  lines.forEach((text, i) =>
    children.push(
      new Paragraph({
        spacing: { before: i === 0 ? 600 : 0 },
        indent: { left: 280, right: 280 },
        border: {
          top: i === 0 ? { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } : undefined,
          bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
        },
        children: [new TextRun({ text, font: BODY_FONT, size: SIZE_4 })],
      }),
    ),
  );
  const doc = new Document({
    creator: d.committee,
    title: `${MASTHEAD} ${issueNumberLine(d)}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
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
  return Packer.toBuffer(doc);
}
