"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type Options = { sendMessageReplies: boolean; sendMarkSeen: boolean };
type SaveAction = (input: Options & { accountId: number; inboxId: number }) => Promise<ActionResult<Options>>;

/** Send API features an administrator opts into per inbox: their request shapes are not confirmed by Meta. */
export function InboxOptionsForm({ accountId, inboxId, options, action }: { accountId: number; inboxId: number; options: Options; action: SaveAction }) {
  const t = useTranslations("Inbox.options");
  const toast = useToast();
  const mutation = useActionMutation(action, () => toast(t("saved")));
  return (
    <Card title={t("title")} description={t("description")}>
      <form
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          mutation.mutate({ accountId, inboxId, sendMessageReplies: form.has("sendMessageReplies"), sendMarkSeen: form.has("sendMarkSeen") });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <CheckboxField name="sendMessageReplies" defaultChecked={options.sendMessageReplies} label={t("sendMessageReplies")} hint={t("sendMessageRepliesHint")} />
        <CheckboxField name="sendMarkSeen" defaultChecked={options.sendMarkSeen} label={t("sendMarkSeen")} hint={t("sendMarkSeenHint")} />
        <div className="flex justify-end border-t border-slate-100 pt-5">
          <Button type="submit" disabled={mutation.isPending}>
            {t("save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
