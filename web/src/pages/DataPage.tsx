import { useI18n } from '../i18n-react.tsx';
import { useTitle } from '../router.tsx';

/** Placeholder until the datasets list and browser import arrive (issue 4, item 6). */
export function DataPage() {
  const { t } = useI18n();
  useTitle(t('data.title'));
  return (
    <>
      <h1>{t('data.title')}</h1>
      <p>{t('data.soon')}</p>
    </>
  );
}
