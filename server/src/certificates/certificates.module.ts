import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificateEntity } from './certificate.entity';
import { CertificatesController } from './certificates.controller';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { SigningKeyService } from './signing-key.service';

@Module({
  imports: [TypeOrmModule.forFeature([CertificateEntity])],
  providers: [CertificatesService, CertificatesResolver, SigningKeyService],
  controllers: [CertificatesController],
  exports: [CertificatesService],
})
export class CertificatesModule {}
