import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/api/use-session';
import { usePageTitle } from '../../lib/page-title';
import { DataExportSection } from './DataExportSection';
import { EraseAccountSection } from './EraseAccountSection';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';

/** My account: profile, password, personal data export and erasure (rendered inside RequireSession). */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const session = useSession();
  if (!session) return null;
  const { user } = session;
  return (
    <div className="page">
      <h1>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { email: user.email, role: t(`account.roles.${user.role}`) })}</p>
      <ProfileForm user={user} />
      <PasswordForm />
      <DataExportSection />
      <EraseAccountSection />
    </div>
  );
}
