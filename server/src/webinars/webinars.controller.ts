import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { CalendarService } from './calendar.service';

const ICS = 'text/calendar; charset=utf-8';

@Controller()
export class WebinarsController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly auth: AuthService,
  ) {}

  /** One webinar's calendar entry, for enrolled users and staff (Bearer token). */
  @Get('webinars/:file')
  async webinarIcs(@Param('file') file: string, @Headers('authorization') authorization: string | undefined, @Res() res: Response) {
    const id = /^(.+)\.ics$/.exec(file)?.[1];
    const viewer = await this.auth.viewerFromToken(authorization?.replace(/^Bearer /, ''));
    const ics = id ? await this.calendar.webinarFile(viewer, id) : undefined;
    if (!ics) throw new NotFoundException('No such webinar');
    res.type(ICS).setHeader('Content-Disposition', `attachment; filename="webinar-${id}.ics"`).send(ics);
  }

  /** The personal calendar feed; the secret in the URL is the credential. */
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res() res: Response) {
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    const ics = token ? await this.calendar.feed(token) : undefined;
    if (!ics) throw new NotFoundException('No such calendar');
    res.type(ICS).setHeader('Cache-Control', 'private, max-age=300').send(ics);
  }
}
