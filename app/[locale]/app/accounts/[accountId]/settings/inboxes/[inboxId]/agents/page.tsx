import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { InboxAgentsForm } from "@/components/inboxes/inbox-agents-form";
import { PageHeader } from "@/components/ui/page-header";
import { setInboxMembersAction } from "../../actions";
import { loadInboxPage } from "../load-inbox-page";

type Props = { params: Promise<{ accountId: string; inboxId: string }>; searchParams: Promise<{ reconnected?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Inbox"))("agentsStepTitle") };
}

/** The wizard's last step, right after Instagram: pick the inbox's agents, then Finish. */
export default async function InboxAgentsStep({ params, searchParams }: Props) {
  await connection();
  const { accountId, inbox, people, memberIds } = await loadInboxPage(params);
  const reconnected = (await searchParams).reconnected === "1";
  const t = await getTranslations("Inbox");
  const username = inbox.channel?.username ?? inbox.name;
  return (
    <>
      <PageHeader
        title={reconnected ? t("reconnectedTitle") : t("connectedTitle")}
        description={reconnected ? t("reconnectedBody", { username }) : t("connectedBody", { username })}
      />
      <div className="max-w-2xl">
        <InboxAgentsForm
          accountId={accountId}
          inboxId={inbox.id}
          inboxName={inbox.name}
          people={people}
          memberIds={memberIds}
          action={setInboxMembersAction}
          finishHref={`/app/accounts/${accountId}/settings/inboxes/${inbox.id}`}
        />
      </div>
    </>
  );
}
