import { randomBytes } from 'node:crypto';

/** Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud or typed survive. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** 20 symbols of 5 bits: 100 bits of randomness, shown as XXXXX-XXXXX-XXXXX-XXXXX. */
export function newCertificateCode(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  const symbols = [...bytes].map((byte) => ALPHABET[byte & 31]);
  const groups = [];
  for (let i = 0; i < GROUPS; i++) groups.push(symbols.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** Reads a code as people type it: any case, spaces or missing dashes, O for 0 and I or L for 1. */
export function normalizeCertificateCode(input: string): string | undefined {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== GROUPS * GROUP_LENGTH || [...symbols].some((c) => !ALPHABET.includes(c))) return undefined;
  return symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}
