import { useMutation } from '@apollo/client/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import type { Role } from '../../gql-admin/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { CopyButton } from '../../ui/copy-button';
import { Dialog } from '../../ui/dialog';
import { formatDate } from '../../ui/format';
import { ProblemMessage } from '../../ui/problem-message';
import { countryNamer, countryOptions } from '../auth/countries';
import { useTimeZone } from '../settings/use-time-zone';

export const UserActions_user = graphql(`
  fragment UserActions_user on User {
    id
    name
    email
    role
    country
    focalPointCountry
    deactivatedAt
    deletionRequestedAt
  }
`);

// Each answer carries the fields the table and this dialog show, so the cache brings both up to date.
const SetUserRoleDocument = graphql(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      id
      role
      ...UserActions_user
      ...UserTable_user
    }
  }
`);

const SetFocalPointDocument = graphql(`
  mutation SetFocalPoint($userId: ID!, $country: String) {
    setFocalPoint(userId: $userId, country: $country) {
      id
      ...UserActions_user
      ...UserTable_user
    }
  }
`);

const SetUserActiveDocument = graphql(`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      id
      ...UserActions_user
      ...UserTable_user
    }
  }
`);

const CreatePasswordResetLinkDocument = graphql(`
  mutation CreatePasswordResetLink($userId: ID!) {
    createPasswordResetLink(userId: $userId)
  }
`);

const AnonymiseUserDocument = graphql(`
  mutation AnonymiseUser($userId: ID!) {
    anonymiseUser(userId: $userId) {
      id
      ...UserActions_user
      ...UserTable_user
    }
  }
`);

const ROLES: Role[] = ['TRAINEE', 'INSTRUCTOR', 'ADMIN'];

interface UserActionsDialogProps {
  user: FragmentType<typeof UserActions_user>;
  viewerId: string;
  /** Roles and focal points are for full administrators; focal points manage accounts of their country. */
  fullAdmin: boolean;
  onClose(): void;
  /** Something changed that may move the person in or out of the list. */
  onChanged(): void;
}

/** Everything an administrator does to one account, each action on its own with its own answer. */
export function UserActionsDialog({ viewerId, fullAdmin, onClose, onChanged, ...props }: UserActionsDialogProps) {
  const { t } = useTranslation();
  const user = useFragment(UserActions_user, props.user);
  const language = currentLanguage();
  const zone = useTimeZone();
  const self = user.id === viewerId;
  const [confirmingAnonymise, setConfirmingAnonymise] = useState(false);
  const [anonymised, setAnonymised] = useState(false);
  const [anonymise, anonymiseState] = useMutation(AnonymiseUserDocument);

  async function confirmAnonymise() {
    const result = await anonymise({ variables: { userId: user.id } }).catch(() => undefined);
    if (!result?.data) return;
    setConfirmingAnonymise(false);
    setAnonymised(true);
    onChanged();
  }

  return (
    <Dialog title={t('admin.users.manageTitle', { name: user.name })} closeLabel={t('common.close')} onClose={onClose}>
      <p className="muted user-actions__who">
        {user.email} · {countryNamer(language)(user.country)}
      </p>
      {user.deletionRequestedAt && (
        <Alert tone="error" title={t('admin.users.deletionRequestedTitle')}>
          <p>{t('admin.users.deletionRequestedLead', { date: formatDate(user.deletionRequestedAt, language, zone) })}</p>
        </Alert>
      )}
      {anonymised && <Alert tone="success" title={t('admin.users.anonymised')} />}

      {fullAdmin && <RoleSection userId={user.id} role={user.role} onChanged={onChanged} />}
      {fullAdmin && user.role === 'ADMIN' && <FocalPointSection userId={user.id} country={user.focalPointCountry ?? ''} self={self} />}
      {!self && <ActiveSection userId={user.id} deactivatedAt={user.deactivatedAt ?? null} onChanged={onChanged} />}
      {!user.deactivatedAt && <ResetLinkSection userId={user.id} email={user.email} />}

      {!self && !anonymised && (
        <section className="user-actions__section user-actions__section--danger" aria-labelledby={`${user.id}-anonymise`}>
          <h3 id={`${user.id}-anonymise`}>{t('admin.users.anonymiseTitle')}</h3>
          <p className="field__hint">{t('admin.users.anonymiseHint')}</p>
          <button type="button" className="button button--danger button--small" onClick={() => setConfirmingAnonymise(true)}>
            {t('admin.users.anonymise')}
          </button>
        </section>
      )}

      {confirmingAnonymise && (
        <Dialog alert title={t('admin.users.anonymiseConfirmTitle', { name: user.name })} closeLabel={t('common.close')} onClose={() => setConfirmingAnonymise(false)}>
          <p>{t('admin.users.anonymiseConfirm', { name: user.name, email: user.email })}</p>
          {anonymiseState.error && <ProblemMessage error={anonymiseState.error} />}
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={anonymiseState.loading} onClick={() => void confirmAnonymise()}>
              {t('admin.users.anonymiseYes', { name: user.name })}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirmingAnonymise(false)}>
              {t('admin.users.anonymiseNo')}
            </button>
          </div>
        </Dialog>
      )}
    </Dialog>
  );
}

function RoleSection({ userId, role, onChanged }: { userId: string; role: Role; onChanged(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState<Role>(role);
  const [setRole, { data, loading, error, reset }] = useMutation(SetUserRoleDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await setRole({ variables: { userId, role: value } }).catch(() => undefined);
    if (result?.data) onChanged();
  }

  return (
    <form className="user-actions__section" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-title`}>{t('admin.users.roleTitle')}</h3>
      <div className="user-actions__row">
        <div className="field">
          <label htmlFor={id}>{t('admin.users.roleLabel')}</label>
          <select
            id={id}
            value={value}
            onChange={(event) => {
              setValue(event.target.value as Role);
              reset();
            }}
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`admin.roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary button--small" disabled={loading || value === role}>
          {t('admin.users.saveRole')}
        </button>
      </div>
      {error && <ProblemMessage error={error} />}
      <p className="form__status" role="status">
        {data && !loading ? t('admin.users.roleSaved', { role: t(`admin.roles.${data.setUserRole.role}`) }) : ''}
      </p>
    </form>
  );
}

function FocalPointSection({ userId, country, self }: { userId: string; country: string; self: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const options = useMemo(() => countryOptions(language), [language]);
  const [value, setValue] = useState(country);
  const [setFocalPoint, { data, loading, error, reset }] = useMutation(SetFocalPointDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await setFocalPoint({ variables: { userId, country: value || null } }).catch(() => undefined);
  }

  return (
    <form className="user-actions__section" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-title`}>{t('admin.users.focalTitle')}</h3>
      <p className="field__hint">{self ? t('admin.users.focalSelfHint') : t('admin.users.focalHint')}</p>
      <div className="user-actions__row">
        <div className="field">
          <label htmlFor={id}>{t('admin.users.focalCountry')}</label>
          <select
            id={id}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              reset();
            }}
          >
            <option value="">{t('admin.users.fullAccess')}</option>
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary button--small" disabled={loading || value === country}>
          {t('admin.users.saveAccess')}
        </button>
      </div>
      {error && <ProblemMessage error={error} />}
      <p className="form__status" role="status">
        {data && !loading ? t('admin.users.accessSaved') : ''}
      </p>
    </form>
  );
}

function ActiveSection({ userId, deactivatedAt, onChanged }: { userId: string; deactivatedAt: string | null; onChanged(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const zone = useTimeZone();
  const [setActive, { loading, error }] = useMutation(SetUserActiveDocument);

  async function toggle() {
    const result = await setActive({ variables: { userId, active: Boolean(deactivatedAt) } }).catch(() => undefined);
    if (result?.data) onChanged();
  }

  return (
    <section className="user-actions__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.users.accountTitle')}</h3>
      <p className="field__hint" role="status">
        {deactivatedAt ? t('admin.users.deactivatedOn', { date: formatDate(deactivatedAt, language, zone) }) : t('admin.users.deactivateHint')}
      </p>
      <button type="button" className={`button button--small ${deactivatedAt ? 'button--primary' : 'button--danger'}`} disabled={loading} onClick={() => void toggle()}>
        {deactivatedAt ? t('admin.users.reactivate') : t('admin.users.deactivate')}
      </button>
      {error && <ProblemMessage error={error} />}
    </section>
  );
}

function ResetLinkSection({ userId, email }: { userId: string; email: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [createLink, { data, loading, error }] = useMutation(CreatePasswordResetLinkDocument);
  const link = data?.createPasswordResetLink;

  return (
    <section className="user-actions__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.users.resetTitle')}</h3>
      <p className="field__hint">{t('admin.users.resetHint', { email })}</p>
      {link ? (
        <>
          <div className="field">
            <label htmlFor={id}>{t('admin.users.resetLink')}</label>
            <input id={id} className="link-field" readOnly value={link} onFocus={(event) => event.target.select()} />
          </div>
          <CopyButton text={link} label={t('admin.copyLink')} copiedLabel={t('admin.linkCopied')} failedLabel={t('admin.copyFailed')} className="button button--secondary button--small" />
        </>
      ) : (
        <button type="button" className="button button--secondary button--small" disabled={loading} onClick={() => void createLink({ variables: { userId } }).catch(() => undefined)}>
          {t('admin.users.createResetLink')}
        </button>
      )}
      {error && <ProblemMessage error={error} />}
    </section>
  );
}
