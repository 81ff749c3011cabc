// OpenDocument Text (the format LibreOffice and most administrations open), written by hand: a few XML parts zipped
// with fflate. No library writes ODT; the format for headings, paragraphs, lists and tables is small and stable.
import { strToU8, zipSync } from 'fflate';
import type { ExportDocument } from './document.js';
import { xmlText } from './xml.js';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} office:version="1.3"><office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
</office:styles></office:document-styles>`;

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;

/** A paragraph's text, its line breaks kept. */
const lines = (text: string) => xmlText(text).replace(/\n/g, '<text:line-break/>');
const cell = (text: string) =>
  `<table:table-cell office:value-type="string"><text:p>${lines(text)}</text:p></table:table-cell>`;

/** The content part: the document's blocks as ODF elements. */
export function odtContent(doc: ExportDocument): string {
  let tables = 0;
  const body = doc.blocks
    .map((b) => {
      if (b.type === 'heading')
        return `<text:h text:style-name="Heading_20_${b.level}" text:outline-level="${b.level}">${lines(b.text)}</text:h>`;
      if (b.type === 'paragraph')
        return `<text:p text:style-name="${b.note ? 'Note' : 'Standard'}">${lines(b.text)}</text:p>`;
      if (b.type === 'list')
        return `<text:list>${b.items.map((i) => `<text:list-item><text:p>${lines(i)}</text:p></text:list-item>`).join('')}</text:list>`;
      return `<table:table table:name="Tableau${++tables}"><table:table-column table:number-columns-repeated="${b.header.length}"/><table:table-header-rows><table:table-row>${b.header.map(cell).join('')}</table:table-row></table:table-header-rows>${b.rows
        .map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`)
        .join('')}</table:table>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3"><office:body><office:text><text:p text:style-name="Title">${lines(doc.title)}</text:p>${body}</office:text></office:body></office:document-content>`;
}

/** The document as an .odt file. `mimetype` comes first and stored, as ODF requires, so the file type is readable. */
export function toOdt(doc: ExportDocument): Uint8Array {
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta><dc:title>${xmlText(doc.title)}</dc:title><dc:language>${xmlText(doc.lang)}</dc:language></office:meta></office:document-meta>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(odtContent(doc)),
    'styles.xml': strToU8(STYLES),
    'meta.xml': strToU8(meta),
    'META-INF/manifest.xml': strToU8(MANIFEST),
  });
}
