// A charte as a document to export: its kind, who adopted it, when and how, then each part with its numbered
// articles, those that restate the law followed by their source, the council's own marked as such — what
// <cc-charte> shows on the municipality's site, in the same words.
import type { AdoptedText, AdoptionRecord, CharteKind, Locale } from '@conseils-citoyens/schemas';
import {
  CHARTE_KIND_LABELS,
  CHARTE_SECTION_TITLES,
} from '@conseils-citoyens/schemas/charte-wording.js';
import { charteTextFr } from '@conseils-citoyens/schemas/charte-text.js';
import { charteTextEn } from '@conseils-citoyens/schemas/charte-text-en.js';
import type { Block, ExportDocument } from './document.js';

export interface ExportableCharte {
  title: string;
  kind: CharteKind;
  adoption?: AdoptionRecord;
  /** The text as adopted (or, for a draft, as assembled now). */
  adoptedText: AdoptedText;
  version?: number;
}

const longDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));

export function charteDocument(c: ExportableCharte, locale: Locale = 'fr'): ExportDocument {
  const t = locale === 'en' ? charteTextEn : charteTextFr;
  const blocks: Block[] = [{ type: 'paragraph', text: CHARTE_KIND_LABELS[locale][c.kind] }];
  if (c.adoption) {
    const a = c.adoption;
    const vote =
      'consensus' in a.vote ? t.consensus : t.votes(a.vote.for, a.vote.against, a.vote.abstentions);
    blocks.push({
      type: 'paragraph',
      text: `${t.adopted(longDate(a.date, locale), a.body)} ${vote}${c.version ? ` (${t.version(c.version)})` : ''}`,
    });
    if (a.signatories.length)
      blocks.push({ type: 'paragraph', text: `${t.signatories} : ${a.signatories.join(' ; ')}` });
  }
  for (const s of c.adoptedText.sections) {
    blocks.push({ type: 'heading', level: 1, text: CHARTE_SECTION_TITLES[locale][s.section] });
    for (const a of s.articles) {
      blocks.push({ type: 'heading', level: 2, text: `${t.article(a.number)} — ${a.title}` });
      for (const line of a.text.split('\n').filter((l) => l.trim()))
        blocks.push({ type: 'paragraph', text: line });
      if (a.source)
        blocks.push({
          type: 'paragraph',
          note: true,
          text: `${t.restates} : ${a.source.text}${a.source.article ? `, ${a.source.article}` : ''}${a.source.url ? ` (${a.source.url})` : ''}.`,
        });
      if (a.own) blocks.push({ type: 'paragraph', note: true, text: t.own });
    }
  }
  return { lang: locale, title: c.title, blocks };
}
