import { Inject, Injectable } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/config';
import { didKey, generateSigningKeyPem, loadPrivateKey, rawPublicKey } from './credential-crypto';

/** The issuer's Ed25519 key, kept in the data directory and generated on first start. */
@Injectable()
export class SigningKeyService {
  readonly privateKey: KeyObject;
  readonly publicKeyRaw: Buffer;
  readonly did: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const file = join(config.dataDir, 'certificate-signing-key.pem');
    if (!existsSync(file)) {
      mkdirSync(config.dataDir, { recursive: true });
      try {
        writeFileSync(file, generateSigningKeyPem(), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    this.privateKey = loadPrivateKey(readFileSync(file, 'utf8'));
    this.publicKeyRaw = rawPublicKey(this.privateKey);
    this.did = didKey(this.publicKeyRaw);
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
