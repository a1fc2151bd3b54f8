"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type ReplayAction = (input: { eventId: string }) => Promise<ActionResult<number>>;

/** Sends one dead or unroutable event through the worker again. */
export function ReplayEventButton({ eventId, action }: { eventId: string; action: ReplayAction }) {
  const t = useTranslations("WebhookEvents");
  const toast = useToast();
  const mutation = useActionMutation(action, (replayed) => toast(t(replayed > 0 ? "replayed" : "notReplayed", { id: eventId })));
  const error = mutation.fieldError("eventId") ?? mutation.formError;
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        className="px-2.5 py-1.5 text-xs"
        aria-label={t("replayLabel", { id: eventId })}
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({ eventId })}
      >
        {mutation.isPending ? t("replaying") : t("replay")}
      </Button>
      {error && (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
