import { getTranslations } from "next-intl/server";
import { ContactAvatar } from "@/components/conversations/contact-avatar";
import { contactLabel } from "@/components/conversations/contact-label";
import { LocalTime } from "@/components/conversations/local-time";
import { messagePreview } from "@/components/conversations/message-preview";
import type { ConversationSummary } from "@/lib/conversations/list-conversations";
import { Link } from "@/i18n/navigation";

/** The conversation list: contact, last message and time, newest activity first. */
export async function ConversationList({ accountId, conversations, selectedId }: { accountId: number; conversations: ConversationSummary[]; selectedId?: number }) {
  const t = await getTranslations("Conversations");
  return (
    <nav aria-label={t("listLabel")} className="min-h-0 overflow-y-auto">
      <ul className="divide-y divide-slate-100">
        {conversations.map((conversation) => {
          const label = contactLabel(conversation.contact, t);
          const selected = conversation.id === selectedId;
          return (
            <li key={conversation.id}>
              <Link
                href={`/app/accounts/${accountId}/conversations/${conversation.id}`}
                aria-current={selected ? "page" : undefined}
                className={`flex gap-3 px-4 py-3 outline-none hover:bg-slate-50 focus-visible:bg-indigo-50 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 ${selected ? "bg-indigo-50" : ""}`}
              >
                <ContactAvatar accountId={accountId} contact={conversation.contact} label={label} />
                <span className="min-w-0 flex-1">
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="truncate text-sm font-medium text-slate-900">{label}</span>
                    <LocalTime date={conversation.lastActivityAt} format="relativeDay" className="shrink-0 text-xs text-slate-600" />
                  </span>
                  <span dir="auto" className="mt-0.5 block truncate text-sm text-slate-600">{conversation.lastMessage ? messagePreview(conversation.lastMessage, t) : t("noMessages")}</span>
                  <span className="mt-1 flex items-center gap-2 text-xs text-slate-600">
                    <span className="truncate">{conversation.inbox.name}</span>
                    {conversation.status === "resolved" && <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">{t("statusResolved")}</span>}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
