import type { ConsultationStrings } from './consultation-fr.js';

export const consultationEn: ConsultationStrings = {
  heading: (title: string) => `Consultation on the charter: ${title}`,
  openUntil: (n: number, date: string) =>
    `Version ${n} is open to the members’ comments until ${date}.`,
  closedSince: (n: number, date: string) =>
    `The consultation on version ${n} closed on ${date}: comments are no longer received.`,
  howTo:
    'Read the charter below. Under each article, “Comment” lets you say what you think of it: your comment is read by the council’s board and the municipality, and kept with this version.',
  messageFrom: (who: string) => `A word from ${who}:`,
  count: (n: number) => (n === 0 ? 'No comments yet.' : n === 1 ? '1 comment.' : `${n} comments.`),
  onArticle: (n: number) => (n === 1 ? '1 comment' : `${n} comments`),
  by: (who: string, date: string) => `${who}, ${date}`,
  comment: (n: number) => `Comment on article ${n}`,
  commentTitle: (n: number, title: string) => `Comment on article ${n} — ${title}`,
  articleText: 'The article’s text',
  author: 'Your name',
  authorHint: 'As the other members will read it (a first name is enough).',
  body: 'Your comment',
  bodyHint: 'What suits you, what is missing, what you would change. 2,000 characters at most.',
  blank: (field: string) => `“${field}” is required.`,
  tooLong: (field: string, max: number) => `“${field}”: ${max} characters at most.`,
  send: 'Send the comment',
  sending: 'Sending…',
  cancel: 'Cancel',
  sent: (n: number) => `Your comment on article ${n} is sent. Thank you!`,
  kept: 'Your text is kept on this device: it will still be there when you try again.',
  missing: 'Say which charter is consulted: attribute charte-id.',
  none: 'This charter is not open for consultation.',
  needLink:
    'To read and comment on the charter, open this page with the consultation link you received (it ends with “#cc-edit=” followed by a code).',
  ended:
    'This consultation is closed: its link no longer works. The comments sent were received and are kept with the version consulted.',
  panelTitle: 'Members’ consultation',
  open: 'Consult the members…',
  openTitle: 'Submit the charter to the members’ consultation',
  openIntro: (n: number) =>
    `Version ${n}, as saved, will be read and commented on by the members through a reading link. You can go on writing: the comments stay attached to version ${n}.`,
  closesAt: 'Closing date',
  closesAtHint: 'The link stops working after this date.',
  badClosesAt: '“Closing date” must be a date to come.',
  message: 'Message to the members',
  messageHint: 'For example: “Your remarks before the plenary of 15 January”.',
  openConfirm: 'Open the consultation',
  opening: 'Opening…',
  replaces: 'The consultation under way will be closed and its link withdrawn.',
  linkTitle: 'The link to send to the members',
  linkHint:
    'This link is shown only once: copy it now. It lets one read this version and comment on it, nothing else.',
  copy: 'Copy the link',
  copied: 'Link copied.',
  refresh: 'Show new comments',
  close: 'Close the consultation',
  closed: 'The consultation is closed: its link no longer works, the comments stay.',
  opened: (date: string) => `Consultation open until ${date}.`,
  goTo: (n: number, title: string) => `Article ${n} — ${title}`,
  removedArticle: 'Article removed since',
};
