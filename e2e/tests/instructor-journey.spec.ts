import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { SignInPage } from '../pages/sign-in-page';
import { TeachPage } from '../pages/teach-page';
import { TeachWebinarPage } from '../pages/teach-webinar-page';
import { enroll, listWebinars, promoteToInstructor, registerUser, rosterOf } from '../support/admin-api';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const COURSE_SLUG = 'migrant-women';

// The instructor's browser runs in Mexico City; the webinar is organised on New York time.
test.use({ timezoneId: 'America/Mexico_City' });

test('an instructor schedules a week 5 webinar in another time zone and records a trainee attending it', async ({ page, request }) => {
  const signIn = new SignInPage(page);
  const teach = new TeachPage(page);
  const manage = new TeachWebinarPage(page);
  const stamp = Date.now();
  const instructor = { name: 'Inés Herrera', email: `ines.${stamp}@rcm.example.org`, password: 'an instructor passphrase', country: 'GT' };
  const trainee = { name: 'Rosa Pineda', email: `rosa.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country: 'HN' };
  // 10 March 2030 is the day New York moves to summer time: 10:00 there is EDT, UTC-4.
  const webinar = {
    title: `Case clinic ${stamp}`,
    description: 'Three scenarios from the consular desk.',
    week: 5,
    date: '2030-03-10',
    time: '10:00',
    timeZone: 'America/New_York',
    durationMinutes: 90,
    joinUrl: 'https://meet.example.org/case-clinic',
    capacity: 40,
  };
  let instructorToken = '';
  let traineeId = '';

  await test.step('the admin makes a registered user an instructor; a trainee enrolls', async () => {
    const registered = await registerUser(request, instructor);
    await promoteToInstructor(request, registered.id);
    instructorToken = registered.token;
    const learner = await registerUser(request, trainee);
    await enroll(request, learner.token, COURSE_SLUG);
    traineeId = learner.id;
  });

  await test.step('the instructor signs in and opens the teaching area from the header', async () => {
    await signIn.goto();
    await signIn.signIn(instructor.email, instructor.password);
    await expect(teach.navLink).toBeVisible();
    await teach.navLink.click();
    await expect(teach.heading).toBeVisible();
  });

  await test.step('schedule a webinar for week 5 on New York time', async () => {
    await teach.scheduleWebinar(webinar);
    await expect(page.getByRole('status').filter({ hasText: `“${webinar.title}” is scheduled` })).toBeVisible();
  });

  await test.step('the webinar is listed at the right time, on both clocks', async () => {
    const item = teach.webinar(webinar.title);
    await expect(item).toBeVisible();
    // 14:00 UTC: 08:00 in Mexico City (CST all year), 10:00 in New York (EDT).
    await expect(item).toContainText(/Sun, Mar 10, 2030, 8:00\sAM CST/);
    await expect(item).toContainText(/Organiser's time: Sun, Mar 10, 2030, 10:00\sAM EDT \(New York\)/);
    const stored = (await listWebinars(request, instructorToken, COURSE_SLUG)).find((w) => w.title === webinar.title);
    expect(stored).toMatchObject({ startsAt: '2030-03-10T14:00:00.000Z', timeZone: 'America/New_York' });
    await page.screenshot({ path: join(ARTIFACTS, 'teach.png'), fullPage: true });
  });

  await test.step("mark the trainee's attendance on the roster", async () => {
    await teach.manage(webinar.title);
    await expect(manage.heading(webinar.title)).toBeVisible();
    await expect(manage.attended(trainee.name)).not.toBeChecked();
    await manage.attended(trainee.name).check();
    await expect(manage.attended(trainee.name)).toBeChecked();
    const webinarId = page.url().split('/').pop()!;
    await expect.poll(async () => (await rosterOf(request, instructorToken, webinarId)).find((entry) => entry.user.id === traineeId)?.attended).toBe(true);
    await page.reload();
    await expect(manage.attended(trainee.name)).toBeChecked();
    await expect(manage.watchedRecording(trainee.name)).not.toBeChecked();
    await page.screenshot({ path: join(ARTIFACTS, 'teach-webinar.png'), fullPage: true });
  });
});
