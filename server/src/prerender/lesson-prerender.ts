import { escapeHtml } from '../common/escape-html';
import { Locale, localeFromHeader, pick, toLocaleKey } from '../common/locale';
import type { LessonPlace } from '../content/content.service';

/** The web app's address of a lesson (web/src/app.tsx: `lessons/:id`). */
export const LESSON_PATH = /^\/lessons\/([a-z0-9-]+)\/?$/;

/** The cookie in which the web app keeps the reader's choice of language (web/src/i18n/i18n.ts). */
const LANGUAGE_COOKIE = 'campus_lang';

/**
 * The language of a pre-rendered page: `?lang=` if it names one we have, else the language the
 * reader chose in the app (its cookie), else the browser's Accept-Language, else English.
 */
export function prerenderLocale(lang: unknown, cookieHeader: string | undefined, acceptLanguage: string | undefined): Locale {
  const chosen = cookieHeader
    ?.split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === LANGUAGE_COOKIE)?.[1];
  return asLocale(lang) ?? asLocale(chosen) ?? localeFromHeader(acceptLanguage) ?? Locale.EN;
}

function asLocale(value: unknown): Locale | undefined {
  const code = typeof value === 'string' ? value.slice(0, 2).toUpperCase() : undefined;
  return code && code in Locale ? (code as Locale) : undefined;
}

/**
 * index.html with the lesson already in it, so a reader on a slow link reads while the
 * JavaScript arrives. The app takes the same markup over (features/lessons/prerendered-lesson.ts)
 * and keeps showing it until its own query answers.
 *
 * The lesson's HTML is the content loader's markdown output, sanitized when the content was
 * loaded (content/markdown.ts allows a short list of tags, href on links, a few classes);
 * the other texts are escaped here.
 */
export function prerenderLesson(indexHtml: string, place: LessonPlace, locale: Locale): string {
  const { course, week, lesson } = place;
  const language = toLocaleKey(locale);
  const title = pick(lesson.title, locale);
  const article =
    `<article class="lesson" id="prerendered-lesson" data-lesson-id="${escapeHtml(lesson.id)}" data-locale="${language}" aria-labelledby="lesson-title">` +
    `<header class="lesson__header">` +
    `<p class="eyebrow">${escapeHtml(pick(course.title, locale))}<span class="eyebrow__detail">${escapeHtml(pick(week.title, locale))}</span></p>` +
    `<h1 id="lesson-title">${escapeHtml(title)}</h1>` +
    `</header>` +
    `<div class="prose">${pick(lesson.html, locale)}</div>` +
    `</article>`;
  return indexHtml
    .replace(/<html lang="[^"]*"/, () => `<html lang="${language}"`)
    .replace(/<title>[^<]*<\/title>/, (original) => `<title>${escapeHtml(title)} · ${original.slice('<title>'.length, -'</title>'.length)}</title>`)
    .replace('<div id="root"></div>', () => `<div id="root"><div class="app"><main id="main" class="site-main">${article}</main></div></div>`);
}
