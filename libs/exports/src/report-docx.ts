import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { Stream } from 'node:stream';
import { chineseDate } from './sheet-safety';
import { adoptedRows, opinionMapPng, pctText } from './opinion-map';
import { ReportData, reportBlocks, adoptedHeader, MAP_HEADING } from './report';

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

/** The opinion map as an image and the adopted statements with their agree rate per group. */
function consensusMap(d: ReportData): (Paragraph | Table)[] {
  const m = d.consensusMap!;
  const cell = (text: string) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, font: BODY_FONT, size: 24 })] })],
    });
  const rows = adoptedRows(m, d.outcome.consensus);
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { before: 240, line: LINE, lineRule: 'exact' },
      children: [new TextRun({ text: MAP_HEADING, font: HEADING_FONT, size: SIZE_3 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: opinionMapPng(m.points),
          transformation: { width: 480, height: 320 },
          altText: {
            name: '观点地图',
            title: '观点地图',
            description: `${m.points.length} 位参与者，${m.groups} 组`,
          },
        }),
      ],
    }),
    body(
      `观点地图：${m.points.length} 位参与者分为 ${m.groups} 组（每点为一位匿名参与者，颜色表示所在组）；共 ${m.voters} 人表态。`,
    ),
  ];
  if (rows.length)
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: adoptedHeader(m.groups).map(cell) }),
          ...rows.map(
            (r) =>
              new TableRow({
                children: [
                  r.text,
                  String(r.agree),
                  String(r.disagree),
                  String(r.pass),
                  ...r.groupAgree.map(pctText),
                ].map(cell),
              }),
          ),
        ],
      }),
    );
  return out;
}

/** The 协商成果专报 as a Word document on A4 with official-document margins. */
export function reportDocx(d: ReportData): Stream {
  const children: (Paragraph | Table)[] = [
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
  if (d.consensusMap?.points.length) children.push(...consensusMap(d));
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
