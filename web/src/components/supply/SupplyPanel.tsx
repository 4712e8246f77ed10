import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contract } from './contract-api';
import { OrdersSection } from './OrdersSection';
import { ProductionReports } from './ProductionReports';
import { StagesTable } from './StagesTable';

/** Supply: the stages' progress, the orders with their deliveries, production reports. */
export function SupplyPanel({ contract, role }: { contract: Contract; role: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={3} size="h4">
        {t('supply.stages')}
      </Title>
      <StagesTable contract={contract} />
      <OrdersSection contract={contract} role={role} />
      <ProductionReports contract={contract} role={role} />
    </Stack>
  );
}
