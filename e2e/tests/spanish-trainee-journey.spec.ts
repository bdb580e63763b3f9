import { expect, test, type Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CertificatePage } from '../pages/certificate-page';
import { CourseOutlinePage } from '../pages/course-outline-page';
import { HomePage } from '../pages/home-page';
import { LessonPage } from '../pages/lesson-page';
import { QuizPage } from '../pages/quiz-page';
import { SignUpPage } from '../pages/sign-up-page';
import { fetchAnswerKey, signInAs } from '../support/admin-api';
import { courseOutline, workThroughCourse, type CourseOutline } from '../support/course-api';
import { uiText } from '../support/ui-text';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const COURSE_SLUG = 'migrant-women';

// A consular officer in Mexico: the browser asks for Spanish, and the whole course answers in it.
test.use({ locale: 'es-MX', timezoneId: 'America/Mexico_City' });

async function progressOf(bar: Locator): Promise<number> {
  return Number(await bar.getAttribute('aria-valuenow'));
}

/** The PDF's text, read by pdftotext (Debian's poppler-utils, which `npm run check` installs). */
function pdfText(bytes: Buffer): string {
  if (!existsSync('/usr/bin/pdftotext')) {
    throw new Error("/usr/bin/pdftotext is missing: install Debian's poppler-utils (sudo apt-get install poppler-utils, or run `npm run check` as root) to read the certificate PDF");
  }
  const file = join(mkdtempSync(join(tmpdir(), 'certificate-')), 'certificate.pdf');
  writeFileSync(file, bytes);
  return execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
}

test('a trainee registers in Spanish, works through the course and downloads the certificate', async ({ page, request }) => {
  const t = uiText('es');
  const home = new HomePage(page, t);
  const signUp = new SignUpPage(page, t);
  const outline = new CourseOutlinePage(page, t);
  const lesson = new LessonPage(page, t);
  const quiz = new QuizPage(page, t);
  const certificate = new CertificatePage(page, t);
  const trainee = { name: 'Ana Martínez', email: `ana.${Date.now()}@consulado.example.org`, password: 'una frase de paso bastante larga' };
  let course: CourseOutline;

  await test.step('the home page presents the course in Spanish', async () => {
    course = await courseOutline(request, COURSE_SLUG, 'es');
    await home.goto();
    await expect(home.heading(course.title)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  const [firstLesson] = course!.weeks[0].lessons;
  const [firstQuiz] = course!.weeks[0].quizzes;
  const lastWeek = course!.weeks[course!.weeks.length - 1];
  const lastLesson = lastWeek.lessons[lastWeek.lessons.length - 1];

  await test.step('register as a new trainee', async () => {
    await home.createAccount.click();
    await expect(signUp.heading).toBeVisible();
    await signUp.signUp({ ...trainee, country: 'México', post: 'Consulado General en Houston' });
    await expect(home.greeting('Ana')).toBeVisible();
  });

  await test.step('open the course and enroll', async () => {
    await home.courseLink(course.title).click();
    await expect(outline.heading(course.title)).toBeVisible();
    await outline.enrollButton.click();
    await expect(outline.enrollButton).toBeHidden();
    await expect(outline.overallProgress).toHaveAttribute('aria-valuenow', '0');
  });

  await test.step('read the first lesson and mark it complete', async () => {
    await outline.openLesson(1, firstLesson.title);
    await expect(lesson.heading(firstLesson.title)).toBeVisible();
    await lesson.markComplete();
    await expect(lesson.completedStatus).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'lesson.png'), fullPage: true });
    await lesson.backToOutline.click();
  });

  await test.step('take the week 1 quiz and pass it', async () => {
    const answerKey = await fetchAnswerKey(request, firstQuiz.id, 'es');
    expect(answerKey.length).toBeGreaterThan(0);
    await outline.openQuiz(1, firstQuiz.title);
    await expect(quiz.heading(firstQuiz.title)).toBeVisible();
    await quiz.startButton.click();
    await quiz.answer(answerKey);
    await quiz.submitButton.click();
    await expect(quiz.passedHeading).toBeVisible();
    await expect(quiz.history.getByRole('row')).toHaveCount(2);
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-result.png'), fullPage: true });
  });

  await test.step('see the progress on the course outline and the dashboard', async () => {
    await outline.goto(COURSE_SLUG);
    await expect(outline.passedBadge(1, firstQuiz.title)).toBeVisible();
    await expect.poll(() => progressOf(outline.weekProgress(1))).toBeGreaterThan(0);
    await expect.poll(() => progressOf(outline.weekProgress(2))).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'outline.png'), fullPage: true });
    await home.goto();
    await expect(home.greeting('Ana')).toBeVisible();
    await expect.poll(() => progressOf(home.courseProgress)).toBeGreaterThan(0);
    await expect(home.continueLink).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
  });

  await test.step('see what is left before the certificate', async () => {
    await home.whatsLeftLink.click();
    await expect(certificate.whatsLeftHeading).toBeVisible();
    // Week 1's quiz is passed: it is no longer listed, while week 2's still is.
    await expect(certificate.step(firstQuiz.title)).toHaveCount(0);
    await expect(certificate.step(course.weeks[1].quizzes[0].title)).toBeVisible();
    await expect(certificate.webinarStep(5)).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'whats-left.png'), fullPage: true });
  });

  await test.step('the rest of the course is done, and the webinars attended, all but the last lesson', async () => {
    const token = await signInAs(request, trainee.email, trainee.password);
    await workThroughCourse(request, token, COURSE_SLUG, [firstLesson.id, firstQuiz.id, lastLesson.id]);
    await page.reload();
    await expect(certificate.step(lastLesson.title)).toBeVisible();
    await expect(certificate.webinarStep(5)).toHaveCount(0);
  });

  await test.step('the last lesson, read in the browser, completes the course', async () => {
    await certificate.step(lastLesson.title).click();
    await expect(lesson.heading(lastLesson.title)).toBeVisible();
    await lesson.markComplete();
    await expect(lesson.completedStatus).toBeVisible();
  });

  await test.step('the certificate is issued in her name and downloads as a PDF', async () => {
    await certificate.goto(COURSE_SLUG);
    await expect(certificate.certificateHeading).toBeVisible();
    await expect(certificate.holder(trainee.name)).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'certificate.png'), fullPage: true });
    const { filename, bytes } = await certificate.download();
    expect(filename).toMatch(/^certificate-.+\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain(trainee.name);
    expect(text).toContain('Certificado de finalización');
  });
});
