import type { Locator, Page } from '@playwright/test';
import { uiText, type UiText } from '../support/ui-text';

export interface NewTrainee {
  name: string;
  email: string;
  password: string;
  /** the country's name as the country list shows it in the page's language */
  country: string;
  post?: string;
}

export class SignUpPage {
  readonly heading: Locator;

  constructor(
    private readonly page: Page,
    private readonly t: UiText = uiText('en'),
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: t('auth.signUp.title') });
  }

  async goto() {
    await this.page.goto('/signup');
  }

  async signUp(trainee: NewTrainee) {
    const { page, t } = this;
    await page.getByLabel(t('auth.name')).fill(trainee.name);
    await page.getByLabel(t('auth.email')).fill(trainee.email);
    await page.getByLabel(t('auth.password')).fill(trainee.password);
    await page.getByLabel(t('auth.signUp.country')).selectOption({ label: trainee.country });
    if (trainee.post) await page.getByLabel(t('auth.signUp.post')).fill(trainee.post);
    await page.getByRole('button', { name: t('auth.signUp.submit') }).click();
  }
}
