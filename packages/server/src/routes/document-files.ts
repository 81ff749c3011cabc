// A charte's or a bilan's version as a file to download: ODT (LibreOffice, most administrations), DOCX, Markdown, a
// page of HTML that stands alone, and for a bilan its items as CSV. Made by @conseils-citoyens/exports from what is
// kept with the version — a charte's adopted text, a bilan's figures as adopted; for a draft, as it reads now — so a
// file says what <cc-charte> and <cc-bilan-report> show, in the same words.
import type { Context } from 'hono';
import {
  CHARTE_LIBRARY,
  assembleCharte,
  type Bilan,
  type CharteInput,
} from '@conseils-citoyens/schemas';
import {
  EXPORT_TYPES,
  bilanDocument,
  bilanItemsCsv,
  charteDocument,
  exportFile,
  fileName,
  type ExportFormat,
} from '@conseils-citoyens/exports';
import type { VersionRow } from '../documents.js';
import { csvSeparatorOf, idParam as id, localeOf } from '../http.js';
import { HttpProblem } from '../problem.js';
import { RouteTable, idParam } from '../route-table.js';
import type { RouteContext } from './context.js';
import { editLink, readableVersion, versionParam } from './documents.js';

const CSV_TYPE = 'text/csv; charset=utf-8';

/** What each kind of document is written as, from a version of it. */
const WRITERS = {
  chartes: {
    formats: Object.keys(EXPORT_TYPES),
    name: (data: Record<string, unknown>) => String(data.title),
    file: async (data: Record<string, unknown>, row: VersionRow, format: string, c: Context) => {
      const charte = data as unknown as CharteInput;
      const locale = localeOf(c);
      const doc = charteDocument(
        {
          ...charte,
          adoptedText: charte.adoptedText ?? {
            sections: assembleCharte(CHARTE_LIBRARY, charte, locale).sections,
          },
          version: Number(row.version),
        },
        locale,
      );
      return exportFile(doc, format as ExportFormat);
    },
  },
  bilans: {
    formats: [...Object.keys(EXPORT_TYPES), 'csv'],
    name: (data: Record<string, unknown>) => `bilan ${String(data.year)} ${String(data.council)}`,
    file: async (data: Record<string, unknown>, row: VersionRow, format: string, c: Context) => {
      const bilan = {
        ...(data as unknown as Bilan),
        version: Number(row.version),
        versionStatus: row.status,
        updatedAt: row.created_at,
      };
      const locale = localeOf(c);
      if (format === 'csv')
        return new TextEncoder().encode(bilanItemsCsv(bilan, locale, csvSeparatorOf(c)));
      return exportFile(bilanDocument(bilan, locale), format as ExportFormat);
    },
  },
} as const;

export function documentFileRoutes({ db }: RouteContext): RouteTable {
  const table = new RouteTable();
  for (const [kind, writer] of Object.entries(WRITERS) as [
    keyof typeof WRITERS,
    (typeof WRITERS)[keyof typeof WRITERS],
  ][])
    table.on(
      {
        method: 'get',
        path: `/${kind}/{id}/versions/{version}.{format}`,
        // Any extension: one this server does not write (`.pdf`) is a file not found, not a malformed version.
        pattern: `/${kind}/:id/versions/:file{[0-9]+\\.[a-z0-9]+}`,
        summary: `Une version en fichier : ${writer.formats.join(', ')} (publique si ${kind === 'chartes' ? 'adoptée' : 'adopté'})`,
        parameters: [
          idParam,
          versionParam,
          {
            name: 'format',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: writer.formats },
          },
          editLink,
        ],
        ok: {
          status: 200,
          contentType: [
            ...Object.values(EXPORT_TYPES),
            ...(kind === 'bilans' ? [CSV_TYPE] : []),
          ].join(', '),
        },
        problems: [404, 422],
      },
      async (c) => {
        const [version = '', format = ''] = (c.req.param('file') ?? '').split('.');
        if (!writer.formats.includes(format)) throw new HttpProblem(404, 'not_found');
        const row = await readableVersion(db, c, kind, id(c), version);
        const data = JSON.parse(row.data) as Record<string, unknown>;
        const bytes = await writer.file(data, row, format, c);
        const base = `${writer.name(data)} v${row.version}`;
        return c.body(new Uint8Array(bytes), 200, {
          'Content-Type': format === 'csv' ? CSV_TYPE : EXPORT_TYPES[format as ExportFormat],
          'Content-Disposition': `attachment; filename="${fileName(base, format as ExportFormat | 'csv')}"`,
          // Downloaded, never run as a page of this site.
          'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'",
          'Cache-Control': row.status === 'draft' ? 'private, no-store' : 'public, max-age=3600',
        });
      },
    );
  return table;
}
