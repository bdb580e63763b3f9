import { expect, request as apiRequest, type APIRequestContext, type Page } from '@playwright/test';
import { graphql, listWebinars, registerUser, signInAsAdmin, type NewUser } from './admin-api';
import { certifiedTrainee, courseOutline, enrolledTrainee } from './course-api';
import { BASE_URL } from './environment';
import { useSession } from './session';
import { uiText, type UiText } from './ui-text';

export const COURSE_SLUG = 'migrant-women';

export type Viewer = 'visitor' | 'trainee' | 'graduate' | 'admin';

/** The people and records the main pages show: a trainee part-way through, a graduate, the administrator, a webinar. */
export interface Showcase {
  tokens: Record<Exclude<Viewer, 'visitor'>, string>;
  lessonId: string;
  quizId: string;
  webinarId: string;
  certificateCode: string;
  resetPath: string;
}

/** Stages the main pages' records; the trainees' accounts are in the given language. */
export async function makeShowcase(locale: NewUser['locale'] = 'EN'): Promise<Showcase> {
  const api = await apiRequest.newContext({ baseURL: BASE_URL });
  try {
    return await stage(api, locale);
  } finally {
    await api.dispose();
  }
}

async function stage(request: APIRequestContext, locale: NewUser['locale']): Promise<Showcase> {
  const stamp = Date.now();
  const person = (name: string, handle: string, country: string) => ({ name, email: `${handle}.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country, locale });
  const outline = await courseOutline(request, COURSE_SLUG);
  const trainee = await enrolledTrainee(request, person('Lucía Ramos', 'lucia', 'GT'), COURSE_SLUG);
  const lessonId = outline.weeks[0].lessons[0].id;
  await graphql(request, 'mutation ($lessonId: ID!) { completeLesson(lessonId: $lessonId) { percent } }', { lessonId }, trainee.token);
  const graduate = await certifiedTrainee(request, person('Elena Castro', 'elena', 'HN'), COURSE_SLUG);
  const admin = await signInAsAdmin(request);
  const [webinar] = await listWebinars(request, admin, COURSE_SLUG);
  const forgetful = await registerUser(request, person('Pablo Ríos', 'pablo', 'PA'));
  const { createPasswordResetLink } = await graphql<{ createPasswordResetLink: string }>(
    request,
    'mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) }',
    { userId: forgetful.id },
    admin,
  );
  const resetUrl = new URL(createPasswordResetLink);
  return {
    tokens: { trainee: trainee.token, graduate: graduate.token, admin },
    lessonId,
    quizId: outline.weeks[1].quizzes[0].id,
    webinarId: webinar.id,
    certificateCode: graduate.certificateCode,
    resetPath: `${resetUrl.pathname}${resetUrl.search}`,
  };
}

/** Starts an attempt, or resumes the one left open, and waits for the questions. */
async function openQuizForm(page: Page, t: UiText) {
  await page.getByRole('button', { name: new RegExp(`^(${t('quiz.start')}|${t('quiz.resume')})$`) }).click();
  await expect(page.getByRole('button', { name: t('quiz.submit') })).toBeVisible();
}

export interface MainPage {
  name: string;
  /** who opens the page; the pages of any viewer but the admin are a trainee's, checked on a phone too */
  viewer: Viewer;
  path: (showcase: Showcase) => string;
  /** What to do once the page is shown, before it is checked: open the quiz form, say; t gives the interface's words. */
  then?: (page: Page, t: UiText) => Promise<void>;
}

export const MAIN_PAGES: MainPage[] = [
  { name: 'landing', viewer: 'visitor', path: () => '/' },
  { name: 'sign-in', viewer: 'visitor', path: () => '/signin' },
  {
    name: 'sign-in-failed',
    viewer: 'visitor',
    path: () => '/signin',
    then: async (page, t) => {
      await page.getByLabel(t('auth.email')).fill('nobody@consulate.example.org');
      await page.getByLabel(t('auth.password')).fill('not the right passphrase');
      await page.getByRole('main').getByRole('button', { name: t('auth.signIn.submit') }).click();
      await expect(page.getByText(t('auth.signIn.failed'))).toBeVisible();
    },
  },
  { name: 'sign-up', viewer: 'visitor', path: () => '/signup' },
  { name: 'reset-password', viewer: 'visitor', path: (s) => s.resetPath },
  { name: 'dashboard', viewer: 'trainee', path: () => '/' },
  { name: 'course-outline', viewer: 'trainee', path: () => `/courses/${COURSE_SLUG}` },
  { name: 'lesson', viewer: 'trainee', path: (s) => `/lessons/${s.lessonId}` },
  { name: 'quiz', viewer: 'trainee', path: (s) => `/quizzes/${s.quizId}` },
  {
    name: 'quiz-form',
    viewer: 'trainee',
    path: (s) => `/quizzes/${s.quizId}`,
    then: openQuizForm,
  },
  {
    name: 'quiz-form-unanswered',
    viewer: 'trainee',
    path: (s) => `/quizzes/${s.quizId}`,
    then: async (page, t) => {
      await openQuizForm(page, t);
      await page.getByRole('button', { name: t('quiz.submit') }).click();
      await expect(page.getByText(t('quiz.answerThis')).first()).toBeVisible();
    },
  },
  { name: 'whats-left', viewer: 'trainee', path: () => `/courses/${COURSE_SLUG}/certificate` },
  { name: 'webinar', viewer: 'trainee', path: (s) => `/courses/${COURSE_SLUG}/webinars/${s.webinarId}` },
  { name: 'settings', viewer: 'trainee', path: () => '/settings' },
  { name: 'notifications', viewer: 'trainee', path: () => '/notifications' },
  { name: 'certificate', viewer: 'graduate', path: () => `/courses/${COURSE_SLUG}/certificate` },
  { name: 'verify', viewer: 'visitor', path: (s) => `/verify/${s.certificateCode}` },
  { name: 'teach', viewer: 'admin', path: () => '/teach' },
  { name: 'teach-webinar', viewer: 'admin', path: (s) => `/teach/webinars/${s.webinarId}` },
  { name: 'admin-dashboard', viewer: 'admin', path: () => '/admin' },
  { name: 'admin-users', viewer: 'admin', path: () => '/admin/users' },
  {
    name: 'admin-account-dialog',
    viewer: 'admin',
    path: () => '/admin/users',
    then: async (page, t) => {
      await page.getByRole('button', { name: t('admin.users.manageNamed', { name: 'Elena Castro' }) }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'admin-certificates', viewer: 'admin', path: () => '/admin/certificates' },
  { name: 'admin-audit', viewer: 'admin', path: () => '/admin/audit' },
];

/** Opens a page as the viewer and waits until its content, not a loading state, is shown. */
export async function openAs(page: Page, showcase: Showcase, viewer: Viewer, path: string, t: UiText = uiText('en')): Promise<void> {
  if (viewer !== 'visitor') await useSession(page, showcase.tokens[viewer]);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByText(t('common.loading'))).toHaveCount(0);
}

/** Opens one of the main pages as its viewer, in the browser's language, and does what it needs to be shown. */
export async function openMainPage(page: Page, showcase: Showcase, main: MainPage, t: UiText = uiText('en')): Promise<void> {
  await openAs(page, showcase, main.viewer, main.path(showcase), t);
  await main.then?.(page, t);
}
