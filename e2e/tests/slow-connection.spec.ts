import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { graphql, type NewUser } from '../support/admin-api';
import { enrolledTrainee } from '../support/course-api';
import { COURSE_SLUG } from '../support/main-pages';
import { useSession } from '../support/session';

/**
 * Chrome DevTools' "Slow 4G" network preset (called "Fast 3G" before Chrome 119), the one
 * Lighthouse's mobile runs approximate: 1.6 Mbit/s down and 750 kbit/s up, each at 90 %,
 * and 150 ms round trips times 3.75 for the request latency.
 */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  connectionType: 'cellular4g',
} as const;

/**
 * Where the figures are written, as bench/lib/server.mjs writeResult does: into BENCH_RESULTS_DIR
 * (relative to the folder the tests run from), and only when it is set, so an ordinary test run
 * leaves the committed bench/results alone. From e2e/: BENCH_RESULTS_DIR=../bench/results.
 */
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR;

interface LessonWithHtml {
  id: string;
  html: string;
}

/** A trainee registered and enrolled through the API, signed in in the browser, and week 1's lessons with their HTML. */
async function signedInTrainee(page: Page, request: APIRequestContext, trainee: NewUser): Promise<LessonWithHtml[]> {
  const { token } = await enrolledTrainee(request, trainee, COURSE_SLUG);
  const { courses } = await graphql<{ courses: { weeks: { lessons: LessonWithHtml[] }[] }[] }>(request, '{ courses { weeks { lessons { id html } } } }', {}, token);
  await useSession(page, token);
  return courses[0].weeks[0].lessons;
}

interface Timings {
  /** Since navigation start: the lesson's first paragraph on screen in the server's pre-rendered copy. */
  firstLessonText?: number;
  /** Since navigation start: the same paragraph rendered by the app, after its JavaScript and query. */
  appLesson?: number;
}

test.describe('a first visit', () => {
  // The offline reading worker would fetch the app's code itself, outside the page's throttling.
  test.use({ serviceWorkers: 'block' });

  test('a signed-in trainee on slow 4G reads the first lesson text before the app has loaded', async ({ page, request }) => {
    const [lesson] = await signedInTrainee(page, request, {
      name: 'Rosa Quispe',
      email: `rosa.${Date.now()}@consulate.example.org`,
      password: 'a long enough passphrase',
      country: 'GT',
    });
    const firstParagraph = plainText(/<p>([\s\S]*?)<\/p>/.exec(lesson.html)![1]).slice(0, 60);

    // Watching for the lesson text from the first frame.
    await page.addInitScript(() => {
      const timings: Timings = {};
      (window as unknown as { lessonTimings: Timings }).lessonTimings = timings;
      const watch = () => {
        const visible = (selector: string) => {
          const paragraph = document.querySelector(selector);
          return Boolean(paragraph?.textContent?.trim() && paragraph.getClientRects().length);
        };
        if (timings.firstLessonText === undefined && visible('#prerendered-lesson .prose p')) timings.firstLessonText = performance.now();
        if (timings.appLesson === undefined && visible('article.lesson:not(#prerendered-lesson) .prose p')) timings.appLesson = performance.now();
        if (timings.appLesson === undefined) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });

    await page.goto(`/lessons/${lesson.id}`, { waitUntil: 'commit' });
    // First the server's pre-rendered copy (the app keeps showing it until its own query answers).
    await expect(page.locator('#prerendered-lesson .prose p').first()).toContainText(firstParagraph, { timeout: 30_000 });
    // Then the app takes over with its own copy, and the trainee can mark the lesson complete.
    await expect(page.locator('article.lesson:not(#prerendered-lesson) .prose p').first()).toContainText(firstParagraph, { timeout: 45_000 });
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeVisible();

    const timings = await page.evaluate(() => (window as unknown as { lessonTimings: Timings }).lessonTimings);
    expect(timings.firstLessonText, 'the pre-rendered lesson text was seen on screen').toBeDefined();
    expect(timings.firstLessonText!, "the pre-rendered text came before the app's own lesson").toBeLessThan(timings.appLesson!);
    const result = {
      measuredAt: new Date().toISOString(),
      network: 'Chrome DevTools "Slow 4G": 562.5 ms latency, 180 kB/s down, 84.4 kB/s up; cache disabled',
      lesson: lesson.id,
      firstLessonTextMs: Math.round(timings.firstLessonText!),
      appLessonMs: Math.round(timings.appLesson!),
      transferredBytes: bytes,
    };
    console.log(
      `Slow 4G, cold cache: first lesson text after ${result.firstLessonTextMs} ms (server-rendered); ` +
        `the app's own lesson after ${result.appLessonMs} ms; ${(bytes / 1024).toFixed(1)} KiB transferred`,
    );
    if (RESULTS_DIR) {
      const file = join(resolve(RESULTS_DIR), 'web-slow-4g.json');
      mkdirSync(resolve(RESULTS_DIR), { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      console.log(`Written to ${file}`);
    }
  });
});

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

test('a trainee saves a week and reads its lessons with no connection', async ({ page, context, request }) => {
  const lessons = await signedInTrainee(page, request, {
    name: 'Marta Chávez',
    email: `marta.${Date.now()}@consulate.example.org`,
    password: 'a long enough passphrase',
    country: 'HN',
  });

  await page.goto(`/courses/${COURSE_SLUG}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Week 1 comes first.
  await page.getByRole('button', { name: 'Save this week for offline reading' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved for offline reading' }).first()).toBeVisible();

  await context.setOffline(true);
  for (const lesson of [lessons[0], lessons[lessons.length - 1]]) {
    const firstParagraph = plainText(/<p>([\s\S]*?)<\/p>/.exec(lesson.html)![1]).slice(0, 60);
    await page.goto(`/lessons/${lesson.id}`);
    await expect(page.locator('.prose p').first()).toContainText(firstParagraph);
  }
  await context.setOffline(false);
});
