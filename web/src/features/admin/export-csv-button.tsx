import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert';
import { DownloadIcon } from '../../ui/icons';
import { downloadWithToken } from '../auth/authorized-download';
import { completionCsvUrl } from './completion-csv';

interface ExportCsvButtonProps {
  courseSlug: string;
  country?: string;
  cohortId?: string;
}

/** The whole completion report as a spreadsheet file, with the filters in view; the server needs the token. */
export function ExportCsvButton(props: ExportCsvButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { url, filename } = completionCsvUrl(props);

  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      await downloadWithToken(url, filename);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-csv">
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
        <DownloadIcon /> {busy ? t('admin.report.exporting') : t('admin.report.export')}
      </button>
      {failed && <Alert tone="error" title={t('admin.report.exportFailed')} />}
    </div>
  );
}
