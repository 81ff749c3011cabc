import {
  EDIT_LINK_FRAGMENT,
  RESUME_FRAGMENT,
  WITHDRAW_FRAGMENT,
  INVITATION_FRAGMENT,
  CONFIRM_FRAGMENT,
} from '@conseils-citoyens/schemas/constants.js';

/**
 * A secret carried in the page address's fragment (`#cc-edit=…`, `#cc-reprendre=…`): a fragment is never sent to any
 * server, so the secret stays out of logs and `Referer` headers. Elements send it in a header.
 */
export function secretFromFragment(
  name: string,
  pattern: RegExp,
  hash: string = window.location.hash,
): string | undefined {
  const secret = new URLSearchParams(hash.replace(/^#/, '')).get(name);
  return secret && pattern.test(secret) ? secret : undefined;
}

/** The address to hand someone: `page` with the secret in its fragment. */
export function secretUrl(page: string, name: string, secret: string): string {
  const url = new URL(page, document.baseURI);
  url.hash = `${name}=${secret}`;
  return url.href;
}

/** An edit link's secret, sent in the `CC-Edit-Link` header. */
export const editLinkFromFragment = (hash?: string) =>
  secretFromFragment(EDIT_LINK_FRAGMENT, /^[A-Za-z0-9_-]{32,200}$/, hash);

/** The address to hand a council member: the editing page with the secret in its fragment. */
export const editLinkUrl = (page: string, secret: string) =>
  secretUrl(page, EDIT_LINK_FRAGMENT, secret);

/** A questionnaire draft's resume token (`id.secret`), sent in the `CC-Resume-Token` header. */
export const resumeTokenFromFragment = (hash?: string) =>
  secretFromFragment(RESUME_FRAGMENT, /^[A-Za-z0-9-]{1,64}\.[A-Za-z0-9_-]{32,200}$/, hash);

/** An answer's withdrawal link (`id.token`): the token given when the answer was sent. */
export const withdrawTokenFromFragment = (hash?: string) =>
  secretFromFragment(WITHDRAW_FRAGMENT, /^[A-Za-z0-9-]{1,64}\.[A-Za-z0-9_-]{32,200}$/, hash);

/** An answer's confirmation link (`id.token`), mailed with `responses: "email"`. */
export const confirmTokenFromFragment = (hash?: string) =>
  secretFromFragment(CONFIRM_FRAGMENT, /^[A-Za-z0-9-]{1,64}\.[A-Za-z0-9_-]{32,200}$/, hash);

/** An invitation link's token (`id.secret`): one answer per invited person. */
export const invitationFromFragment = (hash?: string) =>
  secretFromFragment(INVITATION_FRAGMENT, /^[A-Za-z0-9-]{1,64}\.[A-Za-z0-9_-]{32,200}$/, hash);
