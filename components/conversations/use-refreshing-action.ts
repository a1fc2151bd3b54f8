"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Runs a server action from a button, then re-renders the page (the action's effect, or the
 * state that refused it). `error` holds the translated refusal until the next run.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const run = (action: () => Promise<ActionResult<unknown>>, describe: (failure: Failure) => string) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? undefined : describe(result));
      router.refresh();
    });
  return { pending, error, run };
}
