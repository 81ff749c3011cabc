/* global document, location, URLSearchParams */
// Which document an example page shows: each element marked `data-id-from="questionnaire"` takes `?questionnaire=…`
// from the address (an id of the API's shape only) into the attribute named by `data-id-attribute`; otherwise it
// keeps the one written in the page.
const params = new URLSearchParams(location.search);
for (const el of document.querySelectorAll('[data-id-from][data-id-attribute]')) {
  const wanted = params.get(el.dataset.idFrom) ?? '';
  if (/^[a-z0-9][a-z0-9-]{0,79}$/.test(wanted)) el.setAttribute(el.dataset.idAttribute, wanted);
}
