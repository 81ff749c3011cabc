import type { AutosaveStrings } from './autosave-strings.js';

export const en: AutosaveStrings = {
  state: {
    idle: 'Every change is saved.',
    pending: 'Changes kept on this device, saving in a moment…',
    saving: 'Saving…',
    saved: (time) => `Saved at ${time}.`,
    held: (why) => `Kept on this device, not saved yet: ${why}`,
    failed: (why) => `Not saved: ${why} Your changes are kept on this device.`,
    conflict: 'Someone else saved a version meanwhile.',
  },
  retry: 'Try again',
  conflictTitle: 'Two versions to choose between',
  conflictText: (who, version) =>
    `${who} saved version ${version} while you were editing. Nothing is lost: choose the version to keep. The other stays in the history.`,
  mine: 'My version (not saved)',
  theirs: (who) => `Version by ${who}`,
  keepMine: 'Keep my version',
  takeTheirs: 'Take their version',
};
