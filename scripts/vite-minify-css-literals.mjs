// A build step for the packages' dist: minifies the CSS of Lit's css`…` templates with lightningcss (already there for
// Vite), so that neither our comments nor our indentation reach a resident's phone: no bundler minifies inside a
// template literal. A template it cannot read is left as written, with a warning; nothing is ever dropped
// (no error recovery). `${…}` parts stand in the CSS as custom-property declarations and are put back after.
import { transform } from 'lightningcss';

const OPEN = 'css`';

/** Where the template literal that starts at `from` (just after its backtick) ends, skipping its `${…}` parts. */
function scanTemplate(code, from) {
  let i = from;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') return { end: i };
    else if (c === '$' && code[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      while (depth && j < code.length) {
        if (code[j] === '{') depth++;
        else if (code[j] === '}') depth--;
        j++;
      }
      i = j;
    } else i++;
  }
  return undefined;
}

export function minifyCss(raw, where) {
  const expressions = [];
  const withoutComments = raw.replace(/\/\*[\s\S]*?\*\//g, '');
  const css = withoutComments.replace(/\$\{[^}]*\}/g, (e) => {
    expressions.push(e);
    return `--cc-expression-${expressions.length - 1}: 0;`;
  });
  if (css.includes('\\') || css.includes('`')) return raw; // escapes: leave the template as written
  try {
    const { code } = transform({ filename: where, code: Buffer.from(css), minify: true });
    let out = code.toString();
    expressions.forEach((e, n) => {
      out = out.replace(new RegExp(`--cc-expression-${n}:0;?`), e);
    });
    return expressions.some((e) => !out.includes(e)) ? raw : out;
  } catch (error) {
    console.warn(`[minify-css-literals] ${where}: left as written (${error.message})`);
    return raw;
  }
}

/** @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'cc-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes(OPEN)) return undefined;
      let out = '';
      let last = 0;
      for (let at = code.indexOf(OPEN); at !== -1; at = code.indexOf(OPEN, last)) {
        const start = at + OPEN.length;
        const t = scanTemplate(code, start);
        if (!t) break;
        out += code.slice(last, start) + minifyCss(code.slice(start, t.end), id);
        last = t.end;
      }
      // `map: null`: the style modules' maps stay those of the source; only the lines inside a css`…` move.
      return { code: out + code.slice(last), map: null };
    },
  };
}
