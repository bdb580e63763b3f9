import { Controller, Get, Headers, NotFoundException, Query, Req, Res, UnauthorizedException } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { AppError } from '../common/app-error';
import { neutralizeCell, UTF8_BOM } from './csv';
import { ReportsService } from './reports.service';

const COLUMNS = ['name', 'email', 'country', 'post', 'cohort', 'enrolled_at', 'percent', 'completed_at', 'certificate_code'];

@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** The completion report as CSV, streamed row by row (ADMIN or INSTRUCTOR; Bearer token). */
  @Get('completion.csv')
  async completionCsv(
    @Headers('authorization') authorization: string | undefined,
    @Query('course') courseSlug: string | undefined,
    @Query('country') country: string | undefined,
    @Query('cohort') cohortId: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const viewer = await this.auth.viewerFromToken(authorization?.replace(/^Bearer /, ''));
    if (!viewer) throw new UnauthorizedException('Sign in first');
    if (!courseSlug) throw new NotFoundException('Name the course: ?course=<slug>');
    let scoped;
    try {
      scoped = this.reports.scope(viewer, { courseSlug, country, cohortId });
    } catch (error) {
      if (error instanceof AppError) {
        res.status({ FORBIDDEN: 403, NOT_FOUND: 404 }[error.code as string] ?? 400).json({ message: error.message, code: error.code });
        return;
      }
      throw error;
    }
    await this.audit.record({ actorId: viewer.id, ip: req.ip ?? null }, 'report.export', null, { courseSlug, country: scoped.filter.country ?? null, cohortId: cohortId ?? null });
    const filename = `completion-${courseSlug}${scoped.filter.country ? `-${scoped.filter.country}` : ''}.csv`;
    res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.write(UTF8_BOM);
    const rows = Readable.from(
      (async function* (source) {
        for await (const row of source) {
          yield [row.name, row.email, row.country, row.post ?? '', row.cohortName ?? '', row.enrolledAt.toISOString(), row.percent, row.completedAt?.toISOString() ?? '', row.certificateCode ?? ''].map((cell) =>
            typeof cell === 'string' ? neutralizeCell(cell) : cell,
          );
        }
      })(this.reports.allRows(scoped.course, scoped.filter)),
    );
    await pipeline(rows, stringify({ header: true, columns: COLUMNS }), res);
  }
}
