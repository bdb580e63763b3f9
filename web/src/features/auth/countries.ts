/** The 11 Member States of the Regional Conference on Migration, by ISO 3166-1 alpha-2 code. */
export const RCM_MEMBER_STATES = ['BZ', 'CA', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'US'] as const;

export interface CountryOption {
  code: string;
  name: string;
}

/** Member states named in the reader's language and sorted as that language sorts. */
export function countryOptions(language: string): CountryOption[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(language);
  return RCM_MEMBER_STATES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Names countries from their ISO code in the reader's language: "SV" is "El Salvador". */
export function countryNamer(language: string): (code: string) => string {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  return (code) => names.of(code) ?? code;
}
