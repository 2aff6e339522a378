import { describe, expect, it } from 'vitest';
import { isFatal, passphraseProblem, unlockMessage } from './unlock';

describe('passphraseProblem', () => {
  it('asks for eight characters, counted as characters not bytes', () => {
    expect(passphraseProblem('short', 'short')).toBe('Use at least 8 characters.');
    // Seven emoji are 14 UTF-16 units but still seven characters.
    const seven = '🔑'.repeat(7);
    expect(passphraseProblem(seven, seven)).toBe('Use at least 8 characters.');
    expect(passphraseProblem('🔑'.repeat(8), '🔑'.repeat(8))).toBeNull();
  });

  it('needs both copies to match', () => {
    expect(passphraseProblem('correct horse', 'correct hose')).toBe('The two passphrases differ.');
    expect(passphraseProblem('correct horse', 'correct horse')).toBeNull();
  });
});

describe('unlockMessage', () => {
  it('says a wrong key plainly and stays quiet when no key was offered', () => {
    expect(unlockMessage('wrong_key', 'x')).toBe('That passphrase does not unlock this workspace.');
    expect(unlockMessage('no_key_source', 'x')).toBeNull();
    expect(unlockMessage('no_key_in_keyring', 'x')).toBeNull();
    expect(unlockMessage('db', 'disk I/O error')).toBe('disk I/O error');
  });

  it('treats a foreign file as fatal but a wrong key as retryable', () => {
    expect(isFatal('not_a_workspace')).toBe(true);
    expect(isFatal('wrong_key')).toBe(false);
  });
});
