import type { Prisma } from "@/lib/generated/prisma/client";
import type { Attachment } from "@/lib/webhooks/classify-item";

/**
 * Rows for a message's attachments (§7c). Every type with a CDN URL is copied in the
 * background, since those URLs expire; template and fallback carry structured content only:
 * a fallback's URL is the web page the customer shared, which is linked, never fetched.
 */
export function attachmentRows(attachments: Attachment[] | undefined): Prisma.MessageAttachmentCreateWithoutMessageInput[] {
  return (attachments ?? []).map((attachment, position) => {
    const { url, title, ...details } = attachment.payload ?? {};
    return {
      position,
      type: attachment.type,
      sourceUrl: url ?? null,
      title: title ?? null,
      details: Object.keys(details).length > 0 ? (details as Prisma.InputJsonObject) : undefined,
      fileStatus: url && attachment.type !== "fallback" ? "pending" : "none",
    };
  });
}

/** Ids of the just-created attachments that wait for a download. */
export const pendingDownloads = (attachments: { id: number; fileStatus: string }[]) =>
  attachments.filter((attachment) => attachment.fileStatus === "pending").map((attachment) => attachment.id);
