import type { CoreStrings } from './translations.js';

export const en: CoreStrings = {
  errors: {
    network:
      'Cannot reach the service. Check your internet connection and try again: what you typed is kept.',
    timeout:
      'The service is taking too long to answer. Try again in a moment: what you typed is kept.',
    aborted: 'The request was interrupted.',
    invalid_response:
      'The service sent an unexpected answer. Try again later or contact the municipality.',
    validation: 'Some information needs correcting.',
    conflict: 'This action is not possible right now.',
    full: 'This session is full.',
    not_found: 'This resource does not exist or no longer exists.',
    unauthorized: 'You do not have the necessary rights.',
    rate_limited: 'Too many requests in a short time: wait a minute and try again.',
    server: 'The service has a problem. Try again in a few minutes: what you typed is kept.',
    config: 'This component is not configured correctly.',
  },
  loading: 'Loading…',
  linkClosed: 'This link no longer works: ask the person who sent it for a new one.',
  retry: 'Try again',
  configMissing: (tag) =>
    `<${tag}> is not connected to an API: add the api-base attribute (e.g. api-base="https://town.example/api/v1") or place it inside a <cc-provider>.`,
  configInvalid: (tag, what) => `<${tag}> is misconfigured: ${what}`,
  badApiBase: (value, where) =>
    `api-base="${value}"${where ? ` on ${where}` : ''} is not a valid web address (e.g. https://town.example/api/v1).`,
  colon: ': ',
};
