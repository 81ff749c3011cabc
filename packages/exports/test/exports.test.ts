import { expect } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import { bilanMoulins, charteMoulins } from '@conseils-citoyens/core/testing.js';
import { XSS_PAYLOADS } from '@conseils-citoyens/core/testing.js';
import { FORBIDDEN_IN_XML } from '../src/xml.js';
import {
  bilanDocument,
  bilanItemsCsv,
  charteDocument,
  exportFile,
  fileName,
  toHtml,
  toMarkdown,
  type ExportDocument,
} from '../src/index.js';

const moulins = () => {
  const c = charteMoulins();
  return charteDocument({ ...c, adoptedText: c.adoptedText! });
};
const titles = (doc: ExportDocument) =>
  doc.blocks
    .filter((b) => b.type === 'heading' && b.level === 2)
    .map((b) => (b as { text: string }).text);
/** Parses XML as a reader would: a syntax error is a parsererror element, which fails the test. */
const parseXml = (text: string) => {
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  expect(xml.querySelector('parsererror'), text.slice(0, 300)).to.equal(null);
  return xml;
};
const words = (node: Node) => node.textContent?.replace(/\s+/g, ' ') ?? '';

describe('exports of a charte', () => {
  it('reads as <cc-charte> does: kind, adoption, parts, numbered articles, sources, the council’s own', () => {
    const doc = moulins();
    expect(doc.title).to.equal('Charte de fonctionnement du conseil citoyen des Moulins');
    const text = doc.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).to.contain(
      'Adoptée le 20 mars 2025 par : Assemblée plénière du conseil citoyen des Moulins. Vote : 17 pour, 1 contre, 2 abstentions. (Version 2)',
    );
    expect(text).to.contain(
      'Signataires : Les co-animateurs du conseil citoyen ; Le président de Moulins Citoyens',
    );
    expect(titles(doc)[0]).to.equal('Article 1 — Préambule');
    expect(text).to.match(
      /Reprend : Loi n° 2014-173 du 21 février 2014[^\n]*\(https:\/\/www\.legifrance\.gouv\.fr\//,
    );
    expect(text).to.contain('Clause propre au conseil');
    const en = charteDocument(
      { ...charteMoulins(), adoptedText: charteMoulins().adoptedText! },
      'en',
    );
    expect(en.blocks[1]).to.deep.include({ type: 'paragraph' });
    expect((en.blocks[1] as { text: string }).text).to.match(/^Adopted on 20 March 2025 by: /);
  });

  it('ODT: a zip whose first member is the stored mimetype, with XML that parses and holds every article title and the adoption', async () => {
    const doc = moulins();
    const bytes = await exportFile(doc, 'odt');
    // ODF: « mimetype » first, uncompressed, so the type reads at a fixed offset.
    expect(strFromU8(bytes.slice(30, 38))).to.equal('mimetype');
    expect(strFromU8(bytes.slice(38, 77))).to.equal('application/vnd.oasis.opendocument.text');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).to.include.members([
      'mimetype',
      'content.xml',
      'styles.xml',
      'meta.xml',
      'META-INF/manifest.xml',
    ]);
    for (const f of ['styles.xml', 'meta.xml', 'META-INF/manifest.xml'])
      parseXml(strFromU8(files[f]!));
    const content = parseXml(strFromU8(files['content.xml']!));
    const headings = [...content.getElementsByTagName('text:h')].map(words);
    for (const title of titles(doc)) expect(headings).to.include(title);
    expect(words(content.documentElement)).to.contain('Vote : 17 pour, 1 contre, 2 abstentions.');
  });

  it('DOCX: word/document.xml parses and holds every article title and the adoption, headings styled as headings', async () => {
    const doc = moulins();
    const files = unzipSync(await exportFile(doc, 'docx'));
    expect(Object.keys(files)).to.include.members(['[Content_Types].xml', 'word/document.xml']);
    const xml = parseXml(strFromU8(files['word/document.xml']!));
    const paragraphs = [...xml.getElementsByTagName('w:p')];
    const headingTexts = paragraphs
      .filter((p) =>
        p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val')?.startsWith('Heading'),
      )
      .map(words);
    for (const title of titles(doc)) expect(headingTexts).to.include(title);
    expect(words(xml.documentElement)).to.contain(
      'Assemblée plénière du conseil citoyen des Moulins',
    );
  });

  it('Markdown: the headings come back as the document’s, in order, and typed characters stay text', () => {
    const doc = moulins();
    const md = toMarkdown(doc);
    const back = md
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#+ /, '').replace(/\\(.)/g, '$1'));
    expect(back).to.deep.equal([
      doc.title,
      ...doc.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text),
    ]);
    const odd = toMarkdown({
      lang: 'fr',
      title: '# *pas* un titre',
      blocks: [{ type: 'paragraph', text: '1. pas une liste <b>' }],
    });
    expect(odd).to.equal('# \\# \\*pas\\* un titre\n\n1\\. pas une liste \\<b\\>\n');
  });

  it('renders hostile text as text in every format', async () => {
    const evil = XSS_PAYLOADS.join(' ');
    const doc: ExportDocument = {
      lang: 'fr',
      title: evil,
      blocks: [
        { type: 'heading', level: 1, text: evil },
        { type: 'paragraph', text: evil },
        { type: 'list', items: XSS_PAYLOADS.slice(0, 20) },
        { type: 'table', header: ['a', 'b'], rows: [[evil, evil]] },
      ],
    };
    const page = new DOMParser().parseFromString(toHtml(doc), 'text/html');
    expect(
      page.querySelectorAll('script, img, iframe, svg, object, embed, [onerror], [onload]').length,
    ).to.equal(0);
    expect(page.querySelector('h1')!.textContent).to.equal(evil.replace(FORBIDDEN_IN_XML, ''));
    const odt = unzipSync(await exportFile(doc, 'odt'));
    parseXml(strFromU8(odt['content.xml']!));
    const docx = unzipSync(await exportFile(doc, 'docx'));
    parseXml(strFromU8(docx['word/document.xml']!));
  });

  it('names files from their title', () => {
    expect(fileName('Charte de fonctionnement des Moulins, version 2', 'odt')).to.equal(
      'charte-de-fonctionnement-des-moulins-version-2.odt',
    );
    expect(fileName('« »', 'md')).to.equal('document.md');
  });
});

describe('exports of a bilan', () => {
  it('reads as <cc-bilan-report> does: adoption, summary, levels, figures as adopted, a table per heading, next year', async () => {
    const doc = bilanDocument(bilanMoulins(2025));
    expect(doc.title).to.equal(
      'Rapport annuel de co-construction 2025 — Conseil citoyen des Moulins',
    );
    const headings = doc.blocks
      .filter((b) => b.type === 'heading' && b.level === 1)
      .map((b) => (b as { text: string }).text);
    expect(headings).to.include.members([
      'Synthèse',
      'Indicateurs de l’année (calculés)',
      'Faire émerger une dynamique collective',
      'Actions pour l’an prochain',
    ]);
    const tables = doc.blocks.filter((b) => b.type === 'table') as {
      header: string[];
      rows: string[][];
    }[];
    // The levels table, then the figures, then one per heading (six).
    expect(tables).to.have.length(8);
    expect(tables[2]!.header).to.deep.equal([
      'Point',
      'État',
      'Conseil citoyen',
      'Institutions',
      'Écart',
    ]);
    const files = unzipSync(await exportFile(doc, 'odt'));
    const content = parseXml(strFromU8(files['content.xml']!));
    const odtHeadings = [...content.getElementsByTagName('text:h')].map(words);
    for (const h of headings) expect(odtHeadings).to.include(h);
    expect(content.getElementsByTagName('table:table').length).to.equal(8);
    const docx = parseXml(
      strFromU8(unzipSync(await exportFile(doc, 'docx'))['word/document.xml']!),
    );
    expect(docx.getElementsByTagName('w:tbl').length).to.equal(8);
  });

  it('gives every item as one CSV row, with a BOM for spreadsheets and the separator asked for', () => {
    const bilan = bilanMoulins(2026);
    const csv = bilanItemsCsv(bilan);
    expect(
      csv.startsWith(
        '\uFEFFRubrique;Point;Point propre au territoire;État;Conseil citoyen;Institutions;Écart;',
      ),
    ).to.equal(true);
    const lines = csv.trim().split('\r\n');
    const items = Object.keys(bilan.items).length;
    expect(lines.length - 1).to.be.at.least(27);
    expect(lines.length - 1).to.be.at.least(items);
    expect(lines.some((l) => l.includes(';oui;'))).to.equal(true); // the territory's own item
    expect(bilanItemsCsv(bilan, 'en', ',').split('\r\n')[0]).to.match(/^\uFEFFHeading,Item,/);
  });
});
