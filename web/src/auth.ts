import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, session, unwrap, type Schemas } from './api/client';

export type Me = Schemas['UserResponse'];
export type Role = Me['role'];

/** The signed-in user, or null; one query that every page shares. */
export function useMe() {
  return useQuery({
    queryKey: ['me', session.token()],
    queryFn: async (): Promise<Me | null> => {
      if (!session.token()) return null;
      const result = await api.GET('/api/v1/me');
      if (result.response.status === 401) {
        session.set(null);
        return null;
      }
      return unwrap(result) as Me;
    },
    staleTime: 60_000,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return () => {
    session.set(null);
    client.clear();
  };
}
