import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportBlock, ReportDocument } from './blocks.ts';

/**
 * Lays a ReportDocument out as .docx in the style of Vietnamese administrative documents
 * (Decree 30/2020/NĐ-CP): A4 portrait, Times New Roman, 13 pt body, margins top/bottom 20 mm,
 * left 30 mm, right 15 mm; headings are Word's Heading 1–3 styles, so a table of contents works.
 * Pure apart from the docx library: runs in Node (tests) and in the browser (lazy chunk).
 */

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 20,
  bottomMm: 20,
  leftMm: 30,
  rightMm: 15,
} as const;
/** Body text size in points (13–14 pt by the decree). */
export const BODY_PT = 13;
/** Tables are set one point smaller so a unit's report keeps to three pages. */
const TABLE_PT = 12;
const FONT = 'Times New Roman';
const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.leftMm - PAGE.rightMm;
/** docx sizes images in pixels at 96 dpi. */
const PX_PER_MM = 96 / 25.4;
const half = (pt: number) => pt * 2;
/** Millimetres to twips, rounded (A4 = 11906 × 16838, as Word writes it). */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function cell(
  text: string,
  opts: { bold?: boolean; right?: boolean; width?: number; pt?: number },
) {
  return new TableCell({
    borders,
    ...(opts.width === undefined
      ? {}
      : { width: { size: opts.width, type: WidthType.PERCENTAGE } }),
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    children: [
      new Paragraph({
        spacing: { before: 0, after: 0 },
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({ text, bold: opts.bold ?? false, size: half(opts.pt ?? TABLE_PT) }),
        ],
      }),
    ],
  });
}

function table(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
  numeric: readonly number[],
  widths?: readonly number[],
  pt: number = TABLE_PT,
): Table {
  const cols = header?.length ?? rows[0]?.length ?? 1;
  const total = (widths ?? []).reduce((s, w) => s + w, 0);
  const pct = (i: number) =>
    widths && total > 0 ? Math.round(((widths[i] ?? 0) / total) * 100) : Math.round(100 / cols);
  const line = (cells: readonly string[], bold: boolean, head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map((c, i) =>
        cell(c, { bold, right: numeric.includes(i), width: pct(i), pt }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    rows: [
      ...(header ? [line(header, true, true)] : []),
      ...rows.map((r) => line(r, false, false)),
    ],
  });
}

type BlockOf<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>;

function headingParagraph(block: BlockOf<'heading'>): Paragraph {
  return new Paragraph({
    heading:
      block.level === 1
        ? HeadingLevel.HEADING_1
        : block.level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
    ...(block.level === 1 ? { alignment: AlignmentType.CENTER } : {}),
    keepNext: true,
    children: [new TextRun(block.text)],
  });
}

function listParagraphs(block: BlockOf<'list'>, index: number): Paragraph[] {
  return block.items.map(
    (text) =>
      new Paragraph({
        // One numbering instance per list, so each ordered list starts again at 1.
        numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: 0, instance: index },
        spacing: { after: 40 },
        children: [new TextRun(text)],
      }),
  );
}

/** The image at the text width, shrunk to its maximum height (120 mm unless the block says). */
function imageParagraph(block: BlockOf<'image'>): Paragraph {
  const { image } = block;
  const widthPx = TEXT_WIDTH_MM * PX_PER_MM;
  let w = widthPx;
  let h = (widthPx * image.height) / Math.max(1, image.width);
  const maxH = (block.maxHeightMm ?? 120) * PX_PER_MM;
  if (h > maxH) {
    w = (w * maxH) / h;
    h = maxH;
  }
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: image.data,
        transformation: { width: Math.round(w), height: Math.round(h) },
        altText: { name: image.title, title: image.title, description: image.alt },
      }),
    ],
  });
}

function blockChildren(block: ReportBlock, index: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block)];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          ...(block.emphasis === 'quote' ? { indent: { left: 360, right: 360 } } : {}),
          children: [
            new TextRun({
              text: block.text,
              italics: block.emphasis === 'quote',
              ...(block.emphasis === 'small' ? { size: half(11) } : {}),
            }),
          ],
        }),
      ];
    case 'figures': {
      if (!block.twoColumns) return [table(null, block.items, [1], [3, 2])];
      const rows: string[][] = [];
      for (let i = 0; i < block.items.length; i += 2)
        rows.push([...(block.items[i] ?? []), ...(block.items[i + 1] ?? ['', ''])]);
      return [table(null, rows, [1, 3], [3, 2, 3, 2], TABLE_PT - 1)];
    }
    case 'table':
      return [
        table(
          block.header,
          block.rows,
          block.numeric,
          block.widths,
          block.small ? TABLE_PT - 1 : TABLE_PT,
        ),
      ];
    case 'list':
      return listParagraphs(block, index);
    case 'image':
      return [imageParagraph(block)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const headingStyle = (id: string, name: string, pt: number, before: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size: half(pt), bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 80 }, keepNext: true },
});

const STYLES = {
  default: {
    document: {
      run: { font: FONT, size: half(BODY_PT) },
      // lineRule auto: a multiple of single spacing (LibreOffice reads a bare `line` as exact,
      // which clips images to one line).
      paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
    },
  },
  paragraphStyles: [
    headingStyle('Heading1', 'Heading 1', 15, 0),
    headingStyle('Heading2', 'Heading 2', 14, 200),
    headingStyle('Heading3', 'Heading 3', 13, 120),
  ],
};

const listLevel = (
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
  hanging: number,
) => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 500, hanging } } },
});

const NUMBERING = {
  config: [
    { reference: 'bullets', levels: [listLevel(LevelFormat.BULLET, '–', 260)] },
    { reference: 'ordered', levels: [listLevel(LevelFormat.DECIMAL, '%1.', 300)] },
  ],
};

const PAGE_PROPERTIES = {
  page: {
    size: { width: twip(PAGE.widthMm), height: twip(PAGE.heightMm) },
    margin: {
      top: twip(PAGE.topMm),
      bottom: twip(PAGE.bottomMm),
      left: twip(PAGE.leftMm),
      right: twip(PAGE.rightMm),
      header: twip(8),
      footer: twip(8),
    },
  },
};

/** The illustrative-data watermark on every page, when the report has one. */
function pageHeader(watermark: string | null | undefined): Header {
  return new Header({
    children: watermark
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: watermark, bold: true, size: half(11), color: '8A4B00' }),
            ],
          }),
        ]
      : [new Paragraph({ children: [] })],
  });
}

function pageFooter(footer: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: `${footer} · `, size: half(9), color: '444444' }),
          new TextRun({ children: [PageNumber.CURRENT], size: half(9), color: '444444' }),
        ],
      }),
    ],
  });
}

/** The docx Document of a report (exported for tests that inspect it before packing). */
export function reportDocument(report: ReportDocument): Document {
  return new Document({
    title: report.title,
    creator: 'DCCI Dashboard',
    description: report.watermark ?? report.title,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: PAGE_PROPERTIES,
        headers: { default: pageHeader(report.watermark) },
        footers: { default: pageFooter(report.footer) },
        children: report.blocks.flatMap((b, i) => blockChildren(b, i)),
      },
    ],
  });
}

/** The .docx file as bytes. */
export async function buildDocx(report: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(report)));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
