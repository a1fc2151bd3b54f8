"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type StartAction = (input: { accountId: number; locale: string; inboxId?: number }) => Promise<ActionResult<{ authorizeUrl: string }>>;

/** Starts the connection (or an inbox's reauthorization) on the server (state and cookie), then leaves for Instagram. */
export function ContinueButton({ accountId, inboxId, action }: { accountId: number; inboxId?: number; action: StartAction }) {
  const t = useTranslations("ConnectInstagram");
  const locale = useLocale();
  const mutation = useActionMutation(action, ({ authorizeUrl }) => window.location.assign(authorizeUrl));
  const leaving = mutation.isPending || mutation.isSuccess;
  return (
    <div className="space-y-3">
      {mutation.formError && <Notice>{mutation.formError}</Notice>}
      <Button onClick={() => mutation.mutate({ accountId, locale, inboxId })} disabled={leaving} aria-busy={leaving}>
        {leaving ? t("redirecting") : t("continue")}
      </Button>
    </div>
  );
}
