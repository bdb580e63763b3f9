import { readFileSync } from 'node:fs';
import { verifyCredential } from './credential-crypto';

/**
 * Offline check of a certificate's credential:
 *   node server/dist/certificates/verify-credential-cli.js certificate.json [issuer.json]
 * issuer.json is the file published at /.well-known/consular-campus-issuer.json.
 */
function main([credentialFile, issuerFile]: string[]) {
  if (!credentialFile) {
    console.error('usage: verify-credential-cli <credential.json> [issuer.json]');
    return 2;
  }
  const credential = JSON.parse(readFileSync(credentialFile, 'utf8'));
  const issuer = issuerFile ? JSON.parse(readFileSync(issuerFile, 'utf8')).id : undefined;
  const result = verifyCredential(credential, issuer);
  const subject = credential.credentialSubject ?? {};
  if (!result.valid) {
    console.log(`NOT VALID: ${result.reason}`);
    return 1;
  }
  console.log(`VALID: ${subject.name} completed "${subject.achievement?.name}" on ${credential.validFrom}${issuer ? '' : ' (issuer key not compared: pass issuer.json to check it)'}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
