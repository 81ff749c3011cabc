import { expect, fixture } from '@open-wc/testing';
import { render } from 'lit';
import { ApiError, renderApiError } from '../src/index.js';

/** Renders the error block into a plain element and returns it, with how many times « Réessayer » ran. */
async function shown(error: unknown, message?: string, canRetry = true) {
  const host = await fixture<HTMLDivElement>('<div></div>');
  let retries = 0;
  render(renderApiError(error, 'fr', canRetry ? () => retries++ : null, message), host);
  return { host, retried: () => retries, button: host.querySelector('button') };
}

const linkProblem = (code: 'edit_link_revoked' | 'edit_link_expired' | 'edit_link_invalid') =>
  new ApiError('unauthorized', {
    status: 401,
    problem: { type: 'about:blank', title: 'x', status: 401, code },
  });

describe('renderApiError', () => {
  it('says what failed and retries when « Réessayer » is pressed', async () => {
    const { host, button, retried } = await shown(new ApiError('network'));
    expect(host.querySelector("[role='alert']")).not.to.equal(null);
    expect(button!.textContent.trim()).to.equal('Réessayer');
    button!.click();
    expect(retried()).to.equal(1);
    await expect(host).to.be.accessible();
  });

  for (const code of ['edit_link_revoked', 'edit_link_expired', 'edit_link_invalid'] as const) {
    it(`offers no retry for ${code}, and says to ask for a new link`, async () => {
      const error = linkProblem(code);
      expect(error.final).to.equal(true);
      const { host, button } = await shown(error);
      expect(button).to.equal(null);
      expect(host.textContent).to.match(/lien/);
    });
  }

  it("speaks the component's own words when it gives them, and hides the retry when told it cannot help", async () => {
    const { host, button } = await shown(
      new ApiError('unauthorized', { status: 401 }),
      'Ouvrez le lien reçu.',
      false,
    );
    expect(host.textContent.trim()).to.equal('Ouvrez le lien reçu.');
    expect(button).to.equal(null);
    expect(new ApiError('unauthorized', { status: 401 }).final).to.equal(false);
  });
});
