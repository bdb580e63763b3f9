import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { formatDate } from '../../ui/format';
import { ProblemMessage } from '../../ui/problem-message';
import { useTimeZone } from '../settings/use-time-zone';

// The public check names the holder, so the confirmation can say whose certificate it is.
const CertificateToRevokeQuery = graphql(`
  query CertificateToRevoke($code: String!) {
    verifyCertificate(code: $code) {
      status
      holderName
      courseTitle
      issuedAt
      revoked
    }
  }
`);

const RevokeCertificateDocument = graphql(`
  mutation RevokeCertificate($code: String!, $reason: String!) {
    revokeCertificate(code: $code, reason: $reason) {
      code
      holderName
      courseTitle
      revoked
      revokedAt
      revokedReason
      verifyUrl
    }
  }
`);

/** Revokes a certificate by its code, with the reason kept beside it; asks first, naming the holder. */
export function RevokeCertificate({ initialCode }: { initialCode: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const zone = useTimeZone();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [lookUp, lookUpState] = useLazyQuery(CertificateToRevokeQuery, { fetchPolicy: 'network-only' });
  const [revoke, revokeState] = useMutation(RevokeCertificateDocument);
  const [checked, setChecked] = useState('');
  const found = lookUpState.data?.verifyCertificate;
  const revoked = revokeState.data?.revokeCertificate;
  const trimmed = code.trim().toUpperCase();

  async function submit(event: FormEvent) {
    event.preventDefault();
    revokeState.reset();
    setChecked(trimmed);
    const result = await lookUp({ variables: { code: trimmed } }).catch(() => undefined);
    const certificate = result?.data?.verifyCertificate;
    if (certificate && certificate.status !== 'unknown' && !certificate.revoked) setConfirming(true);
  }

  async function confirm() {
    const result = await revoke({ variables: { code: trimmed, reason: reason.trim() } }).catch(() => undefined);
    if (result?.data) {
      setConfirming(false);
      setReason('');
    }
  }

  return (
    <>
      <form className="form revoke-form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('admin.certificates.code')}</label>
          <input
            id={`${id}-code`}
            className="code-input"
            required
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('admin.certificates.reason')}</label>
          <textarea id={`${id}-reason`} rows={3} required maxLength={500} aria-describedby={`${id}-reason-hint`} value={reason} onChange={(event) => setReason(event.target.value)} />
          <p id={`${id}-reason-hint`} className="field__hint">
            {t('admin.certificates.reasonHint')}
          </p>
        </div>
        {lookUpState.error && <ProblemMessage error={lookUpState.error} />}
        {found && checked === trimmed && !confirming && !revoked && found.status === 'unknown' && <Alert tone="error" title={t('admin.certificates.unknown', { code: trimmed })} />}
        {found && checked === trimmed && !confirming && !revoked && found.revoked && <Alert tone="info" title={t('admin.certificates.alreadyRevoked', { code: trimmed })} />}
        <div>
          <button type="submit" className="button button--danger" disabled={lookUpState.loading || !trimmed || !reason.trim()}>
            {t('admin.certificates.revoke')}
          </button>
        </div>
      </form>

      {revoked && (
        <Alert tone="success" title={t('admin.certificates.revoked', { code: revoked.code, name: revoked.holderName })}>
          <p>
            {revoked.revokedAt && t('admin.certificates.revokedOn', { date: formatDate(revoked.revokedAt, language, zone) })}{' '}
            <a href={revoked.verifyUrl}>{t('admin.certificates.verifyPage')}</a>
          </p>
        </Alert>
      )}

      {confirming && found && (
        <Dialog alert title={t('admin.certificates.confirmTitle', { name: found.holderName ?? trimmed })} closeLabel={t('common.close')} onClose={() => setConfirming(false)}>
          <p>
            {t('admin.certificates.confirm', {
              code: trimmed,
              name: found.holderName ?? '',
              course: found.courseTitle ?? '',
              date: found.issuedAt ? formatDate(found.issuedAt, language, zone) : '',
            })}
          </p>
          <p className="confirm-reason">
            <strong>{t('admin.certificates.reason')}:</strong> {reason.trim()}
          </p>
          {revokeState.error && <ProblemMessage error={revokeState.error} />}
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={revokeState.loading} onClick={() => void confirm()}>
              {t('admin.certificates.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('admin.certificates.confirmNo')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
