// What assistive technology gets for each field, read from Chromium's accessibility tree:
// name, description, required and invalid, before and after a failed submit (RGAA 11.1, 11.10).
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { mountForm, newApi } from './fixtures.js';

interface AxNode {
  role: string;
  name: string;
  description?: string;
  required?: boolean;
  invalid?: string | boolean;
  children?: AxNode[];
}
const flatten = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(flatten)];
const fieldsOf = async () =>
  flatten((await a11ySnapshot({})) as unknown as AxNode)
    .filter((n) => n.role === 'textbox')
    .map((n) => ({
      name: n.name.replace(/\s+/g, ' '),
      description: (n.description ?? '').replace(/\s+/g, ' '),
      required: !!n.required,
      invalid: n.invalid === true || n.invalid === 'true',
    }));

describe('<cc-registration-form> in the accessibility tree', () => {
  beforeEach(() => sessionStorage.clear());

  it('names, describes and flags every field, before and after a failed submit', async () => {
    const { form } = await mountForm('reseau-referents', newApi(), { fields: 'phone comment' });
    expect(await fieldsOf()).to.deep.equal([
      { name: 'Prénom (obligatoire)', description: '', required: true, invalid: false },
      { name: 'Nom (obligatoire)', description: '', required: true, invalid: false },
      {
        name: 'Adresse e-mail (obligatoire)',
        description:
          'Exemple : nom@domaine.fr. Nous vous écrivons seulement au sujet de cette séance.',
        required: true,
        invalid: false,
      },
      {
        name: 'Téléphone (facultatif)',
        description: 'Exemple : 06 12 34 56 78.',
        required: false,
        invalid: false,
      },
      { name: 'Commentaire (facultatif)', description: '', required: false, invalid: false },
    ]);
    await form.type('phone', 'abc');
    await form.submit();
    expect(await fieldsOf()).to.deep.equal([
      {
        name: 'Prénom (obligatoire)',
        description: 'Erreur : « Prénom » est obligatoire.',
        required: true,
        invalid: true,
      },
      {
        name: 'Nom (obligatoire)',
        description: 'Erreur : « Nom » est obligatoire.',
        required: true,
        invalid: true,
      },
      {
        name: 'Adresse e-mail (obligatoire)',
        description:
          'Exemple : nom@domaine.fr. Nous vous écrivons seulement au sujet de cette séance. Erreur : « Adresse e-mail » est obligatoire.',
        required: true,
        invalid: true,
      },
      {
        name: 'Téléphone (facultatif)',
        description: `Exemple : 06 12 34 56 78. Erreur : ${form.errorOf('phone')!.replace('Erreur : ', '')}`,
        required: false,
        invalid: true,
      },
      { name: 'Commentaire (facultatif)', description: '', required: false, invalid: false },
    ]);
    expect(form.errorOf('phone')).to.match(/« Téléphone »/);
  });
});
