import { Badge } from '@mantine/core';
import { words } from '../i18n';

const COLORS: Record<string, string> = {
  draft: 'gray',
  tendering: 'blue',
  evaluation: 'violet',
  standstill: 'yellow',
  contracting: 'cyan',
  complete: 'green',
  cancelled: 'red',
  unsuccessful: 'red',
  pending_signature: 'yellow',
  active: 'blue',
  submitted: 'blue',
  admitted: 'green',
  rejected: 'red',
  awarded: 'green',
  reported: 'yellow',
  met: 'green',
  overdue: 'red',
  accepted: 'green',
  placed: 'blue',
  fulfilled: 'green',
  fulfilled_late: 'orange',
  failed: 'red',
  issued: 'yellow',
  paid: 'green',
  written_off: 'gray',
  withdrawn: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-testid="status">
      {words(`status.${status}`, status)}
    </Badge>
  );
}
