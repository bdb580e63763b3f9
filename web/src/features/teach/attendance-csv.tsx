import { useMutation } from '@apollo/client/react';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Badge } from '../../ui/badge';
import { ProblemMessage } from '../../ui/problem-message';

const RecordAttendanceCsvDocument = graphql(`
  mutation RecordAttendanceCsv($webinarId: ID!, $csv: String!) {
    recordAttendanceCsv(webinarId: $webinarId, csv: $csv) {
      recorded
      refused
      rows {
        line
        email
        status
        reason
      }
    }
  }
`);

const STATUS_TONE = { RECORDED: 'success', ALREADY_RECORDED: 'neutral', REFUSED: 'danger' } as const;

/** Attendance for many at once, from a CSV whose first column is the e-mail (pasted or from a file), reported row by row. */
export function AttendanceCsv({ webinarId, onChanged }: { webinarId: string; onChanged(): Promise<unknown> }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [importCsv, { data, loading, error, reset }] = useMutation(RecordAttendanceCsvDocument);
  const id = useId();
  const report = data?.recordAttendanceCsv;

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!csv.trim()) return;
    const result = await importCsv({ variables: { webinarId, csv } }).catch(() => undefined);
    if (result?.data) await onChanged();
  }

  const statusLabel = (status: string) =>
    status === 'RECORDED' ? t('teach.csv.recordedRow') : status === 'ALREADY_RECORDED' ? t('teach.csv.alreadyRow') : t('teach.csv.refusedRow');

  return (
    <form className="form attendance-csv" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-csv`}>{t('teach.csv.label')}</label>
        <textarea
          id={`${id}-csv`}
          rows={5}
          className="attendance-csv__text"
          aria-describedby={`${id}-hint`}
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value);
            reset();
          }}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('teach.csv.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('teach.csv.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void readFile(event)} />
      </div>
      {error && <ProblemMessage error={error} />}
      <div>
        <button type="submit" className="button button--primary" disabled={loading || !csv.trim()}>
          {loading ? t('teach.csv.importing') : t('teach.csv.import')}
        </button>
      </div>
      <div role="status">
        {report && (
          <div className="csv-report">
            <p className="csv-report__summary">{t('teach.csv.summary', { recorded: report.recorded, refused: report.refused })}</p>
            {report.rows.length > 0 && (
              <div className="table-scroll" role="region" aria-label={t('teach.csv.report')} tabIndex={0}>
                <table className="table table--keep">
                  <thead>
                    <tr>
                      <th scope="col">{t('teach.csv.line')}</th>
                      <th scope="col">{t('auth.email')}</th>
                      <th scope="col">{t('teach.csv.status')}</th>
                      <th scope="col">{t('teach.csv.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((row) => (
                      <tr key={row.line}>
                        <td>{row.line}</td>
                        <td className="csv-report__email">{row.email}</td>
                        <td>
                          <Badge tone={STATUS_TONE[row.status as keyof typeof STATUS_TONE] ?? 'neutral'}>{statusLabel(row.status)}</Badge>
                        </td>
                        <td>{row.reason ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
