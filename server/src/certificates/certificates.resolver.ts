import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { auditSource } from '../audit/audit.service';
import { Access, requireViewer } from '../common/access';
import { badInput } from '../common/app-error';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { LookupThrottlerGuard } from '../common/throttle';
import { CertificateEntity } from './certificate.entity';
import { CertificatesService } from './certificates.service';
import { Certificate, CertificateVerification } from './models/certificate.model';

@Resolver(() => Certificate)
export class CertificatesResolver {
  constructor(private readonly certificates: CertificatesService) {}

  @Query(() => Certificate, { nullable: true })
  @Access.signedIn()
  async myCertificate(@Args('courseSlug') courseSlug: string, @Context() ctx: RequestContext) {
    const certificate = await this.certificates.findForUser(requireViewer(ctx).id, courseSlug);
    return certificate ? this.present(certificate, ctx) : null;
  }

  @Query(() => CertificateVerification, { description: 'public: anyone holding the code may check it' })
  @Access.public()
  @UseGuards(LookupThrottlerGuard)
  async verifyCertificate(@Args('code') code: string, @Context() ctx: RequestContext): Promise<CertificateVerification> {
    const { status, certificate } = await this.certificates.check(code);
    const shown = certificate && status !== 'tampered';
    return {
      status,
      valid: status === 'valid',
      revoked: status === 'revoked',
      holderName: shown ? certificate.holderName : null,
      courseTitle: shown ? this.certificates.courseTitle(certificate, ctx.locale) : null,
      issuedAt: shown ? certificate.issuedAt : null,
    };
  }

  @Mutation(() => Certificate, { description: 'ADMIN (not focal points); the reason is kept with the revocation' })
  @Access.globalAdmin()
  async revokeCertificate(@Args('code') code: string, @Args('reason') reason: string, @Context() ctx: RequestContext) {
    if (!reason.trim() || reason.length > 500) throw badInput('reason: give a reason of 1 to 500 characters');
    return this.present(await this.certificates.revoke(code, reason, auditSource(ctx)), ctx);
  }

  private present(certificate: CertificateEntity, ctx: RequestContext): Certificate {
    return {
      code: certificate.code,
      holderName: certificate.holderName,
      courseSlug: certificate.courseSlug,
      courseTitle: this.certificates.courseTitle(certificate, ctx.locale),
      issuedAt: certificate.issuedAt,
      pdfUrl: `/certificates/${certificate.code}.pdf`,
      credentialUrl: `/certificates/${certificate.code}.json`,
      verifyUrl: this.certificates.verifyUrl(certificate.code),
      revoked: Boolean(certificate.revokedAt),
      revokedAt: certificate.revokedAt,
      revokedReason: ctx.viewer?.role === Role.ADMIN ? certificate.revokedReason : null,
    };
  }
}
