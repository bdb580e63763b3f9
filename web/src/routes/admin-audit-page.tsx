import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminNotice } from '../features/admin/admin-layout';
import { isFullAdmin } from '../features/admin/admin-access';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, isAuditAction } from '../features/admin/audit-actions';
import { AuditTable } from '../features/admin/audit-table';
import { useFilterParams } from '../features/admin/use-filter-params';
import { useAuth } from '../features/auth/auth-context';
import { graphql } from '../gql-admin';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const PAGE_SIZE = 50;

const AdminAuditPageQuery = graphql(`
  query AdminAuditPage($action: String, $before: DateTime, $limit: Int!) {
    auditLog(action: $action, before: $before, limit: $limit) {
      id
      at
      ...AuditTable_entry
    }
  }
`);

/** The audit log, for full administrators: newest first, by action, and older entries on request. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const fullAdmin = isFullAdmin(viewer);
  const [params, setFilters] = useFilterParams();
  const actionParam = params.get('action');
  const action = isAuditAction(actionParam) ? actionParam : undefined;
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminAuditPageQuery, { variables: { action, limit: PAGE_SIZE }, skip: !fullAdmin });
  const [loadingOlder, setLoadingOlder] = useState(false);
  // Known after the first "load older" that comes back short; a full first page may still have more behind it.
  const [endReached, setEndReached] = useState<string | undefined>(undefined);
  const id = useId();
  useDocumentTitle(t('admin.audit.title'));

  if (!fullAdmin) return <AdminNotice message={t('admin.fullAdminOnly')} />;
  if (!data) {
    if (loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error} onRetry={() => void refetch()} />;
  }

  const entries = data.auditLog;
  const filterKey = action ?? '';
  const more = entries.length >= PAGE_SIZE && endReached !== filterKey;

  async function loadOlder() {
    const last = entries.at(-1);
    if (!last) return;
    setLoadingOlder(true);
    try {
      const result = await fetchMore({
        variables: { before: last.at },
        updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, auditLog: [...previous.auditLog, ...fetchMoreResult.auditLog] }),
      });
      if (result.data && result.data.auditLog.length < PAGE_SIZE) setEndReached(filterKey);
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <div className="admin-audit">
      <header className="page-hero">
        <p className="eyebrow">{t('admin.eyebrow')}</p>
        <h1>{t('admin.audit.title')}</h1>
        <p className="page-hero__lead">{t('admin.audit.lead')}</p>
      </header>
      <div className="admin-filters">
        <div className="field">
          <label htmlFor={id}>{t('admin.audit.action')}</label>
          <select id={id} value={action ?? ''} onChange={(event) => setFilters({ action: event.target.value })}>
            <option value="">{t('admin.audit.allActions')}</option>
            {AUDIT_ACTIONS.map((option) => (
              <option key={option} value={option}>
                {t(AUDIT_ACTION_LABELS[option])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ProblemMessage error={error} onRetry={() => void refetch()} />}
      {entries.length === 0 ? (
        <p className="empty-state card">{t('admin.audit.empty')}</p>
      ) : (
        <>
          <AuditTable entries={entries} />
          <div className="admin-more">
            <p className="muted" role="status">
              {t('admin.audit.shown', { count: entries.length })}
            </p>
            {more && (
              <button type="button" className="button button--secondary" disabled={loadingOlder} onClick={() => void loadOlder()}>
                {loadingOlder ? t('common.loading') : t('admin.audit.loadOlder')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
