import { registerEnumType } from '@nestjs/graphql';

export enum Locale {
  EN = 'EN',
  ES = 'ES',
  FR = 'FR',
}
registerEnumType(Locale, { name: 'Locale' });

export type LocaleKey = 'en' | 'es' | 'fr';
/** A text in each language; English and Spanish always present, French optional. */
export type LocalizedText = { en: string; es: string; fr?: string };

export const toLocaleKey = (locale: Locale): LocaleKey => locale.toLowerCase() as LocaleKey;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[toLocaleKey(locale)] ?? text.en;
}

/** First supported language of an Accept-Language header, or undefined. */
export function localeFromHeader(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toUpperCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.lang).find((lang): lang is Locale => lang in Locale) as Locale | undefined;
}
