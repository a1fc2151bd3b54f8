import { getTranslations } from "next-intl/server";
import type { ThreadMessage } from "@/lib/conversations/get-conversation";

type Attachment = ThreadMessage["attachments"][number];

const STORY_TYPES = new Set(["story_mention", "ig_story", "story_reply"]);
const LINK_TYPES = new Set(["share", "ig_reel", "reel", "ig_post", "fallback"]);

/** One attachment: the copied media in its player, a link card, or why it cannot be shown. */
export async function AttachmentView({ accountId, attachment, senderLabel }: { accountId: number; attachment: Attachment; senderLabel: string }) {
  const t = await getTranslations("Conversations");
  const src = `/api/accounts/${accountId}/attachments/${attachment.id}`;
  const link = LINK_TYPES.has(attachment.type) && attachment.sourceUrl && (
    <a href={attachment.sourceUrl} target="_blank" rel="noopener noreferrer" className="mt-1 inline-block text-xs font-medium text-indigo-700 underline">
      {attachment.type === "fallback" ? t("openLink") : t("openOnInstagram")}
    </a>
  );
  const caption = attachment.title && <p className="mt-1 text-xs text-slate-600">{attachment.title}</p>;

  if (attachment.fileStatus === "pending") return <Placeholder>{t("attachmentPending")}</Placeholder>;
  if (attachment.fileStatus === "unavailable") {
    return (
      <div>
        <Placeholder>{STORY_TYPES.has(attachment.type) ? t("storyUnavailable") : t("attachmentUnavailable")}</Placeholder>
        {caption}
        {link}
      </div>
    );
  }
  if (attachment.fileStatus === "none") {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-700">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("card")}</p>
        {attachment.title && <p className="mt-1">{attachment.title}</p>}
        {link}
      </div>
    );
  }
  const type = attachment.contentType ?? "";
  let media;
  if (type.startsWith("image/")) {
    media = (
      <a href={src} target="_blank" rel="noopener" title={t("viewFullSize")} className="block">
        {/* eslint-disable-next-line @next/next/no-img-element -- an authorized file route */}
        <img src={src} alt={t("image", { name: senderLabel })} className="max-h-72 max-w-full rounded-lg object-contain" />
      </a>
    );
  } else if (type.startsWith("video/")) {
    media = <video src={src} controls preload="metadata" className="max-h-72 max-w-full rounded-lg" />;
  } else if (type.startsWith("audio/")) {
    media = <audio src={src} controls preload="metadata" className="max-w-full" />;
  } else {
    media = (
      <a href={`${src}?download=1`} className="inline-flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm font-medium text-indigo-700">
        {t("download")}
      </a>
    );
  }
  return (
    <div>
      {STORY_TYPES.has(attachment.type) && <p className="mb-1 text-xs text-slate-500">{attachment.type === "story_reply" ? t("repliedToStory") : t("mentionedInStory")}</p>}
      {media}
      {caption}
      {link}
    </div>
  );
}

function Placeholder({ children }: { children: React.ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm italic text-slate-500">{children}</p>;
}
