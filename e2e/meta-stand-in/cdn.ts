import { crc32, deflateSync } from "node:zlib";
import type { Reply } from "./http";

/**
 * Attachment media as Meta's CDN (lookaside.fbsbx.com) serves it, so that the app's worker has
 * something real to copy offline: `/__cdn/<name>.<ext>` answers small media of that extension's
 * type. A name starting with `expired` answers 403 like a CDN URL past its expiry (instagram-platform.md
 * §7c: the URLs expire, a story's with the story).
 */
export const CDN_PREFIX = "/__cdn/";

const MEDIA: Record<string, { type: string; body: () => Buffer }> = {
  png: { type: "image/png", body: () => png(240, 160) },
  wav: { type: "audio/wav", body: () => wav(0.5) },
  // Not a playable film (that needs an encoder); the app only stores and serves it as video/mp4.
  mp4: { type: "video/mp4", body: () => Buffer.from("\0\0\0\x18ftypmp42\0\0\0\0mp42isom") },
  pdf: { type: "application/pdf", body: () => Buffer.from(PDF) },
};

export function cdnMedia(path: string): Reply {
  const name = path.slice(CDN_PREFIX.length);
  const media = MEDIA[name.split(".").pop() ?? ""];
  if (name.startsWith("expired") || !media) return { status: 403, headers: { "content-type": "text/plain" }, body: "URL signature expired" };
  return { status: 200, headers: { "content-type": media.type }, body: media.body() };
}

/** A gradient picture, so a stored image is visibly an image in screenshots. */
function png(width: number, height: number): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) rows.set([80 + (x * 150) / width, 70, 200 - (y * 120) / height], row + 1 + x * 3);
  }
  const chunk = (kind: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(kind, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

/** A short 440 Hz tone, 8 kHz mono 8-bit PCM: a voice message that plays. */
function wav(seconds: number): Buffer {
  const samples = Math.round(8000 * seconds);
  const buffer = Buffer.alloc(44 + samples);
  buffer.write("RIFF", 0, "latin1");
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write("WAVEfmt ", 8, "latin1");
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(8000, 24);
  buffer.writeUInt32LE(8000, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write("data", 36, "latin1");
  buffer.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++) buffer[44 + i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / 8000));
  return buffer;
}

const PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
