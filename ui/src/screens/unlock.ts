// Pure rules of the first-run and unlock screens, kept apart from the components so they can be
// tested without a DOM.

/** The store accepts any non-empty passphrase; the app asks for 8 characters so that a typo'd
 *  single key press is not what protects a customer book. */
export const MIN_PASSPHRASE = 8;

/** Why a new passphrase cannot be used yet, or null when it can. */
export function passphraseProblem(passphrase: string, repeat: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE) return `Use at least ${MIN_PASSPHRASE} characters.`;
  if (passphrase !== repeat) return 'The two passphrases differ.';
  return null;
}

/** What the unlock screen says about an error code from `unlock` or the startup attempt. Codes
 *  that only mean "no key was offered" say nothing: the screen itself asks for one. */
export function unlockMessage(code: string, message: string): string | null {
  switch (code) {
    case 'wrong_key':
      return 'That passphrase does not unlock this workspace.';
    case 'empty_passphrase':
      return 'Type the passphrase first.';
    case 'no_key_source':
    case 'no_key_in_keyring':
      return null;
    case 'keyring':
      return 'The system keyring could not be used. Type the passphrase instead.';
    default:
      return message;
  }
}

/** Errors after which no passphrase can help: the file itself is the problem. */
export function isFatal(code: string): boolean {
  return code === 'not_a_workspace' || code === 'migrate' || code === 'io';
}
