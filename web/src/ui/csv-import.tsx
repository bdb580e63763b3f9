import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { ProblemMessage } from './problem-message';

export interface CsvImportTexts {
  label: string;
  hint: string;
  file: string;
  submit: string;
  submitting: string;
}

/** A CSV pasted or read from a file, sent as one text; what the server made of it is shown below, as it arrives. */
export function CsvImportForm({
  className,
  texts,
  placeholder,
  busy,
  error,
  onSubmit,
  onEdit,
  children,
}: {
  className: string;
  texts: CsvImportTexts;
  placeholder?: string;
  busy: boolean;
  error?: unknown;
  onSubmit(csv: string): Promise<unknown>;
  /** the text changed: an earlier report no longer describes it */
  onEdit(): void;
  children?: ReactNode;
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
          className="attendance-csv__text"
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
      <div role="status">{children}</div>
    </form>
  );
}

/** The server's answer to a CSV, row by row: line, e-mail, a status badge and a last column of detail. */
export function CsvReport<Row extends { line: number; email: string }>({
  summary,
  label,
  columns,
  rows,
  status,
  detail,
}: {
  summary: string;
  label: string;
  columns: { line: string; email: string; status: string; detail: string };
  rows: Row[];
  status(row: Row): ReactNode;
  detail(row: Row): ReactNode;
}) {
  return (
    <div className="csv-report">
      <p className="csv-report__summary">{summary}</p>
      {rows.length > 0 && (
        <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
          <table className="table table--keep">
            <thead>
              <tr>
                <th scope="col">{columns.line}</th>
                <th scope="col">{columns.email}</th>
                <th scope="col">{columns.status}</th>
                <th scope="col">{columns.detail}</th>
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
