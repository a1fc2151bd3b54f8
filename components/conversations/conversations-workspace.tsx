"use client";

import { useTranslations } from "next-intl";
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";
import { ConversationList } from "@/components/conversations/conversation-list";
import { LiveUpdates } from "@/components/conversations/live-updates";
import type { ConversationPage } from "@/lib/conversations/list-conversations";

/**
 * The two panes: the conversation list, and the open conversation (or a prompt to pick one).
 * Rendered by the conversations layout, so the list and its filters stay as they are while
 * the reader moves between conversations. On narrow screens one pane shows at a time.
 */
export function ConversationsWorkspace({
  accountId,
  inboxes,
  initialPage,
  renderedAt,
  children,
}: {
  accountId: number;
  inboxes: { id: number; name: string }[];
  initialPage: ConversationPage;
  renderedAt: number;
  children: ReactNode;
}) {
  const t = useTranslations("Conversations");
  const segment = useSelectedLayoutSegment();
  const selectedId = segment && /^\d+$/.test(segment) ? Number(segment) : undefined;
  return (
    <div className="flex h-[calc(100dvh-3.5rem)] min-h-96 overflow-hidden bg-white md:h-dvh">
      <LiveUpdates accountId={accountId} openConversationId={selectedId} renderedAt={renderedAt} />
      <div className={`flex w-full flex-col border-e border-slate-200 md:w-80 md:shrink-0 ${selectedId ? "hidden md:flex" : ""}`}>
        <h1 className="border-b border-slate-200 px-4 py-4 text-lg font-semibold text-slate-900">{t("title")}</h1>
        <ConversationList accountId={accountId} inboxes={inboxes} initialPage={initialPage} selectedId={selectedId} />
      </div>
      <div className={`min-w-0 flex-1 ${selectedId ? "flex" : "hidden md:flex"}`}>{children}</div>
    </div>
  );
}
