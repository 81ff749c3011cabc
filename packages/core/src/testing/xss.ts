/**
 * 200 cross-site-scripting payloads (25 vectors × 8 contexts that try to break out of where the text lands),
 * each setting `window.__xss` if it ever runs. For tests that render user-authored text in every widget.
 */
const VECTORS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  '"><img src=x onerror=window.__xss=1>',
  'javascript:window.__xss=1',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">lien</a>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<body onload=window.__xss=1>',
  '<input autofocus onfocus=window.__xss=1>',
  '<video><source onerror=window.__xss=1></video>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<style>@import "javascript:window.__xss=1"</style>',
  '<marquee onstart=window.__xss=1>x</marquee>',
  `'';!--"<XSS>=&{()}`,
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<a href="jav&#x09;ascript:window.__xss=1">x</a>',
  '<form><button formaction=javascript:window.__xss=1>x</button></form>',
];
const CONTEXTS = [
  (v: string) => v,
  (v: string) => `Masterclass ${v}`,
  (v: string) => `${v} — Lille`,
  (v: string) => `"${v}`,
  (v: string) => `'${v}`,
  (v: string) => `</h4>${v}`,
  (v: string) => `</dd></dl>${v}`,
  (v: string) => `</dialog>${v}`,
];

export const XSS_PAYLOADS: readonly string[] = CONTEXTS.flatMap((c) => VECTORS.map(c));

/** Elements a text payload could have turned into, anywhere under `root` (shadow roots included). */
export function injectedElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      const tag = el.localName;
      if (
        [
          'script',
          'img',
          'iframe',
          'svg',
          'object',
          'embed',
          'video',
          'marquee',
          'math',
          'details',
          'style',
          'body',
          'xss',
        ].includes(tag)
      )
        found.push(el);
      const urlAttribute = (name: string) =>
        ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(name);
      if (
        [...el.attributes].some(
          (a) =>
            a.name.startsWith('on') || (urlAttribute(a.name) && /^\s*javascript:/i.test(a.value)),
        )
      )
        found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root as Element);
  return found;
}
