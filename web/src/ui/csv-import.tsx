import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from './problem-message';

interface CsvImportTexts {
  label: string;
  hint: string;
  file: string;
  submit: string;
  submitting: string;
  /** names the report's table */
  report: string;
  /** the heading of the report's last column */
  detail: string;
}

interface CsvRow {
  line: number;
  email: string;
}

/**
 * A CSV pasted or read from a file, sent as one text; what the server made of it is shown
 * below, row by row, as it arrives.
 */
export function CsvImportForm<Row extends CsvRow>({
  className,
  texts,
  placeholder,
  busy,
  error,
  onSubmit,
  onEdit,
  report,
  status,
  detail,
}: {
  className: string;
  texts: CsvImportTexts;
  placeholder?: string;
  busy: boolean;
  error?: unknown;
  onSubmit(csv: string): Promise<unknown>;
  /** the text changed: an earlier report no longer describes it */
  onEdit(): void;
  /** the server's answer to the last CSV sent, once there is one */
  report?: { summary: string; rows: Row[] } | null;
  /** a row's status badge */
  status(row: Row): ReactNode;
  /** a row's last column */
  detail(row: Row): ReactNode;
}) {
  const [csv, setCsv] = useState('');
  const id = useId();

  function edit(text: string) {
    setCsv(text);
    onEdit();
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) edit(await file.text());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (csv.trim()) void onSubmit(csv);
  }

  return (
    <form className={`form ${className}`} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-csv`}>{texts.label}</label>
        <textarea
          id={`${id}-csv`}
          rows={5}
          className="csv-import__text"
          aria-describedby={`${id}-hint`}
          placeholder={placeholder}
          value={csv}
          onChange={(event) => edit(event.target.value)}
        />
        <p id={`${id}-hint`} className="field__hint">
          {texts.hint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{texts.file}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void readFile(event)} />
      </div>
      {error ? <ProblemMessage error={error} /> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={busy || !csv.trim()}>
          {busy ? texts.submitting : texts.submit}
        </button>
      </div>
      <div role="status">
        {report ? <CsvReport summary={report.summary} label={texts.report} detailHeading={texts.detail} rows={report.rows} status={status} detail={detail} /> : null}
      </div>
    </form>
  );
}

/** The server's answer to a CSV, row by row: line, e-mail, a status badge and a last column of detail. */
function CsvReport<Row extends CsvRow>({
  summary,
  label,
  detailHeading,
  rows,
  status,
  detail,
}: {
  summary: string;
  label: string;
  detailHeading: string;
  rows: Row[];
  status(row: Row): ReactNode;
  detail(row: Row): ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="csv-report">
      <p className="csv-report__summary">{summary}</p>
      {rows.length > 0 && (
        <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
          <table className="table table--keep">
            <thead>
              <tr>
                <th scope="col">{t('teach.csv.line')}</th>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('teach.csv.status')}</th>
                <th scope="col">{detailHeading}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td className="csv-report__email">{row.email}</td>
                  <td>{status(row)}</td>
                  <td>{detail(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
