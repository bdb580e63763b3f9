import { expect, test, type Locator } from '@playwright/test';
import { join } from 'node:path';
import { CertificatePage } from '../pages/certificate-page';
import { CourseOutlinePage } from '../pages/course-outline-page';
import { HomePage } from '../pages/home-page';
import { LessonPage } from '../pages/lesson-page';
import { QuizPage } from '../pages/quiz-page';
import { SignUpPage } from '../pages/sign-up-page';
import { fetchAnswerKey } from '../support/admin-api';
import { COURSE_TITLE } from '../support/environment';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const COURSE_SLUG = 'migrant-women';

async function progressOf(bar: Locator): Promise<number> {
  return Number(await bar.getAttribute('aria-valuenow'));
}

test('a new trainee signs up, completes a lesson, passes the week 1 quiz and sees what is left', async ({ page, request }) => {
  const home = new HomePage(page);
  const signUp = new SignUpPage(page);
  const outline = new CourseOutlinePage(page);
  const lesson = new LessonPage(page);
  const quiz = new QuizPage(page);
  const certificate = new CertificatePage(page);

  await test.step('the home page introduces the course to a visitor', async () => {
    await home.goto();
    await expect(home.heading(COURSE_TITLE)).toBeVisible();
  });

  await test.step('sign up as a new trainee', async () => {
    await home.createAccount.click();
    await expect(signUp.heading).toBeVisible();
    await signUp.signUp({
      name: 'Ana Martínez',
      email: `ana.${Date.now()}@consulate.example.org`,
      password: 'a long enough passphrase',
      country: 'El Salvador',
      post: 'Consulate General in Houston',
    });
    await expect(home.heading('Welcome, Ana')).toBeVisible();
  });

  await test.step('open the course and enroll', async () => {
    await home.courseLink(COURSE_TITLE).click();
    await expect(outline.heading(COURSE_TITLE)).toBeVisible();
    await outline.enrollButton.click();
    await expect(outline.enrollButton).toBeHidden();
    await expect(outline.overallProgress).toHaveAttribute('aria-valuenow', '0');
  });

  await test.step('read a lesson and mark it complete', async () => {
    await outline.openLesson(1, 'Migrant women in the region');
    await expect(lesson.heading('Migrant women in the region')).toBeVisible();
    await lesson.markComplete();
    await expect(lesson.completedStatus).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'lesson.png'), fullPage: true });
    await lesson.backToOutline.click();
  });

  await test.step('take the week 1 quiz and pass it', async () => {
    const answerKey = await fetchAnswerKey(request, 'w1-quiz');
    expect(answerKey.length).toBeGreaterThan(0);
    await outline.openQuiz(1);
    await expect(quiz.heading(/^Week 1 quiz/)).toBeVisible();
    await quiz.startButton.click();
    await quiz.answer(answerKey);
    await quiz.submitButton.click();
    await expect(quiz.passedHeading).toBeVisible();
    await expect(page.getByText('You scored 100%.')).toBeVisible();
    await expect(quiz.history.getByRole('row')).toHaveCount(2);
    await page.screenshot({ path: join(ARTIFACTS, 'quiz-result.png'), fullPage: true });
  });

  await test.step('see the progress on the course outline', async () => {
    await outline.goto(COURSE_SLUG);
    await expect(outline.heading(COURSE_TITLE)).toBeVisible();
    await expect(outline.quizItem(1).getByText('Passed')).toBeVisible();
    // One lesson and the quiz of week 1 are done.
    await expect.poll(() => progressOf(outline.weekProgress(1))).toBeGreaterThan(0);
    await expect.poll(() => progressOf(outline.weekProgress(2))).toBe(0);
    await expect.poll(() => progressOf(outline.overallProgress)).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'outline.png'), fullPage: true });
  });

  await test.step('see the progress on the dashboard', async () => {
    await home.goto();
    await expect(home.heading('Welcome, Ana')).toBeVisible();
    await expect.poll(() => progressOf(home.courseProgress)).toBeGreaterThan(0);
    await expect(home.continueLink).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
  });

  await test.step("see what is left before the certificate", async () => {
    await home.whatsLeftLink.click();
    await expect(certificate.whatsLeftHeading).toBeVisible();
    // Week 1's quiz is passed: it is no longer listed, while week 2's still is.
    await expect(certificate.step(/^Week 1 quiz/)).toHaveCount(0);
    await expect(certificate.step(/^Week 2 quiz/)).toBeVisible();
    await expect(certificate.webinarStep(5)).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'whats-left.png'), fullPage: true });
  });
});
