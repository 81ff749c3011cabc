import { expect } from '@open-wc/testing';
import { OTHER_CHOICE, responseTable, tableCsv, type QuestionnaireInput } from '../src/index.js';

const def: Pick<QuestionnaireInput, 'pages'> = {
  pages: [
    {
      id: 'p1',
      title: 'Page',
      items: [
        {
          id: 'role',
          type: 'multiple',
          label: 'Rôle',
          options: [
            { value: 'membre', label: 'Membre' },
            { value: 'pilotage', label: 'Pilotage' },
          ],
          other: true,
        },
        {
          id: 'formats',
          type: 'ranking',
          label: 'Formats',
          options: [
            { value: 'atelier', label: 'Atelier' },
            { value: 'journee', label: 'Journée' },
          ],
        },
        {
          id: 'themes',
          type: 'matrix',
          label: 'Thèmes',
          rows: [
            { value: 'ville', label: 'Contrat de ville' },
            { value: 'parole', label: 'Prise de parole' },
          ],
          columns: [
            { value: 'fort', label: 'Fort' },
            { value: 'faible', label: 'Faible' },
          ],
        },
        {
          id: 'college',
          type: 'single',
          label: 'Collège',
          options: [{ value: 'habitants', label: 'Habitants' }],
          other: true,
        },
        { id: 'age', type: 'number', label: 'Âge' },
        { id: 'ok', type: 'yesno', label: 'Disponible' },
      ],
    },
  ],
};

describe('responseTable: what the CSV and Excel exports write', () => {
  const table = responseTable(def, [
    {
      id: 'r1',
      version: 2,
      submittedAt: '2026-11-20T09:30:00.000Z',
      paper: true,
      answers: {
        role: ['pilotage', OTHER_CHOICE],
        formats: ['journee', 'atelier'],
        themes: { parole: 'fort' },
        college: OTHER_CHOICE,
        age: 34,
        ok: false,
      },
      others: { role: 'Trésorière', college: 'Bailleurs' },
    },
    {
      id: 'r2',
      version: 2,
      submittedAt: '2026-11-21T09:30:00.000Z',
      paper: false,
      answers: { role: ['membre'] },
      others: {},
    },
  ]);

  it('gives a column per option of a multiple choice, per option of a ranking and per row of a matrix', () => {
    expect(table.header).to.deep.equal([
      'Réponse',
      'Version',
      'Envoyée le',
      'Papier',
      'Rôle — Membre',
      'Rôle — Pilotage',
      'Rôle — Autre',
      'Formats — Atelier (rang)',
      'Formats — Journée (rang)',
      'Thèmes — Contrat de ville',
      'Thèmes — Prise de parole',
      'Collège',
      'Âge',
      'Disponible',
    ]);
  });

  it('writes labels, ranks, numbers and dates, and leaves unanswered cells empty', () => {
    expect(table.rows[0]).to.deep.equal([
      'r1',
      2,
      new Date('2026-11-20T09:30:00.000Z'),
      'Oui',
      '',
      'Oui',
      'Trésorière',
      2,
      1,
      '',
      'Fort',
      'Autre : Bailleurs',
      34,
      'Non',
    ]);
    expect(table.rows[1]).to.deep.equal([
      'r2',
      2,
      new Date('2026-11-21T09:30:00.000Z'),
      'Non',
      'Oui',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('as CSV: BOM, CRLF, ISO dates, a « ; » inside a label quoted, no formula', () => {
    const csv = tableCsv(
      responseTable(
        {
          pages: [
            { id: 'p', title: 'P', items: [{ id: 't', type: 'text', label: 'Avis; libre' }] },
          ],
        },
        [
          {
            id: 'r',
            version: 1,
            submittedAt: '2026-11-20T09:30:00.000Z',
            paper: false,
            answers: { t: '=HYPERLINK("x")' },
            others: {},
          },
        ],
      ),
    );
    expect(csv).to.equal(
      '\uFEFFRéponse;Version;Envoyée le;Papier;"Avis; libre"\r\nr;1;2026-11-20T09:30:00.000Z;Non;"\'=HYPERLINK(""x"")"\r\n',
    );
  });
});
