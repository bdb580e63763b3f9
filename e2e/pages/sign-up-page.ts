import type { Locator, Page } from '@playwright/test';

export interface NewTrainee {
  name: string;
  email: string;
  password: string;
  country: string;
  post?: string;
}

export class SignUpPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create your account' });
  }

  async signUp(trainee: NewTrainee) {
    await this.page.getByLabel('Full name').fill(trainee.name);
    await this.page.getByLabel('Email').fill(trainee.email);
    await this.page.getByLabel('Password').fill(trainee.password);
    await this.page.getByLabel('Country you serve').selectOption({ label: trainee.country });
    if (trainee.post) await this.page.getByLabel('Post or consulate').fill(trainee.post);
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }
}
