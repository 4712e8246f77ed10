import { Stack } from '@mantine/core';
import { ClaimsSection } from './ClaimsSection';
import { PenaltiesCard } from './PenaltiesCard';

/** Penalties as they accrue and the claims that collect them. */
export function PenaltiesPanel({ contractId, officer }: { contractId: string; officer: boolean }) {
  return (
    <Stack>
      <PenaltiesCard contractId={contractId} />
      <ClaimsSection contractId={contractId} officer={officer} />
    </Stack>
  );
}
