// Pure rules of the first-run and unlock screens, kept apart from the components so they can be
// tested without a DOM.
import { t } from '../lib/i18n.svelte';

/** The store accepts any non-empty passphrase; the app asks for 8 characters so that a typo'd
 *  single key press is not what protects a customer book. */
export const MIN_PASSPHRASE = 8;

/** Why a new passphrase cannot be used yet, or null when it can. */
export function passphraseProblem(passphrase: string, repeat: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE) return t('ui-unlock-too-short', { count: MIN_PASSPHRASE });
  if (passphrase !== repeat) return t('ui-unlock-mismatch');
  return null;
}

/** What the unlock screen says about an error code from `unlock` or the startup attempt. Codes
 *  that only mean "no key was offered" say nothing: the screen itself asks for one. */
export function unlockMessage(code: string, message: string): string | null {
  switch (code) {
    case 'wrong_key':
      return t('ui-unlock-wrong-key');
    case 'empty_passphrase':
      return t('ui-unlock-empty');
    case 'no_key_source':
    case 'no_key_in_keyring':
      return null;
    case 'keyring':
      return t('ui-unlock-keyring-failed');
    default:
      return message;
  }
}

/** Errors after which no passphrase can help: the file itself is the problem. */
export function isFatal(code: string): boolean {
  return code === 'not_a_workspace' || code === 'migrate' || code === 'io';
}
