import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { AdminDashboardPage } from '../pages/admin-dashboard-page';
import { SignInPage } from '../pages/sign-in-page';
import { enroll, registerUser } from '../support/admin-api';
import { ADMIN } from '../support/environment';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const COURSE_SLUG = 'migrant-women';
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const CSV_HEADER = 'name,email,country,post,cohort,enrolled_at,percent,completed_at,certificate_code';

test('the administrator opens the course dashboard, sees completion by country and exports the report', async ({ page, request }) => {
  const signIn = new SignInPage(page);
  const dashboard = new AdminDashboardPage(page);
  const stamp = Date.now();
  const trainees = [
    { name: `Lucía Ortega ${stamp}`, email: `lucia.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country: 'MX' },
    { name: `Tomás Reyes ${stamp}`, email: `tomas.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country: 'PA' },
  ];

  await test.step('two trainees of different countries are enrolled', async () => {
    for (const trainee of trainees) await enroll(request, (await registerUser(request, trainee)).token, COURSE_SLUG);
  });

  await test.step('the administrator signs in and opens the administration from the header', async () => {
    await signIn.goto();
    await signIn.signIn(ADMIN.email, ADMIN.password);
    await expect(dashboard.navLink).toBeVisible();
    await dashboard.navLink.click();
    await expect(dashboard.heading).toBeVisible();
  });

  await test.step('the chart by country and the completion report are shown', async () => {
    await expect(dashboard.countryChart).toBeVisible();
    await expect(dashboard.countryFilter).toBeVisible();
    for (const trainee of trainees) await expect(dashboard.learner(trainee.name)).toBeVisible();
    await expect(dashboard.learner(trainees[0].name)).toContainText('Mexico');
  });

  await test.step('export the report as CSV: UTF-8 with a byte order mark, then the header row', async () => {
    const { filename, bytes } = await dashboard.exportCsv();
    expect(filename).toBe(`completion-${COURSE_SLUG}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual(UTF8_BOM);
    const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.some((line) => line.startsWith(`${trainees[1].name},${trainees[1].email},PA,`))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'admin.png'), fullPage: true });
  });
});
