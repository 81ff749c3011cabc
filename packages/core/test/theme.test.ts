import { expect } from '@open-wc/testing';
import { CONTRAST_PAIRS, TOKENS, baseStyles } from '../src/index.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

describe('design tokens', () => {
  it('computes contrast like WCAG (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const { fg, bg, min } of CONTRAST_PAIRS) {
      it(`${scheme}: ${fg} on ${bg} ≥ ${min}:1`, () => {
        const f = TOKENS[fg]?.[scheme];
        const b = TOKENS[bg]?.[scheme];
        expect(f, `${fg} has a ${scheme} value`).to.match(/^#[0-9a-f]{6}$/);
        expect(b, `${bg} has a ${scheme} value`).to.match(/^#[0-9a-f]{6}$/);
        expect(contrast(f!, b!)).to.be.at.least(min);
      });
    }
  }

  it('reads every token with its light default (token-defaults.ts is regenerated from tokens.json)', () => {
    const cssText = baseStyles.cssText;
    for (const [name, t] of Object.entries(TOKENS))
      expect(cssText).to.contain(`--_${name}: var(--cc-${name}, ${t.light});`);
  });

  it('defines every private variable that the base styles use', () => {
    const cssText = baseStyles.cssText;
    const used = new Set([...cssText.matchAll(/var\((--_[a-z0-9-]+)/g)].map((m) => m[1]));
    const defined = new Set([...cssText.matchAll(/(--_[a-z0-9-]+):/g)].map((m) => m[1]));
    expect(used.size).to.be.greaterThan(5);
    expect([...used].filter((v) => !defined.has(v))).to.deep.equal([]);
  });

  it('renders with the default values when the page sets no token', async () => {
    const el = document.createElement('div');
    el.attachShadow({ mode: 'open' }).adoptedStyleSheets = [baseStyles.styleSheet!];
    el.shadowRoot!.innerHTML = '<p>x</p>';
    document.body.append(el);
    // :host rules apply to the shadow host
    expect(getComputedStyle(el).color).to.equal('rgb(27, 31, 39)');
    el.remove();
  });
});
