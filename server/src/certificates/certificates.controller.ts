import { Controller, Get, Header, Headers, NotFoundException, Param, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Locale, localeFromHeader, pick } from '../common/locale';
import { LookupThrottlerGuard } from '../common/throttle';
import { ContentService } from '../content/content.service';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificatesService } from './certificates.service';
import { SigningKeyService } from './signing-key.service';
import { renderVerifyPage } from './verify-page';

@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly content: ContentService,
    private readonly key: SigningKeyService,
  ) {}

  @Get('certificates/:file')
  @UseGuards(LookupThrottlerGuard)
  async download(@Param('file') file: string, @Res() res: Response) {
    const match = /^(.+)\.(pdf|json)$/.exec(file);
    const { status, certificate } = match ? await this.certificates.check(match[1]) : { status: 'unknown' as const, certificate: undefined };
    if (!match || !certificate || status === 'tampered') throw new NotFoundException('No certificate with this code');
    res.setHeader('Cache-Control', 'no-store');
    if (match[2] === 'json') {
      res.type('application/ld+json').send(JSON.stringify(this.certificates.credential(certificate), null, 2));
      return;
    }
    const course = this.content.course(certificate.courseSlug);
    const pdf = await renderCertificatePdf({
      code: certificate.code,
      holderName: certificate.holderName,
      courseTitle: this.certificates.courseTitle(certificate),
      hours: course?.hours ?? 0,
      issuer: course ? pick(course.issuer, certificate.locale) : 'Consular Campus',
      issuedAt: certificate.issuedAt,
      locale: certificate.locale,
      verifyUrl: this.certificates.verifyUrl(certificate.code),
      revoked: status === 'revoked',
    });
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="certificate-${certificate.code}.pdf"`);
    res.send(pdf);
  }

  @Get('verify/:code')
  @UseGuards(LookupThrottlerGuard)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async verifyPage(
    @Param('code') code: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const locale = localeFromHeader(lang) ?? localeFromHeader(acceptLanguage) ?? Locale.EN;
    const { status, certificate } = await this.certificates.check(code);
    const shown = certificate && status !== 'tampered';
    if (status === 'unknown') res.status(404);
    return renderVerifyPage({
      status,
      code: certificate?.code ?? code.slice(0, 40),
      locale,
      holderName: shown ? certificate.holderName : undefined,
      courseTitle: shown ? this.certificates.courseTitle(certificate, locale) : undefined,
      issuedAt: shown ? certificate.issuedAt : undefined,
      revokedAt: shown ? certificate.revokedAt : undefined,
    });
  }

  @Get('.well-known/consular-campus-issuer.json')
  issuerKey() {
    return this.key.publication();
  }
}
