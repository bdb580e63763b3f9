import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { AdminDashboardPage } from '../pages/admin-dashboard-page';
import { SignInPage } from '../pages/sign-in-page';
import { enroll, makeFocalPoint, registerUser } from '../support/admin-api';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const COURSE_SLUG = 'migrant-women';

test("a country focal point sees only their country's learners", async ({ page, request }) => {
  const signIn = new SignInPage(page);
  const dashboard = new AdminDashboardPage(page);
  const stamp = Date.now();
  const salvadoran = { name: `Marta Quintanilla ${stamp}`, email: `marta.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country: 'SV' };
  const guatemalan = { name: `Rodrigo Ajú ${stamp}`, email: `rodrigo.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country: 'GT' };
  const focalPoint = { name: `Claudia Menjívar ${stamp}`, email: `claudia.${stamp}@rree.example.org`, password: 'a focal point passphrase', country: 'SV' };

  await test.step('trainees of El Salvador and Guatemala are enrolled', async () => {
    for (const trainee of [salvadoran, guatemalan]) await enroll(request, (await registerUser(request, trainee)).token, COURSE_SLUG);
  });

  await test.step('the administrator makes a registered person the focal point for El Salvador', async () => {
    const person = await registerUser(request, focalPoint);
    await makeFocalPoint(request, person.id, 'SV');
  });

  await test.step('the focal point signs in and opens the administration', async () => {
    await signIn.goto();
    await signIn.signIn(focalPoint.email, focalPoint.password);
    await expect(dashboard.navLink).toBeVisible();
    await dashboard.navLink.click();
    await expect(dashboard.heading).toBeVisible();
  });

  await test.step('only El Salvador is in view', async () => {
    await expect(dashboard.scopeNote).toContainText('Your access covers El Salvador.');
    await expect(dashboard.countryFilter).toHaveCount(0);
    await expect(dashboard.countryChart).toBeVisible();
    await expect(dashboard.learner(salvadoran.name)).toBeVisible();
    await expect(page.getByText(guatemalan.name)).toHaveCount(0);
    await expect(dashboard.report.getByRole('cell', { name: 'Guatemala' })).toHaveCount(0);
    await page.screenshot({ path: join(ARTIFACTS, 'focal-point.png'), fullPage: true });
  });
});
