// Word (.docx), with the docx library: the format has too many parts to write by hand well. Loaded only when a
// DOCX is asked for (a dynamic import on the server, on demand in a browser).
import type { Block, ExportDocument } from './document.js';

/** The document as a .docx file. */
export async function toDocx(doc: ExportDocument): Promise<Uint8Array> {
  const d = await import('docx');
  const HEADINGS = [d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3];
  const paragraph = (text: string, options: { note?: boolean } = {}) =>
    new d.Paragraph({
      children: text.split('\n').map(
        (line, i) =>
          new d.TextRun({
            text: line,
            ...(i > 0 ? { break: 1 } : {}),
            ...(options.note ? { italics: true, size: 18 } : {}),
          }),
      ),
    });
  const cell = (text: string, header = false) =>
    new d.TableCell({
      children: [
        header
          ? new d.Paragraph({ children: [new d.TextRun({ text, bold: true })] })
          : paragraph(text),
      ],
    });
  const children = doc.blocks.flatMap(
    (b: Block): (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] => {
      if (b.type === 'heading')
        return [new d.Paragraph({ text: b.text, heading: HEADINGS[b.level - 1]! })];
      if (b.type === 'paragraph') return [paragraph(b.text, { note: !!b.note })];
      if (b.type === 'list')
        return b.items.map((i) => new d.Paragraph({ text: i, bullet: { level: 0 } }));
      return [
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: [
            new d.TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true)) }),
            ...b.rows.map((r) => new d.TableRow({ children: r.map((c) => cell(c)) })),
          ],
        }),
      ];
    },
  );
  const file = new d.Document({
    title: doc.title,
    creator: 'Conseils Citoyens Elements',
    sections: [
      {
        children: [
          new d.Paragraph({ text: doc.title, heading: d.HeadingLevel.TITLE }),
          ...children,
        ],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(file));
}
