import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../ui/problem-message';
import { EnrollDocument } from './enroll';

export function EnrollPanel({ courseSlug }: { courseSlug: string }) {
  const { t } = useTranslation();
  const [enroll, { loading, error }] = useMutation(EnrollDocument, { variables: { courseSlug } });
  return (
    <div className="enroll-panel">
      <div>
        <p className="enroll-panel__title">{t('course.enrollTitle')}</p>
        <p className="muted">{t('course.enrollLead')}</p>
      </div>
      <button type="button" className="button button--primary" disabled={loading} onClick={() => void enroll().catch(() => undefined)}>
        {loading ? t('course.enrolling') : t('course.enroll')}
      </button>
      {error && <ProblemMessage error={error} />}
    </div>
  );
}
