import type { Locator, Page } from '@playwright/test';

/** /courses/:slug/certificate: the certificate once earned, else what is left to earn it. */
export class CertificatePage {
  readonly whatsLeftHeading: Locator;
  readonly certificateHeading: Locator;
  readonly remaining: Locator;

  constructor(private readonly page: Page) {
    this.whatsLeftHeading = page.getByRole('heading', { level: 1, name: "What's left to earn your certificate" });
    this.certificateHeading = page.getByRole('heading', { level: 1, name: 'Your certificate' });
    this.remaining = page.getByRole('region', { name: 'Still to do' });
  }

  /** A lesson or quiz still to do, by the name of its link. */
  step(name: string | RegExp): Locator {
    return this.remaining.getByRole('link', { name });
  }

  webinarStep(week: number): Locator {
    return this.remaining.getByText(`Attend a webinar of week ${week}.`);
  }
}
