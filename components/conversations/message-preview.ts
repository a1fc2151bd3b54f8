import type { getTranslations } from "next-intl/server";
import type { ConversationSummary } from "@/lib/conversations/list-conversations";

type Last = NonNullable<ConversationSummary["lastMessage"]>;
type Translate = Awaited<ReturnType<typeof getTranslations<"Conversations">>>;
type PreviewKey = Extract<Parameters<Translate>[0], `preview${string}`>;

const ATTACHMENT_PREVIEW: Record<string, PreviewKey> = {
  image: "previewPhoto",
  video: "previewVideo",
  audio: "previewAudio",
  file: "previewFile",
  share: "previewShare",
  ig_post: "previewShare",
  story_mention: "previewStoryMention",
  ig_reel: "previewReel",
  reel: "previewReel",
  ig_story: "previewStory",
  story_reply: "previewStory",
  template: "previewTemplate",
  fallback: "previewLink",
};

/** One line for the conversation list. */
export function messagePreview(message: Last, t: Translate): string {
  const body = describeMessage(message, t);
  return message.direction === "outgoing" ? t("previewYou", { text: body }) : body;
}

/** What a message is, in a few words: its text, or what kind of message it is (also a reply's quote). */
export function describeMessage(message: Omit<Last, "direction">, t: Translate): string {
  if (message.deletedAt) return t("previewDeleted");
  if (message.unsupported) return t("previewUnsupported");
  if (message.kind === "postback") return t("previewPostback", { title: message.text ?? "" });
  if (message.kind === "referral") return t("previewReferral");
  if (message.text) return message.text;
  const type = message.attachments[0]?.type;
  return t(ATTACHMENT_PREVIEW[type ?? ""] ?? "previewLink");
}
