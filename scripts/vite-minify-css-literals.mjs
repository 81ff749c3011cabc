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

/**
 * Lit's html`…` and svg`…` templates, with each run of whitespace that holds a line break made one space: the same
 * page to the browser, which collapses such runs itself (no template of ours has text in a <pre> or a <textarea>),
 * without the source's indentation. Templates nested in a `${…}` part are done too; code is never touched.
 */
export function collapseHtml(code) {
  let out = '';
  let last = 0;
  const open = /(?<![\w$.])(?:html|svg)`/g;
  for (let m = open.exec(code); m; m = open.exec(code)) {
    const start = m.index + m[0].length;
    const t = scanTemplate(code, start);
    if (!t) break;
    out += code.slice(last, start);
    // The template's static text between its `${…}` parts; each part is code, searched for templates of its own.
    let i = start;
    let text = '';
    while (i < t.end) {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += text.replace(/\s*\n\s*/g, ' ');
        text = '';
        let depth = 1;
        let j = i + 2;
        while (depth && j < t.end) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}') depth--;
          j++;
        }
        out += `\${${collapseHtml(code.slice(i + 2, j - 1))}}`;
        i = j;
      } else text += code[i++];
    }
    out += text.replace(/\s*\n\s*/g, ' ');
    last = t.end;
    open.lastIndex = t.end;
  }
  return out + code.slice(last);
}

/** @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'cc-minify-css-literals',
    transform(code, id) {
      // An id may carry a query (the CDN build's `?cc-owner=`: one copy of a module per element file).
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return undefined;
      if (/(?:html|svg)`/.test(code)) code = collapseHtml(code);
      if (!code.includes(OPEN)) return { code, map: null };
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
