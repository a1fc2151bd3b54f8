import type { getTranslations } from "next-intl/server";
import { AttachmentView } from "@/components/conversations/attachment-view";
import { LocalTime } from "@/components/conversations/local-time";
import { describeMessage } from "@/components/conversations/message-preview";
import { ReactButton } from "@/components/conversations/react-button";
import { ReplyButton } from "@/components/conversations/reply-button";
import { RetryButton } from "@/components/conversations/retry-button";
import { isSendFailureReason } from "@/lib/instagram/send-errors";
import type { ThreadMessage } from "@/lib/conversations/get-conversation";

type Translate = Awaited<ReturnType<typeof getTranslations<"Conversations">>>;
type Referral = { ref?: string; source?: string; ads_context_data?: { ad_title?: string } };

/** One message of the thread, in every form the webhooks store. */
export function MessageItem({
  accountId,
  message,
  repliedTo,
  contactName,
  businessId,
  canQuote,
  t,
}: {
  accountId: number;
  message: ThreadMessage;
  /** the inbox's IG_ID: its reactions are ours */
  businessId?: string;
  repliedTo?: { id: number; text: string };
  contactName: string;
  /** whether agents may answer this message with a quote of it */
  canQuote: boolean;
  t: Translate;
}) {
  if (message.kind === "referral") {
    const referral = (message.details as { referral?: Referral } | null)?.referral;
    const adTitle = referral?.ads_context_data?.ad_title;
    return (
      <li id={`message-${message.id}`} className="my-2 text-center text-xs text-slate-500">
        {referral?.source === "ADS" ? t("fromAd", { title: adTitle ?? "none" }) : t("referral", { ref: referral?.ref ?? "none" })} · <LocalTime date={message.sentAt} />
      </li>
    );
  }
  const outgoing = message.direction === "outgoing";
  const bubble = outgoing ? "bg-indigo-600 text-white" : "bg-white text-slate-900 ring-1 ring-slate-200";
  return (
    <li id={`message-${message.id}`} className={`my-1.5 flex scroll-mt-4 rounded-xl target:bg-amber-100/70 ${outgoing ? "justify-end" : "justify-start"}`}>
      <div className={`flex max-w-[75%] flex-col gap-1 ${outgoing ? "items-end" : "items-start"}`}>
        {message.replyToMid && (
          <a
            href={repliedTo ? `#message-${repliedTo.id}` : undefined}
            className="max-w-full truncate border-s-2 border-slate-300 ps-2 text-xs text-slate-500 hover:text-slate-700"
          >
            {t("replyTo")}: <bdi>{repliedTo?.text ?? t("earlierMessage")}</bdi>
          </a>
        )}
        <div className={`text-sm ${bubbleClass(message, bubble)}`}>
          <MessageBody accountId={accountId} message={message} contactName={contactName} t={t} />
        </div>
        {message.reactions.length > 0 && (
          <p className="text-sm" aria-label={t("reactions", { emojis: message.reactions.map((r) => r.emoji).join(" ") })}>
            {message.reactions.map((reaction, index) => (
              <span key={index} aria-hidden className="rounded-full bg-white px-1.5 py-0.5 shadow-sm ring-1 ring-slate-200">
                {reaction.emoji}
              </span>
            ))}
          </p>
        )}
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
          {message.source === "instagram_app" && <span>{t("fromInstagramApp")}</span>}
          {message.source === "agent" && message.sender && <span>{message.sender.name}</span>}
          <LocalTime date={message.sentAt} />
          {message.editedAt && <span>{t("edited")}</span>}
          {outgoing && message.status === "sending" && <span>{t("sending")}</span>}
          {outgoing && message.status === "waiting" && <span className="font-medium text-amber-700">{t("waiting")}</span>}
          {message.source === "agent" && message.status === "sent" && !message.readAt && <span>{t("sent")}</span>}
          {outgoing && message.status === "failed" && (
            <span role="status" className="font-medium text-red-700">
              {t("failed")}
              {message.error && isSendFailureReason(message.error) ? `: ${t(`sendFailure.${message.error}`)}` : ""}
            </span>
          )}
          {outgoing && message.status === "failed" && message.source === "agent" && message.error !== "deliveryUncertain" && (
            <RetryButton accountId={accountId} messageId={message.id} />
          )}
          {outgoing && message.readAt && <span>{t("seen")}</span>}
          {!outgoing && message.mid && !message.deletedAt && message.kind === "message" && (
            <>
              <ReactButton accountId={accountId} messageId={message.id} reacted={message.reactions.some((r) => r.reactorId === businessId)} />
              {canQuote && <ReplyButton messageId={message.id} summary={describeMessage(message, t)} />}
            </>
          )}
        </p>
      </div>
    </li>
  );
}

/**
 * What is not the customer's words looks like a notice; media and cards stand on their own, as in
 * Instagram, instead of inside a coloured bubble.
 */
function bubbleClass(message: ThreadMessage, bubble: string): string {
  if (message.deletedAt || message.unsupported) return "rounded-2xl bg-slate-100 px-3.5 py-2 italic text-slate-500 ring-1 ring-slate-200";
  if (!message.text && message.attachments.length > 0) return "";
  return `rounded-2xl px-3.5 py-2 ${bubble}`;
}

function MessageBody({ accountId, message, contactName, t }: { accountId: number; message: ThreadMessage; contactName: string; t: Translate }) {
  if (message.deletedAt) return <>{t("deletedByCustomer")}</>;
  if (message.unsupported) return <>{t("unsupported")}</>;
  if (message.kind === "postback") return <>{t("previewPostback", { title: message.text ?? "" })}</>;
  return (
    <div className="flex flex-col gap-2">
      {message.attachments.map((attachment) => (
        <AttachmentView key={attachment.id} accountId={accountId} attachment={attachment} senderLabel={contactName} />
      ))}
      {message.text && <Linkified text={message.text} />}
    </div>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<]+[^\s<.,;:!?)\]'"])/g;

/** Text with line breaks kept and links clickable (never rendered as HTML). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p dir="auto" className="whitespace-pre-wrap break-words">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} target="_blank" rel="noopener noreferrer nofollow" className="underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
