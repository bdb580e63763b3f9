import { useTranslation } from 'react-i18next';
import { useSearchParams } from '../routing/router';
import { isFullAdmin } from '../features/admin/admin-access';
import { AdminNotice } from '../features/admin/admin-layout';
import { RevokeCertificate } from '../features/admin/revoke-certificate';
import { useAuth } from '../features/auth/auth-context';
import { useDocumentTitle } from '../ui/use-document-title';

/** Certificates, for full administrators: revoke one that was issued in error or obtained unfairly. */
export function AdminCertificatesPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const [params] = useSearchParams();
  useDocumentTitle(t('admin.certificates.title'));

  if (!isFullAdmin(viewer)) return <AdminNotice message={t('admin.fullAdminOnly')} />;

  return (
    <div className="admin-certificates">
      <header className="page-hero">
        <p className="eyebrow">{t('admin.eyebrow')}</p>
        <h1>{t('admin.certificates.title')}</h1>
      </header>
      <section className="card admin-card narrow-card" aria-labelledby="revoke-title">
        <h2 id="revoke-title">{t('admin.certificates.revokeTitle')}</h2>
        <p className="muted">{t('admin.certificates.lead')}</p>
        <RevokeCertificate initialCode={params.get('code') ?? ''} />
      </section>
    </div>
  );
}
