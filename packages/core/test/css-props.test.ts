import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps } from '../src/dom/css-props.js';

describe('cssProps()', () => {
  it('sets custom properties through the CSSOM, and again on each render', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (share: string) =>
      render(html`<span ${cssProps({ '--share': share })}></span>`, host);
    draw('40%');
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--share')).to.equal('40%');
    draw('75%');
    expect(host.querySelector('span')).to.equal(span);
    expect(span.style.getPropertyValue('--share')).to.equal('75%');
  });

  it('says where it goes when put on an attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span title=${cssProps({ '--x': '1' })}></span>`, host)).to.throw(
      /goes on an element/,
    );
  });
});
