import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('common.notFound')}</Title>;
}
