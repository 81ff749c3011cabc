/** Characters XML 1.0 forbids (a pasted control character would make the file unreadable). */
// eslint-disable-next-line no-control-regex -- matching them is the point
export const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as XML or HTML character data and attribute values: what was typed is shown, never interpreted. */
export const xmlText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(FORBIDDEN_IN_XML, '');
