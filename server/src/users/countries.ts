const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined && !['EU', 'UN', 'EZ', 'QO', 'XA', 'XB', 'ZZ'].includes(code);
}
