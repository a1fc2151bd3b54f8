import { connection } from "next/server";
import type { ReactNode } from "react";
import { ConversationsWorkspace } from "@/components/conversations/conversations-workspace";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { startChangeJournal } from "@/lib/conversations/change-journal";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listVisibleInboxes } from "@/lib/conversations/visible-inboxes";

export default async function ConversationsLayout({ children, params }: { children: ReactNode; params: Promise<{ accountId: string }> }) {
  await connection();
  // Before reading anything: the live stream reports what changes after this moment.
  const renderedAt = startChangeJournal();
  const { user, accountId, role } = await guardAccountPage((await params).accountId);
  const viewer = { accountId, userId: user.id, role };
  const [inboxes, initialPage] = await Promise.all([listVisibleInboxes(viewer), listConversations(viewer)]);
  return (
    <ConversationsWorkspace accountId={accountId} inboxes={inboxes} initialPage={initialPage} renderedAt={renderedAt}>
      {children}
    </ConversationsWorkspace>
  );
}
