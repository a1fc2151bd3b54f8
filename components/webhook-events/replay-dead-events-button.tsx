"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type ReplayDeadAction = (input: Record<string, never>) => Promise<ActionResult<number>>;

/** Sends every dead event through the worker again. */
export function ReplayDeadEventsButton({ count, action }: { count: number; action: ReplayDeadAction }) {
  const t = useTranslations("WebhookEvents");
  const toast = useToast();
  const mutation = useActionMutation(action, (replayed) => toast(t("replayedDead", { count: replayed })));
  return (
    <div className="flex flex-col items-end gap-2">
      <Button disabled={mutation.isPending || count === 0} onClick={() => mutation.mutate({})}>
        {mutation.isPending ? t("replaying") : t("replayAllDead", { count })}
      </Button>
      {mutation.formError && <Notice>{mutation.formError}</Notice>}
    </div>
  );
}
