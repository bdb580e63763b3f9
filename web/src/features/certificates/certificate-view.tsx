import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { CopyButton } from '../../ui/copy-button';
import { formatDate } from '../../ui/format';
import { AwardIcon, DownloadIcon, ShareIcon } from '../../ui/icons';
import { useTimeZone } from '../settings/use-time-zone';

export const CertificateView_certificate = graphql(`
  fragment CertificateView_certificate on Certificate {
    code
    holderName
    courseTitle
    issuedAt
    pdfUrl
    credentialUrl
    verifyUrl
    revoked
    revokedAt
  }
`);

/** The certificate as a document, with what its holder does with it: download, copy, share, verify. */
export function CertificateView(props: { certificate: FragmentType<typeof CertificateView_certificate> }) {
  const { t } = useTranslation();
  const certificate = useFragment(CertificateView_certificate, props.certificate);
  const language = currentLanguage();
  const zone = useTimeZone();
  const issued = formatDate(certificate.issuedAt, language, zone);
  const shareText = t('certificate.shareText', { course: certificate.courseTitle });
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const mailto = `mailto:?subject=${encodeURIComponent(t('certificate.shareSubject'))}&body=${encodeURIComponent(`${shareText}\n\n${certificate.verifyUrl}`)}`;

  function share() {
    navigator.share({ title: t('certificate.shareSubject'), text: shareText, url: certificate.verifyUrl }).catch(() => undefined);
  }

  return (
    <>
      {certificate.revoked && (
        <Alert tone="error" title={t('certificate.revokedTitle')}>
          <p>{certificate.revokedAt ? t('certificate.revokedOn', { date: formatDate(certificate.revokedAt, language, zone) }) : t('certificate.revokedLead')}</p>
        </Alert>
      )}
      <section className={`certificate card${certificate.revoked ? ' certificate--revoked' : ''}`} aria-labelledby="certificate-holder">
        <span className="certificate__seal" aria-hidden="true">
          <AwardIcon />
        </span>
        <p className="certificate__kind">{t('certificate.kind')}</p>
        <p className="certificate__line">{t('certificate.certifies')}</p>
        <h2 id="certificate-holder" className="certificate__holder">
          {certificate.holderName}
        </h2>
        <p className="certificate__line">{t('certificate.completed')}</p>
        <p className="certificate__course">{certificate.courseTitle}</p>
        <dl className="certificate__facts">
          <div>
            <dt>{t('certificate.issued')}</dt>
            <dd>
              <time dateTime={certificate.issuedAt}>{issued}</time>
            </dd>
          </div>
          <div>
            <dt>{t('certificate.code')}</dt>
            <dd className="certificate__code">{certificate.code}</dd>
          </div>
        </dl>
      </section>

      {!certificate.revoked && (
        <section className="certificate-actions" aria-label={t('certificate.actions')}>
          <div className="button-row">
            {/* Served by the server, not a page of this app: plain links. */}
            <a href={certificate.pdfUrl} className="button button--primary" download>
              <DownloadIcon /> {t('certificate.downloadPdf')}
            </a>
            <CopyButton
              text={certificate.verifyUrl}
              label={t('certificate.copyLink')}
              copiedLabel={t('certificate.linkCopied')}
              failedLabel={t('certificate.copyFailed')}
            />
            {canShare ? (
              <button type="button" className="button button--secondary" onClick={share}>
                <ShareIcon /> {t('certificate.share')}
              </button>
            ) : (
              <a href={mailto} className="button button--secondary">
                <ShareIcon /> {t('certificate.shareByEmail')}
              </a>
            )}
          </div>
          <ul className="certificate-actions__links">
            <li>
              <a href={certificate.verifyUrl}>{t('certificate.verifyPage')}</a>
            </li>
            <li>
              <a href={certificate.credentialUrl} type="application/json">
                {t('certificate.credential')}
              </a>
            </li>
          </ul>
          <p className="field__hint">
            {t('certificate.verifyHint')} <span className="certificate-actions__url">{certificate.verifyUrl}</span>
          </p>
        </section>
      )}
    </>
  );
}
