import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A write on the contract page: when it succeeds every view of the contract is re-read. */
export function useAction<TArgs = void, TResult = unknown>(
  run: (args: TArgs) => Promise<TResult>,
  onDone?: () => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      onDone?.();
      await client.invalidateQueries();
    },
  });
}
