import { QueryClient } from "@tanstack/react-query";

const NO_RETRY_STATUSES = new Set([401, 403, 404, 422]);

/** TanStack Query defaults, in one place: never retry what a retry cannot fix. */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => {
          const status = (error as { status?: number }).status;
          return !(status && NO_RETRY_STATUSES.has(status)) && failures < 3;
        },
      },
      mutations: { retry: false },
    },
  });
}
