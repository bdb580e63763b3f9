import type { Locator, Page } from '@playwright/test';
import { uiText, type UiText } from '../support/ui-text';

/** "/": the landing for visitors, the dashboard for trainees. */
export class HomePage {
  readonly createAccount: Locator;
  readonly courseProgress: Locator;
  readonly continueLink: Locator;
  readonly whatsLeftLink: Locator;

  constructor(
    private readonly page: Page,
    private readonly t: UiText = uiText('en'),
  ) {
    this.createAccount = page.getByRole('main').getByRole('link', { name: t('landing.signUp') });
    this.courseProgress = page.getByRole('progressbar', { name: t('course.overallProgress') });
    this.continueLink = page.getByRole('link', { name: t('dashboard.continue') });
    this.whatsLeftLink = page.getByRole('link', { name: t('certificate.left.link') });
  }

  async goto() {
    await this.page.goto('/');
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** The dashboard's greeting of a signed-in trainee, by first name. */
  greeting(firstName: string): Locator {
    return this.heading(this.t('dashboard.greeting', { name: firstName }));
  }

  courseLink(title: string): Locator {
    return this.page.getByRole('heading', { name: title }).getByRole('link', { name: title });
  }

  weekProgress(week: number): Locator {
    return this.page.getByRole('progressbar', { name: this.t('course.weekProgress', { number: week }) });
  }
}
