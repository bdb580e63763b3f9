import { Inject, Injectable } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/config';
import { didKey, generateSigningKeyPem, loadPrivateKey, rawPublicKey } from './credential-crypto';

/** The issuer's Ed25519 key: CERTIFICATE_SIGNING_KEY, or a file in the data directory generated on first start. */
@Injectable()
export class SigningKeyService {
  readonly privateKey: KeyObject;
  readonly publicKeyRaw: Buffer;
  readonly did: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.privateKey = loadPrivateKey(config.certificateSigningKey ?? SigningKeyService.keyFile(config.dataDir));
    this.publicKeyRaw = rawPublicKey(this.privateKey);
    this.did = didKey(this.publicKeyRaw);
  }

  /** The key file's PEM, generated on first start. */
  private static keyFile(dataDir: string): string {
    const file = join(dataDir, 'certificate-signing-key.pem');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      try {
        writeFileSync(file, generateSigningKeyPem(), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    return readFileSync(file, 'utf8');
  }

  /** What /.well-known/consular-campus-issuer.json publishes. */
  publication() {
    return {
      id: this.did,
      type: 'Multikey',
      publicKeyMultibase: this.did.slice('did:key:'.length),
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: this.publicKeyRaw.toString('base64url') },
    };
  }
}
