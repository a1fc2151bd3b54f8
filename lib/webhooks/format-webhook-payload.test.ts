import { describe, expect, it } from "vitest";
import { formatWebhookPayload } from "@/lib/webhooks/format-webhook-payload";

const format = (text: string | Uint8Array) => formatWebhookPayload(typeof text === "string" ? Buffer.from(text) : text);

describe("formatWebhookPayload", () => {
  it("pretty-prints JSON exactly as JSON.stringify does", () => {
    const value = { object: "instagram", entry: [{ id: "1784", time: 1732000000000, messaging: [{ message: { mid: "m", text: "Olá \"você\" 👋", attachments: [] } }], changes: {} }], ok: true, none: null, ratio: -1.5 };
    expect(format(JSON.stringify(value))).toEqual({ format: "json", text: JSON.stringify(value, null, 2) });
    expect(format("  [1, 2]\n")).toEqual({ format: "json", text: "[\n  1,\n  2\n]" });
    expect(format('"just a string"')).toEqual({ format: "json", text: '"just a string"' });
  });

  it("keeps every digit of numbers beyond 2^53", () => {
    expect(format('{"id":17841400000000000123,"e":1E+2}').text).toBe('{\n  "id": 17841400000000000123,\n  "e": 1E+2\n}');
  });

  it("decodes escapes in strings", () => {
    expect(format('{"text":"caf\\u00e9 \\/ \\"q\\""}').text).toBe('{\n  "text": "café / \\"q\\""\n}');
  });

  it("redacts the whole value under any key naming a token, secret or password, at any depth", () => {
    const text = format(
      JSON.stringify({
        access_token: "IGAA1",
        nested: [{ appSecret: { value: "s3cr3t" }, PASSWORD: 42, tokenized: ["IGAA2"], safe: "visible" }],
        "page token list": null,
      }),
    ).text!;
    for (const secret of ["IGAA1", "s3cr3t", "42", "IGAA2"]) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toEqual({
      access_token: "[redacted]",
      nested: [{ appSecret: "[redacted]", PASSWORD: "[redacted]", tokenized: "[redacted]", safe: "visible" }],
      "page token list": "[redacted]",
    });
  });

  it("shows text that is not JSON as it came, with secrets after their keys redacted", () => {
    expect(format("hello=world&access_token=IGAA123&x=1")).toEqual({ format: "text", text: "hello=world&access_token=[redacted]&x=1" });
    expect(format('{"object":"instagram","client_secret":"abc", cut here')).toEqual({
      format: "text",
      text: '{"object":"instagram","client_secret":"[redacted]", cut here',
    });
  });

  it("says a body that is not UTF-8 is binary, without showing it", () => {
    expect(format(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toEqual({ format: "binary", text: null });
  });

  it("falls back to the text when JSON nests too deep to re-indent", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(format(deep)).toEqual({ format: "text", text: deep });
  });

  it("handles an empty body", () => {
    expect(format("")).toEqual({ format: "text", text: "" });
  });
});
