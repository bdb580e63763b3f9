import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService, AuditSource } from '../audit/audit.service';
import { conflict, notFound } from '../common/app-error';
import { Locale, pick } from '../common/locale';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ContentService } from '../content/content.service';
import type { CourseDefinition } from '../content/content.types';
import { UserEntity } from '../users/user.entity';
import { CertificateEntity } from './certificate.entity';
import { newCertificateCode, normalizeCertificateCode } from './certificate-code';
import { jcs, publicKeyFromRaw, signCredential, signText, verifyText } from './credential-crypto';
import { SigningKeyService } from './signing-key.service';

export type CertificateStatus = 'valid' | 'revoked' | 'unknown' | 'tampered';

export interface CertificateCheck {
  status: CertificateStatus;
  certificate?: CertificateEntity;
  course?: CourseDefinition;
}

/** The signed claims: who completed which course on which day, under which code. */
const claimsOf = (certificate: CertificateEntity) =>
  jcs({ code: certificate.code, holder: certificate.holderName, course: certificate.courseSlug, issuedAt: certificate.issuedAt.toISOString() });

@Injectable()
export class CertificatesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly content: ContentService,
    private readonly key: SigningKeyService,
    private readonly audit: AuditService,
    @InjectRepository(CertificateEntity) private readonly certificates: Repository<CertificateEntity>,
  ) {}

  /** Issues the course's certificate inside the caller's completion transaction; a second call does nothing. */
  async issue(manager: EntityManager, userId: string, courseSlug: string, issuedAt: Date): Promise<void> {
    if (await manager.findOneBy(CertificateEntity, { userId, courseSlug })) return;
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    const certificate = manager.create(CertificateEntity, {
      code: newCertificateCode(),
      userId,
      courseSlug,
      holderName: user.name,
      locale: user.locale,
      issuedAt,
      revokedAt: null,
      revokedById: null,
      revokedReason: null,
    });
    certificate.signature = signText(this.key.privateKey, claimsOf(certificate));
    await manager.insert(CertificateEntity, certificate);
  }

  findForUser(userId: string, courseSlug: string): Promise<CertificateEntity | null> {
    return this.certificates.findOneBy({ userId, courseSlug });
  }

  async check(input: string): Promise<CertificateCheck> {
    const code = normalizeCertificateCode(input);
    const certificate = code ? await this.certificates.findOneBy({ code }) : null;
    if (!certificate) return { status: 'unknown' };
    const course = this.content.course(certificate.courseSlug);
    const intact = verifyText(publicKeyFromRaw(this.key.publicKeyRaw), claimsOf(certificate), certificate.signature);
    const status: CertificateStatus = !intact ? 'tampered' : certificate.revokedAt ? 'revoked' : 'valid';
    return { status, certificate, course };
  }

  async revoke(input: string, reason: string, source: AuditSource): Promise<CertificateEntity> {
    const code = normalizeCertificateCode(input);
    const certificate = code ? await this.certificates.findOneBy({ code }) : null;
    if (!certificate) throw notFound(`Certificate "${input}"`);
    if (certificate.revokedAt) throw conflict('This certificate is already revoked');
    const result = await this.certificates
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date(), revokedById: source.actorId, revokedReason: reason.trim() })
      .where('code = :code AND revokedAt IS NULL', { code: certificate.code })
      .execute();
    if (!result.affected) throw conflict('This certificate is already revoked');
    await this.audit.record(source, 'certificate.revoke', certificate.userId, { code: certificate.code });
    return this.certificates.findOneByOrFail({ code: certificate.code });
  }

  courseTitle(certificate: CertificateEntity, locale: Locale = certificate.locale): string {
    const course = this.content.course(certificate.courseSlug);
    return course ? pick(course.title, locale) : certificate.courseSlug;
  }

  verifyUrl(code: string) {
    return `${this.config.publicUrl}/verify/${code}`;
  }

  /** The certificate as an Open Badges 3.0 credential, signed with eddsa-jcs-2022 so it verifies offline. */
  credential(certificate: CertificateEntity) {
    const course = this.content.course(certificate.courseSlug);
    const issuerName = course ? pick(course.issuer, Locale.EN) : 'Consular Campus';
    const document = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: this.verifyUrl(certificate.code),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: this.key.did, type: ['Profile'], name: issuerName, url: this.config.publicUrl },
      validFrom: certificate.issuedAt.toISOString(),
      name: this.courseTitle(certificate, Locale.EN),
      credentialSubject: {
        type: ['AchievementSubject'],
        name: certificate.holderName,
        identifier: [{ type: 'IdentityObject', identityHash: certificate.code, identityType: 'identifier', hashed: false }],
        achievement: {
          id: `${this.config.publicUrl}/courses/${certificate.courseSlug}`,
          type: ['Achievement'],
          name: this.courseTitle(certificate, Locale.EN),
          description: course ? pick(course.summary, Locale.EN) : '',
          criteria: { narrative: 'Every lesson completed, every weekly quiz passed and attendance at one webinar of each webinar week.' },
          ...(course ? { humanCode: certificate.courseSlug, fieldOfStudy: 'Consular protection of migrant women' } : {}),
        },
      },
      credentialStatus: { id: this.verifyUrl(certificate.code), type: 'ConsularCampusVerifyPage' },
    };
    return signCredential(document, this.key.privateKey, certificate.issuedAt);
  }
}
