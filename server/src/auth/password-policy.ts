import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '../common/app-error';

const MIN = 12;
const MAX = 128;
const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * OWASP ASVS password rules: 12 to 128 characters, any characters (passphrases welcome),
 * and not common or easy to guess, counting the person's own name and e-mail as guessable.
 */
export function assertAcceptablePassword(password: string, personal: string[] = []): void {
  if (password.length < MIN || password.length > MAX) throw badInput(`password must be ${MIN} to ${MAX} characters long`);
  const inputs = personal
    .flatMap((text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s@._-]+/))
    .filter((part) => part.length > 2);
  if (estimator.check(password, inputs).score < 3) {
    throw badInput('password is too common or too easy to guess; a few unrelated words make a strong passphrase');
  }
}
