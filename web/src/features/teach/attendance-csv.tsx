import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Badge } from '../../ui/badge';
import { CsvImportForm } from '../../ui/csv-import';

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
  const [importCsv, { data, loading, error, reset }] = useMutation(RecordAttendanceCsvDocument);
  const report = data?.recordAttendanceCsv;

  async function submit(csv: string) {
    const result = await importCsv({ variables: { webinarId, csv } }).catch(() => undefined);
    if (result?.data) await onChanged();
  }

  const statusLabel = (status: string) =>
    status === 'RECORDED' ? t('teach.csv.recordedRow') : status === 'ALREADY_RECORDED' ? t('teach.csv.alreadyRow') : t('teach.csv.refusedRow');

  return (
    <CsvImportForm
      className="attendance-csv"
      texts={{
        label: t('teach.csv.label'),
        hint: t('teach.csv.hint'),
        file: t('teach.csv.file'),
        submit: t('teach.csv.import'),
        submitting: t('teach.csv.importing'),
        report: t('teach.csv.report'),
        detail: t('teach.csv.reason'),
      }}
      busy={loading}
      error={error}
      onSubmit={submit}
      onEdit={reset}
      report={report && { summary: t('teach.csv.summary', { recorded: report.recorded, refused: report.refused }), rows: report.rows }}
      status={(row) => <Badge tone={STATUS_TONE[row.status as keyof typeof STATUS_TONE] ?? 'neutral'}>{statusLabel(row.status)}</Badge>}
      detail={(row) => row.reason ?? ''}
    />
  );
}
