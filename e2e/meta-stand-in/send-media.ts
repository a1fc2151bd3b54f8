import { createHash } from "node:crypto";

/** What the stand-in got when it fetched an attachment's URL, as Meta does before sending it (§8). */
export type FetchedMedia = { status: number; contentType: string; byteSize: number; sha256: string };

export const ATTACHMENT_TYPES = ["image", "video", "audio", "file"] as const;

/** The content types Meta takes for each type (§8, "Supported types and limits"). */
const ACCEPTS: Record<(typeof ATTACHMENT_TYPES)[number], RegExp> = {
  image: /^image\/(png|jpeg|gif)$/,
  video: /^video\/(mp4|ogg|x-msvideo|quicktime|webm)$/,
  audio: /^audio\/(aac|mp4|wav|x-m4a|x-wav)$/,
  file: /^application\/pdf$/,
};

export async function fetchMedia(url: string): Promise<FetchedMedia | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      contentType: (response.headers.get("content-type") ?? "").split(";")[0]!.trim(),
      byteSize: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    };
  } catch {
    return undefined;
  }
}

/** Whether Meta would send what it fetched as this type; otherwise it answers 100 / 2018047. */
export function mediaAccepted(type: (typeof ATTACHMENT_TYPES)[number], media: FetchedMedia | undefined): media is FetchedMedia {
  return media !== undefined && media.status === 200 && media.byteSize > 0 && ACCEPTS[type].test(media.contentType);
}
