import { Alert, Code } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { words } from '../i18n';
import { belongsTo, fieldProblems, listedProblems, problemMessages } from '../lib/field-errors';

function detailLines(error: ApiError, fields: readonly string[]): string[] {
  if (!Array.isArray(error.details)) return [];
  const problems = fieldProblems(error);
  if (problems.length > 0) {
    // The ones a form field shows are under that field; the rest are listed here.
    return problems
      .filter((p) => !fields.some((f) => belongsTo(p.field, f)))
      .map((p) => `${p.field}: ${problemMessages(p).join('; ')}`);
  }
  const listed = listedProblems(error);
  if (listed.length > 0) return listed;
  return (error.details as unknown[]).map((d) => (typeof d === 'string' ? d : JSON.stringify(d)));
}

/**
 * An API error in the user's language, beside the action it concerns. `fields` names the
 * form's own fields: their VALIDATION_FAILED messages are shown under them (fieldError),
 * so only the others are listed here. `withCode` shows the API's code too, where the refusal
 * is a rule to look up (an amendment refused for its timeline, say).
 */
export function ErrorText({
  error,
  fields = [],
  withCode = false,
}: {
  error: unknown;
  fields?: readonly string[];
  withCode?: boolean;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? words(`errors.${error.code}`, error.message)
      : error instanceof Error
        ? error.message
        : t('errors.INTERNAL');
  const details = error instanceof ApiError ? detailLines(error, fields) : [];
  return (
    <Alert color="red" role="alert" title={t('common.error')} data-testid="error">
      {text}
      {withCode && error instanceof ApiError && (
        <>
          {' '}
          <Code data-testid="error-code">{error.code}</Code>
        </>
      )}
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
