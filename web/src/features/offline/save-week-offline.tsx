import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canSaveOffline, lessonsSavedOffline, saveLessonsOffline } from './offline-cache';

type State = 'idle' | 'saving' | 'saved' | 'failed';

/** Saves a week's lessons for reading with no connection. */
export function SaveWeekOffline({ lessonIds }: { lessonIds: string[] }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('idle');
  const key = lessonIds.join(' ');
  useEffect(() => {
    let current = true;
    void lessonsSavedOffline(key.split(' ')).then((saved) => current && saved && setState('saved'));
    return () => {
      current = false;
    };
  }, [key]);

  if (!canSaveOffline() || lessonIds.length === 0) return null;
  const save = () => {
    setState('saving');
    saveLessonsOffline(lessonIds).then(
      () => setState('saved'),
      () => setState('failed'),
    );
  };
  return (
    <div className="week__offline">
      {state === 'saved' ? (
        <p role="status">{t('offline.saved')}</p>
      ) : (
        <button type="button" className="button button--secondary button--small" disabled={state === 'saving'} onClick={save}>
          {state === 'saving' ? t('offline.saving') : t('offline.save')}
        </button>
      )}
      {state === 'failed' && <p role="alert">{t('offline.failed')}</p>}
    </div>
  );
}
