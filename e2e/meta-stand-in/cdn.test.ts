import { describe, expect, it } from "vitest";
import { start } from "./test-helpers";

describe("the CDN stand-in", () => {
  it("serves media of each extension's type, and 403 for an expired URL or an unknown type", async () => {
    const { url } = await start();
    const types = { "a.png": "image/png", "b.wav": "audio/wav", "c.mp4": "video/mp4", "d.pdf": "application/pdf" };
    for (const [name, type] of Object.entries(types)) {
      const response = await fetch(`${url}/__cdn/${name}?asset_id=1`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(20);
    }
    const png = Buffer.from(await (await fetch(`${url}/__cdn/a.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect((await fetch(`${url}/__cdn/expired-story.png`)).status).toBe(403);
    expect((await fetch(`${url}/__cdn/page.html`)).status).toBe(403);
  });
});
