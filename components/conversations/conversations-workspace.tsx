import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ConversationList } from "@/components/conversations/conversation-list";
import { LiveRefresh } from "@/components/conversations/live-refresh";
import type { ConversationSummary } from "@/lib/conversations/list-conversations";

/** The two panes: the conversation list, and the open conversation (or a prompt to pick one). */
export async function ConversationsWorkspace({
  accountId,
  conversations,
  selectedId,
  children,
}: {
  accountId: number;
  conversations: ConversationSummary[];
  selectedId?: number;
  children: ReactNode;
}) {
  const t = await getTranslations("Conversations");
  return (
    <div className="flex h-[calc(100dvh-3.5rem)] min-h-96 overflow-hidden bg-white md:h-dvh">
      <LiveRefresh accountId={accountId} />
      <div className={`flex w-full flex-col border-e border-slate-200 md:w-80 md:shrink-0 ${selectedId ? "hidden md:flex" : ""}`}>
        <h1 className="border-b border-slate-200 px-4 py-4 text-lg font-semibold text-slate-900">{t("title")}</h1>
        <ConversationList accountId={accountId} conversations={conversations} selectedId={selectedId} />
      </div>
      <div className={`min-w-0 flex-1 ${selectedId ? "flex" : "hidden md:flex"}`}>{children}</div>
    </div>
  );
}
