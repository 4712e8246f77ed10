import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { words } from '../i18n';

/** An API error in the user's language, beside the action it concerns. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? words(`errors.${error.code}`, error.message)
      : error instanceof Error
        ? error.message
        : t('errors.INTERNAL');
  const details =
    error instanceof ApiError && Array.isArray(error.details)
      ? (error.details as unknown[]).map((d) => (typeof d === 'string' ? d : JSON.stringify(d)))
      : [];
  return (
    <Alert color="red" role="alert" title={t('common.error')} data-testid="error">
      {text}
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
