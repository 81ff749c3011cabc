/* global document, location, URLSearchParams */
// Which questionnaire this example page shows: `?questionnaire=…` (an id of the API's shape), else the shared one.
const wanted = new URLSearchParams(location.search).get('questionnaire') ?? '';
if (/^[a-z0-9][a-z0-9-]{0,79}$/.test(wanted))
  document.querySelector('cc-questionnaire').setAttribute('questionnaire-id', wanted);
