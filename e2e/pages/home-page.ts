import type { Locator, Page } from '@playwright/test';

/** "/": the landing for visitors, the dashboard for trainees. */
export class HomePage {
  readonly createAccount: Locator;
  readonly courseProgress: Locator;
  readonly continueLink: Locator;
  readonly whatsLeftLink: Locator;

  constructor(private readonly page: Page) {
    this.createAccount = page.getByRole('main').getByRole('link', { name: 'Create your account' });
    this.courseProgress = page.getByRole('progressbar', { name: 'Course progress' });
    this.continueLink = page.getByRole('link', { name: 'Continue' });
    this.whatsLeftLink = page.getByRole('link', { name: "What's left" });
  }

  async goto() {
    await this.page.goto('/');
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  courseLink(title: string): Locator {
    return this.page.getByRole('heading', { name: title }).getByRole('link', { name: title });
  }

  weekProgress(week: number): Locator {
    return this.page.getByRole('progressbar', { name: `Week ${week} progress` });
  }
}
