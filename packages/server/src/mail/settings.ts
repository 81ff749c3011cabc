import type { Locale } from '@conseils-citoyens/schemas';

/** Who a write comes from: the language of its e-mails, and who signs them. */
export interface Writer {
  locale: Locale;
  mail: MailSettings;
}

/** Who the e-mails come from and which sites their links may lead to. */
export interface MailSettings {
  /** The sender, e.g. `Ville de Lille <conseils-citoyens@lille.fr>`. */
  from: string;
  /** The municipality or structure that signs them. */
  organisation: string;
  /** Where residents can write or call, in the signature. */
  contact?: string;
  /** Makes Message-IDs and calendar UIDs stable and unique: the public host name. */
  host: string;
  /**
   * The sites whose pages an e-mail may link to (origins such as `https://www.ville.fr`): the server's own and those
   * allowed by CORS. A page address from anywhere else is left out of the e-mail, so nobody can make the city's
   * server mail a link of their choosing.
   */
  trustedOrigins: readonly string[];
}

export const DEFAULT_MAIL: MailSettings = {
  from: 'Conseils citoyens <no-reply@localhost>',
  organisation: 'Conseils citoyens',
  host: 'localhost',
  trustedOrigins: [],
};

/** The address, when its site is trusted; otherwise nothing (the e-mail then says how to cancel without it). */
export function trustedLink(url: string | undefined, settings: MailSettings): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return settings.trustedOrigins.includes(u.origin) ? u.href : undefined;
  } catch {
    return undefined;
  }
}
