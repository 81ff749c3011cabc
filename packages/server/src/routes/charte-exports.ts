// A charte's version as a file to download: ODT (LibreOffice, most administrations), DOCX, Markdown, or a page of
// HTML that stands alone. Made by @conseils-citoyens/exports from the text kept with the version — the adopted text of
// an adopted one, the text as assembled now for a draft — so a file reads like <cc-charte>, in the same words.
import { CHARTE_LIBRARY, assembleCharte, type CharteInput } from '@conseils-citoyens/schemas';
import {
  EXPORT_TYPES,
  charteDocument,
  exportFile,
  fileName,
  type ExportFormat,
} from '@conseils-citoyens/exports';
import { idParam as id, localeOf } from '../http.js';
import { HttpProblem } from '../problem.js';
import { RouteTable, idParam } from '../route-table.js';
import type { RouteContext } from './context.js';
import { editLink, readableVersion, versionParam } from './documents.js';

const FORMATS = Object.keys(EXPORT_TYPES) as ExportFormat[];

export function charteExportRoutes({ db }: RouteContext): RouteTable {
  return new RouteTable().on(
    {
      method: 'get',
      path: '/chartes/{id}/versions/{version}.{format}',
      // Any extension: one this server does not write (`.pdf`) is a file not found, not a malformed version.
      pattern: '/chartes/:id/versions/:file{[0-9]+\\.[a-z0-9]+}',
      summary:
        'Une version de la charte en fichier : ODT, DOCX, Markdown ou HTML (publique si adoptée)',
      parameters: [
        idParam,
        versionParam,
        { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: FORMATS } },
        editLink,
      ],
      ok: { status: 200, contentType: Object.values(EXPORT_TYPES).join(', ') },
      problems: [401, 404, 422],
    },
    async (c) => {
      const [version = '', format = 'md'] = (c.req.param('file') ?? '').split('.') as [
        string,
        ExportFormat,
      ];
      if (!FORMATS.includes(format)) throw new HttpProblem(404, 'not_found');
      const row = await readableVersion(db, c, 'chartes', id(c), version);
      const charte = JSON.parse(row.data) as CharteInput;
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
      return c.body(new Uint8Array(await exportFile(doc, format)), 200, {
        'Content-Type': EXPORT_TYPES[format],
        'Content-Disposition': `attachment; filename="${fileName(`${charte.title} v${row.version}`, format)}"`,
        // Downloaded, never run as a page of this site.
        'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'",
        'Cache-Control': row.status === 'draft' ? 'private, no-store' : 'public, max-age=3600',
      });
    },
  );
}
