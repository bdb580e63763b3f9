import { useTranslation } from 'react-i18next';
import { describeError } from '../apollo/errors';
import { Alert } from './alert';

/** An API error as a person should read it: a heading for its kind, then the server's own words. */
export function ProblemMessage({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { code, messages } = describeError(error);
  return (
    <Alert tone="error" title={title ?? t(`errors.${code}`)}>
      {messages.length === 1 && <p>{messages[0]}</p>}
      {messages.length > 1 && (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </Alert>
  );
}
