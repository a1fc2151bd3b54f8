import { describe, expect, it } from "vitest";
import { checkAttachment, sniffContentType } from "@/lib/attachments/outgoing-attachment";

const MB = 1024 * 1024;
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part)));

describe("which attachments Meta takes (§8)", () => {
  it.each([
    ["image/png", 8 * MB, { ok: true, type: "image", contentType: "image/png" }],
    ["image/jpeg", 8 * MB + 1, { ok: false, reason: "tooLarge", type: "image", maxBytes: 8 * MB }],
    ["image/jpg", 1, { ok: true, type: "image", contentType: "image/jpeg" }],
    ["image/gif", 100, { ok: true, type: "image", contentType: "image/gif" }],
    ["video/mp4", 25 * MB, { ok: true, type: "video", contentType: "video/mp4" }],
    ["video/quicktime", 25 * MB + 1, { ok: false, reason: "tooLarge", type: "video", maxBytes: 25 * MB }],
    ["audio/x-m4a", 10, { ok: true, type: "audio", contentType: "audio/mp4" }],
    ["audio/wave", 25 * MB, { ok: true, type: "audio", contentType: "audio/wav" }],
    ["application/pdf", 25 * MB + 1, { ok: false, reason: "tooLarge", type: "file", maxBytes: 25 * MB }],
    ["AUDIO/AAC; charset=binary", 10, { ok: true, type: "audio", contentType: "audio/aac" }],
    ["image/svg+xml", 10, { ok: false, reason: "unsupportedType" }],
    ["text/plain", 10, { ok: false, reason: "unsupportedType" }],
    ["image/webp", 10, { ok: false, reason: "unsupportedType" }],
    [undefined, 10, { ok: false, reason: "unsupportedType" }],
    ["image/png", 0, { ok: false, reason: "empty", type: "image" }],
  ])("%s of %d bytes", (contentType, size, expected) => {
    expect(checkAttachment(contentType, size)).toEqual(expected);
  });
});

describe("a file's type, from its first bytes", () => {
  it.each([
    ["PNG", bytes([0x89], "PNG\r\n\x1a\n", [0, 0]), "image/png"],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg"],
    ["GIF", bytes("GIF89a"), "image/gif"],
    ["PDF", bytes("%PDF-1.7"), "application/pdf"],
    ["WAV", bytes("RIFF", [1, 2, 3, 4], "WAVEfmt "), "audio/wav"],
    ["AVI", bytes("RIFF", [1, 2, 3, 4], "AVI LIST"), "video/x-msvideo"],
    ["MP4", bytes([0, 0, 0, 0x20], "ftypisom"), "video/mp4"],
    ["MOV", bytes([0, 0, 0, 0x14], "ftypqt  "), "video/quicktime"],
    ["M4A", bytes([0, 0, 0, 0x20], "ftypM4A "), "audio/mp4"],
    ["WebM", bytes([0x1a, 0x45, 0xdf, 0xa3]), "video/webm"],
    ["Ogg", bytes("OggS"), "video/ogg"],
    ["AAC (ADTS)", bytes([0xff, 0xf1, 0x50, 0x80]), "audio/aac"],
    ["text", bytes("hello there"), undefined],
    ["a script named .png", bytes("<svg onload=alert(1)>"), undefined],
    ["nothing", bytes(), undefined],
  ])("%s", (_, head, expected) => {
    expect(sniffContentType(head)).toBe(expected);
  });
});
