import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { Link } from "@/i18n/navigation";
import { canServeMediaToMeta } from "@/lib/attachments/media-url";
import { Composer } from "@/components/conversations/composer";
import { ConversationControls } from "@/components/conversations/conversation-controls";
import { ReauthorizationBanner } from "@/components/conversations/reauthorization-banner";
import { ContactAvatar } from "@/components/conversations/contact-avatar";
import { ContactPanel } from "@/components/conversations/contact-panel";
import { contactLabel } from "@/components/conversations/contact-label";
import { DaySeparator } from "@/components/conversations/day-separator";
import { MessageItem } from "@/components/conversations/message-item";
import { MessageList } from "@/components/conversations/message-list";
import { ReplyTargetProvider } from "@/components/conversations/reply-target";
import { describeMessage } from "@/components/conversations/message-preview";
import type { ConversationThread } from "@/lib/conversations/get-conversation";
import { assignableUsers } from "@/lib/conversations/manage-conversation";
import type { Viewer } from "@/lib/conversations/visible-inboxes";
import { messagingWindow } from "@/lib/messages/messaging-window";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";

/** A conversation: header, every message in Meta's order with day separators, the composer, the contact beside it. */
export async function Thread({ viewer, conversation }: { viewer: Viewer; conversation: ConversationThread }) {
  const { accountId } = viewer;
  const t = await getTranslations("Conversations");
  const { humanAgent } = await getInstagramSettings();
  const reauthorizationRequired = conversation.inbox.channel?.reauthorizationRequired !== false;
  const label = contactLabel(conversation.contact, t);
  const replyWindow = messagingWindow(conversation.lastCustomerMessageAt, humanAgent.value);
  // Quoting a message is offered where the inbox sends quotes (an administrator's opt-in) and a reply is possible.
  const canQuote = conversation.inbox.sendMessageReplies && replyWindow.state !== "closed";
  const byMid = new Map(conversation.messages.filter((m) => m.mid).map((m) => [m.mid!, { id: m.id, text: describeMessage(m, t) }]));
  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <section aria-label={t("threadLabel", { name: label })} className="flex min-w-0 flex-1 flex-col">
        <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-5 py-3">
          {/* On narrow screens the list is hidden while a conversation is open. */}
          <div className="basis-full md:hidden">
            <Link href={`/app/accounts/${accountId}/conversations`} className="-ms-2 inline-block rounded-lg px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-slate-100">
              <span aria-hidden className="inline-block rtl:rotate-180">
                ←
              </span>{" "}
              {t("backToList")}
            </Link>
          </div>
          <ContactAvatar accountId={accountId} contact={conversation.contact} label={label} />
          <div className="min-w-0">
            <h1 className="truncate font-semibold text-slate-900">{label}</h1>
            <p className="text-xs text-slate-500">
              {conversation.inbox.name} · {conversation.status === "open" ? t("statusOpen") : t("statusResolved")}
            </p>
          </div>
          <ConversationControls
            accountId={accountId}
            conversationId={conversation.id}
            status={conversation.status}
            assigneeId={conversation.assigneeId}
            assignable={await assignableUsers(accountId, conversation.inbox.id)}
          />
        </header>
        {reauthorizationRequired && (
          <ReauthorizationBanner accountId={accountId} inboxId={conversation.inbox.id} canReauthorize={viewer.role === "administrator"} />
        )}
        <ReplyTargetProvider>
          <MessageList label={t("messagesLabel")}>
            {conversation.messages.map((message, index) => (
              <Fragment key={message.id}>
                <DaySeparator date={message.sentAt} previous={conversation.messages[index - 1]?.sentAt} />
                <MessageItem
                  accountId={accountId}
                  message={message}
                  repliedTo={message.replyToMid ? byMid.get(message.replyToMid) : undefined}
                  contactName={label}
                  businessId={conversation.inbox.channel?.instagramUserId}
                  canQuote={canQuote}
                  t={t}
                />
              </Fragment>
            ))}
          </MessageList>
          <Composer accountId={accountId} conversationId={conversation.id} window={replyWindow} canAttach={canServeMediaToMeta()} />
        </ReplyTargetProvider>
      </section>
      <ContactPanel accountId={accountId} conversation={conversation} label={label} />
    </div>
  );
}

