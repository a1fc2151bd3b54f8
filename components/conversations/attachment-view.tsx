import { getTranslations } from "next-intl/server";
import type { ThreadMessage } from "@/lib/conversations/get-conversation";

type Attachment = ThreadMessage["attachments"][number];
type Translate = Awaited<ReturnType<typeof getTranslations<"Conversations">>>;

/** What each kind of story is to the business: the customer mentioned it, replied to it, or shared one. */
const STORY_LABEL = { story_mention: "mentionedInStory", story_reply: "repliedToStory", ig_story: "sharedStory" } as const;
const LINK_TYPES = new Set(["share", "ig_reel", "reel", "ig_post", "fallback"]);

const isStory = (type: string): type is keyof typeof STORY_LABEL => type in STORY_LABEL;

/** One attachment: the copied media in its player, a link card, or why it cannot be shown. */
export async function AttachmentView({ accountId, attachment, senderLabel }: { accountId: number; attachment: Attachment; senderLabel: string }) {
  const t = await getTranslations("Conversations");
  const src = `/api/accounts/${accountId}/attachments/${attachment.id}`;
  const link = LINK_TYPES.has(attachment.type) && attachment.sourceUrl && (
    <a href={attachment.sourceUrl} target="_blank" rel="noopener noreferrer nofollow" className="mt-1 inline-block text-xs font-medium text-indigo-700 underline">
      {attachment.type === "fallback" ? t("openLink") : t("openOnInstagram")}
    </a>
  );
  const caption = attachment.title && <p className="mt-1 text-xs text-slate-600">{attachment.title}</p>;
  const storyLabel = isStory(attachment.type) && <p className="mb-1 text-xs text-slate-500">{t(STORY_LABEL[attachment.type])}</p>;

  if (attachment.fileStatus === "pending") return <Placeholder>{t("attachmentPending")}</Placeholder>;
  // A story without a copy: its URL had expired, or Meta sent none because the story was gone.
  if (attachment.fileStatus === "unavailable" || (attachment.fileStatus === "none" && isStory(attachment.type))) {
    return (
      <div>
        {storyLabel}
        <Placeholder>{isStory(attachment.type) ? t("storyUnavailable") : t("attachmentUnavailable")}</Placeholder>
        {caption}
        {link}
      </div>
    );
  }
  if (attachment.fileStatus === "none") {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-700">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{attachment.type === "fallback" ? t("previewLink") : t("card")}</p>
        {attachment.title && <p className="mt-1">{attachment.title}</p>}
        <TemplateElements attachment={attachment} />
        {link}
      </div>
    );
  }
  return (
    <div>
      {storyLabel}
      <StoredMedia src={src} contentType={attachment.contentType} alt={t("image", { name: senderLabel })} t={t} />
      {caption}
      {link}
    </div>
  );
}

function StoredMedia({ src, contentType, alt, t }: { src: string; contentType: string | null; alt: string; t: Translate }) {
  const type = contentType ?? "";
  if (type.startsWith("image/")) {
    return (
      <a href={src} target="_blank" rel="noopener" aria-label={`${alt} · ${t("viewFullSize")}`} className="block">
        {/* eslint-disable-next-line @next/next/no-img-element -- an authorized file route */}
        <img src={src} alt={alt} className="max-h-72 max-w-full rounded-lg object-contain" />
      </a>
    );
  }
  if (type.startsWith("video/")) return <video src={src} controls preload="metadata" aria-label={t("previewVideo")} className="max-h-72 max-w-full rounded-lg" />;
  if (type.startsWith("audio/")) return <audio src={src} controls preload="metadata" aria-label={t("previewAudio")} className="max-w-full" />;
  return (
    <a href={`${src}?download=1`} className="inline-flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm font-medium text-indigo-700">
      {t("download")}
    </a>
  );
}

type TemplateElement = { title?: unknown; subtitle?: unknown };

/** A generic template's cards (a business's echo): their titles and subtitles, as Instagram shows them. */
function TemplateElements({ attachment }: { attachment: Attachment }) {
  if (attachment.type !== "template") return null;
  const details = (attachment.details ?? {}) as { elements?: TemplateElement[]; generic?: { elements?: TemplateElement[] } };
  const elements = (details.elements ?? details.generic?.elements ?? []).filter((element) => typeof element?.title === "string");
  return elements.map((element, index) => (
    <div key={index} className="mt-1">
      <p className="font-medium text-slate-900">{String(element.title)}</p>
      {typeof element.subtitle === "string" && <p className="text-xs text-slate-600">{element.subtitle}</p>}
    </div>
  ));
}

function Placeholder({ children }: { children: React.ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm italic text-slate-500">{children}</p>;
}
