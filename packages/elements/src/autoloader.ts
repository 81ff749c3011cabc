// The one tag a CMS page needs: watches the document for cc-* tags and imports each element's chunk on first sight,
// so a page with only a calendar never downloads the form (like Web Awesome's loader).
// <script type="module" src="https://ville.example/elements/autoloader.js"></script>
import '@conseils-citoyens/core/context-root.js';
import placeholderRules from './placeholders.css?inline';

/** Each tag and the chunk that defines it; the shared runtime (lit, core) is a chunk of its own, fetched once. */
const CHUNKS: Record<string, () => Promise<unknown>> = {
  'cc-provider': () => import('@conseils-citoyens/core/cc-provider.js'),
  'cc-session-calendar': () => import('@conseils-citoyens/session-calendar/cc-session-calendar.js'),
  'cc-registration-form': () =>
    import('@conseils-citoyens/registration-form/cc-registration-form.js'),
  'cc-registration-cancel': () =>
    import('@conseils-citoyens/registration-form/cc-registration-cancel.js'),
  'cc-questionnaire': () => import('@conseils-citoyens/questionnaire/cc-questionnaire.js'),
  'cc-charte': () => import('@conseils-citoyens/charte/cc-charte.js'),
  'cc-bilan-report': () => import('@conseils-citoyens/bilan/cc-bilan-report.js'),
  // Staff pages: fetched only where the tag is.
  'cc-questionnaire-results': () =>
    import('@conseils-citoyens/questionnaire/cc-questionnaire-results.js'),
  'cc-questionnaire-editor': () =>
    import('@conseils-citoyens/questionnaire/cc-questionnaire-editor.js'),
  'cc-bilan-checklist': () => import('@conseils-citoyens/bilan/cc-bilan-checklist.js'),
  'cc-session-admin': () => import('@conseils-citoyens/session-calendar/cc-session-admin.js'),
  'cc-charte-builder': () => import('@conseils-citoyens/charte/cc-charte-builder.js'),
  // The members' page of a charte's consultation.
  'cc-charte-consultation': () => import('@conseils-citoyens/charte/cc-charte-consultation.js'),
};

// Room for the elements before their code arrives, for pages that do not link placeholders.css themselves.
// A constructed stylesheet: no request, allowed by a strict CSP.
const placeholders = new CSSStyleSheet();
placeholders.replaceSync(placeholderRules);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, placeholders];

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const chunk = CHUNKS[tag];
  if (!chunk) {
    console.warn(`[conseils-citoyens] <${tag}> n'est pas un élément connu de cette version.`);
    requested.add(tag);
    return;
  }
  requested.add(tag);
  chunk().catch((error: unknown) => {
    requested.delete(tag); // a later sighting tries again (the network may be back)
    console.error(`[conseils-citoyens] <${tag}> n'a pas pu être chargé :`, error);
  });
}

/** Every undefined cc-* element in `root`, itself included. */
function discover(root: Element | Document): void {
  if (root instanceof Element && root.localName.startsWith('cc-')) load(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)'))
    if (el.localName.startsWith('cc-')) load(el.localName);
}

discover(document);
new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
