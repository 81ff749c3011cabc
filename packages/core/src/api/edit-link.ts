import { EDIT_LINK_FRAGMENT } from '@conseils-citoyens/schemas/constants.js';

/**
 * The edit link's secret from the page address's fragment (`#cc-edit=…`): a fragment is never sent to any server,
 * so the secret stays out of logs and `Referer` headers. Elements send it in the `CC-Edit-Link` header.
 */
export function editLinkFromFragment(hash: string = window.location.hash): string | undefined {
  const secret = new URLSearchParams(hash.replace(/^#/, '')).get(EDIT_LINK_FRAGMENT);
  return secret && /^[A-Za-z0-9_-]{32,200}$/.test(secret) ? secret : undefined;
}

/** The address to hand a council member: the editing page with the secret in its fragment. */
export function editLinkUrl(page: string, secret: string): string {
  const url = new URL(page, document.baseURI);
  url.hash = `${EDIT_LINK_FRAGMENT}=${secret}`;
  return url.href;
}
