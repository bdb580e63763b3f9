import type { Locator, Page } from '@playwright/test';
import { downloadFrom } from '../support/downloads';

/** /admin: a course's completion at a glance, by country and week, and the completion report. */
export class AdminDashboardPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly countryChart: Locator;
  readonly countryFilter: Locator;
  readonly report: Locator;
  readonly exportButton: Locator;
  readonly scopeNote: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Course dashboard' });
    this.navLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' });
    this.countryChart = page.getByRole('img', { name: 'Enrolled and completed learners by country' });
    this.countryFilter = page.getByRole('combobox', { name: 'Country' });
    this.report = page.getByRole('table', { name: "Each enrolled learner's progress in the course" });
    this.exportButton = page.getByRole('button', { name: 'Export CSV' });
    this.scopeNote = page.getByRole('note');
  }

  async goto() {
    await this.page.goto('/admin');
  }

  /** A learner's row in the completion report, by name. */
  learner(name: string): Locator {
    return this.report.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** Saves the completion CSV as the button does and returns its bytes and suggested name. */
  async exportCsv(): Promise<{ filename: string; bytes: Buffer }> {
    return downloadFrom(this.page, this.exportButton);
  }
}
