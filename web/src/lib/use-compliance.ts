import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** The contract's compliance as of the server's now (dashboard, penalties, defaults). */
export function useCompliance(contractId: string, enabled = true) {
  return useQuery({
    queryKey: ['compliance', contractId],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/contracts/{id}/compliance', {
          params: { path: { id: contractId } },
        }),
      ),
  });
}
