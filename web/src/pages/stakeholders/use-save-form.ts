import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n-react.tsx';

export type FormMessage = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The common life of the register's small forms: read the fields, save, empty the form and say
 * "gespeichert" — or show the API's German error and keep what was typed.
 */
export function useSaveForm(save: (data: FormData) => Promise<unknown>, onSaved?: () => void) {
  const { t } = useI18n();
  const [message, setMessage] = useState<FormMessage>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    try {
      await save(new FormData(form));
      form.reset();
      setMessage({ kind: 'ok', text: t('sh.saved') });
      onSaved?.();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return { submit, message };
}
