import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { strFromU8, unzipSync } from 'fflate';
import { charteDraft, charteMoulins } from '@conseils-citoyens/core/testing.js';
import {
  CHARTE_LIBRARY,
  assembleCharte,
  type Charte,
  type Locale,
} from '@conseils-citoyens/schemas';
import {
  charteDocument,
  exportFile,
  fileName,
  type ExportFormat,
} from '@conseils-citoyens/exports';
import controls from './controls.json';

/**
 * Les fichiers d'une version de charte, tels que `cc-server` les sert (`/chartes/{id}/versions/{n}.odt|.docx|.md|.html`)
 * et tels que le constructeur les télécharge : les mêmes fonctions (`@conseils-citoyens/exports`) les écrivent ici,
 * dans le navigateur. HTML et Markdown se lisent tels quels ; ODT et DOCX sont des archives : on en montre les titres
 * et paragraphes lus dans leur XML, et un lien pour ouvrir le fichier dans LibreOffice ou Word.
 */
interface ExportArgs {
  format: ExportFormat;
  charte: 'adoptee' | 'brouillon';
}

const CHARTES: Record<ExportArgs['charte'], () => Charte> = {
  adoptee: () => charteMoulins(),
  brouillon: () => charteDraft(),
};

interface Written {
  bytes: Uint8Array;
  name: string;
}

async function written({ format, charte }: ExportArgs, locale: Locale): Promise<Written> {
  const c = CHARTES[charte]();
  const doc = charteDocument(
    {
      ...c,
      adoptedText: c.adoptedText ?? {
        sections: assembleCharte(CHARTE_LIBRARY, c, locale).sections,
      },
      version: c.version,
    },
    locale,
  );
  return {
    bytes: await exportFile(doc, format),
    name: fileName(`${c.title} v${c.version}`, format),
  };
}

/** The paragraphs of a word-processor file, read from its XML as a word processor would lay them out. */
function paragraphs(
  bytes: Uint8Array,
  format: 'odt' | 'docx',
): { heading: boolean; text: string }[] {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[format === 'odt' ? 'content.xml' : 'word/document.xml']!);
  const dom = new DOMParser().parseFromString(xml, 'application/xml');
  if (format === 'odt')
    return [...dom.getElementsByTagName('*')]
      .filter(
        (n) =>
          n.localName === 'h' ||
          (n.localName === 'p' && n.parentElement?.localName !== 'list-item'),
      )
      .map((n) => ({ heading: n.localName === 'h', text: n.textContent ?? '' }));
  return [...dom.getElementsByTagName('w:p')].map((p) => ({
    heading: /Heading|Title/.test(
      p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? '',
    ),
    text: [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''),
  }));
}

const TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function preview({ bytes, name }: Written, format: ExportFormat): TemplateResult {
  const link = URL.createObjectURL(new Blob([bytes as BlobPart], { type: TYPES[format] }));
  const header = html`<p><a href=${link} download=${name}>${name}</a> (${Math.round(bytes.length / 100) / 10} ko)</p>`;
  if (format === 'html')
    return html`${header}<iframe title=${`Aperçu de ${name}`} srcdoc=${strFromU8(bytes)}
      style="width:100%;height:36rem;border:1px solid #888"></iframe>`;
  if (format === 'md')
    return html`${header}<pre style="white-space:pre-wrap;max-width:80ch">${strFromU8(bytes)}</pre>`;
  return html`${header}<div style="max-width:80ch">${paragraphs(bytes, format).map((p) =>
    p.heading ? html`<p><strong>${p.text}</strong></p>` : html`<p>${p.text}</p>`,
  )}</div>`;
}

const meta: Meta<ExportArgs> = {
  title: 'Composants/cc-charte/Exports',
  args: { format: 'odt', charte: 'adoptee' },
  argTypes: {
    format: { control: 'inline-radio', options: ['odt', 'docx', 'md', 'html'] },
    charte: { control: 'inline-radio', options: ['adoptee', 'brouillon'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  loaders: [
    async ({ args, globals }) => ({
      file: await written(args, globals.locale as Locale),
    }),
  ],
  render: (a, { loaded }) => preview((loaded as { file: Written }).file, a.format),
};
export default meta;
type Story = StoryObj<ExportArgs>;

export const Odt: Story = { name: 'ODT (LibreOffice) : la charte adoptée des Moulins' };
export const Docx: Story = { name: 'DOCX (Word)', args: { format: 'docx' } };
export const Markdown: Story = { name: 'Markdown', args: { format: 'md' } };
export const Html: Story = { name: 'HTML autonome et accessible', args: { format: 'html' } };
export const Brouillon: Story = {
  name: 'Un brouillon en ODT (sans adoption)',
  args: { charte: 'brouillon' },
};
