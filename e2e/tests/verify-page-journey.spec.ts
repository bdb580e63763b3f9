import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { VerifyPage } from '../pages/verify-page';
import { revokeCertificate } from '../support/admin-api';
import { certifiedTrainee } from '../support/course-api';
import { COURSE_TITLE } from '../support/environment';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const COURSE_SLUG = 'migrant-women';

test('anyone can check a certificate on its public page: valid, unknown, then revoked', async ({ page, request }) => {
  const verify = new VerifyPage(page);
  const stamp = Date.now();
  const holder = await test.step('a trainee completes the course and is issued a certificate', () =>
    certifiedTrainee(request, { name: `Carmen Solís ${stamp}`, email: `carmen.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country: 'CR' }, COURSE_SLUG),
  );

  await test.step('the real code shows a valid certificate with its holder and course', async () => {
    expect(await verify.goto(holder.certificateCode)).toBe(200);
    await expect(verify.validHeading).toBeVisible();
    await expect(verify.status).toContainText('Valid certificate');
    await expect(verify.details).toContainText([holder.name, COURSE_TITLE, holder.certificateCode]);
    await page.screenshot({ path: join(ARTIFACTS, 'verify-valid.png'), fullPage: true });
  });

  await test.step('a code typed in lower case and without dashes still finds it', async () => {
    expect(await verify.goto(holder.certificateCode.replaceAll('-', '').toLowerCase())).toBe(200);
    await expect(verify.validHeading).toBeVisible();
  });

  await test.step('a made-up code is clearly not found, and names no one', async () => {
    expect(await verify.goto('ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ')).toBe(404);
    await expect(verify.unknownHeading).toBeVisible();
    await expect(page.getByText('No certificate with this code exists.')).toBeVisible();
    await expect(page.getByText(holder.name)).toHaveCount(0);
    await page.screenshot({ path: join(ARTIFACTS, 'verify-unknown.png'), fullPage: true });
  });

  await test.step('once the administrator revokes it, the page says so, in English and in Spanish', async () => {
    await revokeCertificate(request, holder.certificateCode, 'Issued on a shared account');
    expect(await verify.goto(holder.certificateCode)).toBe(200);
    await expect(verify.revokedHeading).toBeVisible();
    await expect(verify.validHeading).toHaveCount(0);
    await expect(page.getByText('It is no longer valid.')).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: 'Revoked on' })).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'verify-revoked.png'), fullPage: true });
    await expect(verify.spanishVersion).toHaveAttribute('lang', 'es');
    await verify.spanishVersion.click();
    await expect(verify.heading('Certificado revocado')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});
