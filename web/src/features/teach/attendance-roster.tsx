import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { ProblemMessage } from '../../ui/problem-message';

export const AttendanceRoster_entry = graphql(`
  fragment AttendanceRoster_entry on RosterEntry {
    user {
      id
      name
      email
      country
    }
    rsvp
    attended
    viaRecording
  }
`);

const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($webinarId: ID!, $userId: ID!, $attended: Boolean!, $viaRecording: Boolean) {
    recordAttendance(webinarId: $webinarId, userId: $userId, attended: $attended, viaRecording: $viaRecording)
  }
`);

interface Mark {
  attended: boolean;
  viaRecording: boolean;
}

interface AttendanceRosterProps {
  webinarId: string;
  entries: FragmentType<typeof AttendanceRoster_entry>[];
  /** Reads the roster again once the server has recorded a change. */
  onChanged(): Promise<unknown>;
}

/** Every enrolled trainee with their RSVP, and checkboxes for attendance live or through the recording. */
export function AttendanceRoster({ webinarId, onChanged, ...props }: AttendanceRosterProps) {
  const { t } = useTranslation();
  const entries = useFragment(AttendanceRoster_entry, props.entries);
  const language = currentLanguage();
  const countries = useMemo(() => new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }), [language]);
  const [record] = useMutation(RecordAttendanceDocument);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // What was just ticked shows at once; the roster read again afterwards takes over.
  const [shown, setShown] = useState<Record<string, Mark>>({});

  async function change(userId: string, mark: Mark, steps: Mark[]) {
    setPending(userId);
    setError(null);
    setShown((current) => ({ ...current, [userId]: mark }));
    try {
      for (const step of steps) await record({ variables: { webinarId, userId, ...step } });
      await onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setShown(({ [userId]: _done, ...rest }) => rest);
      setPending(null);
    }
  }

  const rows = entries.map((entry) => ({ ...entry, ...(shown[entry.user.id] ?? {}) }));
  const attended = rows.filter((entry) => entry.attended).length;
  const going = rows.filter((entry) => entry.rsvp).length;

  return (
    <div className="roster">
      <p className="muted">{t('teach.roster.summary', { count: entries.length, going, attended })}</p>
      {error !== null && <ProblemMessage error={error} />}
      {entries.length === 0 ? (
        <p className="empty-state card">{t('teach.roster.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('teach.roster.table')} tabIndex={0}>
          <table className="table table--keep roster-table">
            <thead>
              <tr>
                <th scope="col">{t('teach.progress.trainee')}</th>
                <th scope="col">{t('teach.progress.country')}</th>
                <th scope="col">{t('teach.roster.rsvp')}</th>
                <th scope="col">{t('teach.roster.attended')}</th>
                <th scope="col">{t('teach.roster.viaRecording')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => {
                const busy = pending === entry.user.id;
                return (
                  <tr key={entry.user.id} aria-busy={busy || undefined}>
                    <th scope="row">
                      <span className="progress-table__name">{entry.user.name}</span>
                      <span className="progress-table__email">{entry.user.email}</span>
                    </th>
                    <td>{countries.of(entry.user.country) ?? entry.user.country}</td>
                    <td>{entry.rsvp ? <Badge tone="success">{t('teach.roster.going')}</Badge> : <span className="muted">{t('teach.roster.noRsvp')}</span>}</td>
                    <td>
                      <input
                        type="checkbox"
                        className="roster-table__check"
                        aria-label={t('teach.roster.attendedBy', { name: entry.user.name })}
                        checked={entry.attended}
                        disabled={busy}
                        onChange={(event) => {
                          const mark = { attended: event.target.checked, viaRecording: false };
                          void change(entry.user.id, mark, [mark]);
                        }}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        className="roster-table__check"
                        aria-label={t('teach.roster.recordingBy', { name: entry.user.name })}
                        checked={entry.attended && entry.viaRecording}
                        disabled={busy}
                        onChange={(event) => {
                          const mark = { attended: true, viaRecording: event.target.checked };
                          // The server keeps the first record; changing how someone attended means recording it again.
                          void change(entry.user.id, mark, entry.attended ? [{ attended: false, viaRecording: false }, mark] : [mark]);
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
