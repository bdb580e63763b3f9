import type { Locator, Page } from '@playwright/test';

/** /verify/:code: the server's public page that tells anyone whether a certificate is genuine. */
export class VerifyPage {
  readonly status: Locator;
  readonly validHeading: Locator;
  readonly revokedHeading: Locator;
  readonly unknownHeading: Locator;
  readonly spanishVersion: Locator;
  /** The certificate's details: holder, course, dates and code, in that order. */
  readonly details: Locator;

  constructor(private readonly page: Page) {
    this.status = page.getByRole('status');
    this.validHeading = page.getByRole('heading', { level: 1, name: 'Valid certificate' });
    this.revokedHeading = page.getByRole('heading', { level: 1, name: 'Revoked certificate' });
    this.unknownHeading = page.getByRole('heading', { level: 1, name: 'Unknown certificate' });
    this.spanishVersion = page.getByRole('link', { name: 'Versión en español' });
    this.details = page.getByRole('definition');
  }

  /** Opens the page and returns its HTTP status. */
  async goto(code: string): Promise<number> {
    const response = await this.page.goto(`/verify/${encodeURIComponent(code)}`);
    return response?.status() ?? 0;
  }


  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
