import type { Locator, Page } from '@playwright/test';

export interface WebinarDetails {
  title: string;
  description?: string;
  /** the week's number, e.g. 5 */
  week: number;
  /** YYYY-MM-DD on the organiser's clock */
  date: string;
  /** HH:mm on the organiser's clock */
  time: string;
  /** IANA time zone, e.g. America/New_York */
  timeZone: string;
  durationMinutes: number;
  joinUrl: string;
  capacity?: number;
}

/** /teach: cohorts, their progress, and the course's webinars with the form to schedule one. */
export class TeachPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly scheduleForm: Locator;
  readonly webinarList: Locator;
  readonly progressTable: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Teaching' });
    this.navLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teaching' });
    this.scheduleForm = page.getByRole('form', { name: 'Schedule a webinar' });
    this.webinarList = page.getByRole('list', { name: 'Scheduled webinars' });
    this.progressTable = page.getByRole('table');
  }

  async goto() {
    await this.page.goto('/teach');
  }

  async scheduleWebinar(webinar: WebinarDetails) {
    const form = this.scheduleForm;
    await form.getByLabel('Title').fill(webinar.title);
    if (webinar.description) await form.getByLabel('Description').fill(webinar.description);
    await form.getByLabel('Week').selectOption(String(webinar.week));
    await form.getByLabel('Duration (minutes)').fill(String(webinar.durationMinutes));
    await form.getByLabel('Date').fill(webinar.date);
    await form.getByLabel('Start time').fill(webinar.time);
    await form.getByLabel('Time zone').selectOption(webinar.timeZone);
    await form.getByLabel('Join link').fill(webinar.joinUrl);
    if (webinar.capacity) await form.getByLabel('Seats').fill(String(webinar.capacity));
    await form.getByRole('button', { name: 'Schedule webinar' }).click();
  }

  webinar(title: string): Locator {
    return this.webinarList.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async manage(title: string) {
    await this.webinar(title).getByRole('link', { name: `Manage ${title}` }).click();
  }
}
