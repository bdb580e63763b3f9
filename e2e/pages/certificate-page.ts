import type { Locator, Page } from '@playwright/test';
import { downloadFrom } from '../support/downloads';
import { uiText, type UiText } from '../support/ui-text';

/** /courses/:slug/certificate: the certificate once earned, else what is left to earn it. */
export class CertificatePage {
  readonly whatsLeftHeading: Locator;
  readonly certificateHeading: Locator;
  readonly remaining: Locator;
  readonly downloadPdf: Locator;
  readonly verifyLink: Locator;

  constructor(
    private readonly page: Page,
    private readonly t: UiText = uiText('en'),
  ) {
    this.whatsLeftHeading = page.getByRole('heading', { level: 1, name: t('certificate.left.pageTitle') });
    this.certificateHeading = page.getByRole('heading', { level: 1, name: t('certificate.title') });
    this.remaining = page.getByRole('region', { name: t('certificate.left.title') });
    this.downloadPdf = page.getByRole('link', { name: t('certificate.downloadPdf') });
    this.verifyLink = page.getByRole('link', { name: t('certificate.verifyPage') });
  }

  async goto(courseSlug: string) {
    await this.page.goto(`/courses/${courseSlug}/certificate`);
  }

  /** The name the certificate is made out to. */
  holder(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  /** A lesson or quiz still to do, by the name of its link. */
  step(name: string | RegExp): Locator {
    return this.remaining.getByRole('link', { name });
  }

  webinarStep(week: number): Locator {
    return this.remaining.getByText(this.t('certificate.left.webinar', { number: week }));
  }

  /** Downloads the PDF as the link does and returns its bytes and suggested name. */
  async download(): Promise<{ filename: string; bytes: Buffer }> {
    return downloadFrom(this.page, this.downloadPdf);
  }
}
