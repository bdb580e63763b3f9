import type { Locator, Page } from '@playwright/test';

/** /teach/webinars/:id: one webinar's details, attendance roster, CSV import and questions. */
export class TeachWebinarPage {
  readonly roster: Locator;

  constructor(private readonly page: Page) {
    this.roster = page.getByRole('region', { name: 'Attendance', exact: true }).getByRole('table');
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  attended(traineeName: string): Locator {
    return this.page.getByRole('checkbox', { name: `${traineeName} attended` });
  }

  watchedRecording(traineeName: string): Locator {
    return this.page.getByRole('checkbox', { name: `${traineeName} watched the recording` });
  }
}
