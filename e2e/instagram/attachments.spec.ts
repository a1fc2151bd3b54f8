import { createHash } from "node:crypto";
import { aConversation, composer, thread } from "../support/conversations";
import { expect, test } from "../support/fixtures";
import { meta } from "../support/instagram";
import { people } from "../support/seed-data";

test.describe.configure({ timeout: 120_000 });

// A real 1×1 PNG, so that the thread can show it.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const sentTo = async (customer: string) => (await meta.state()).messages.filter((m) => m.recipientId === customer);

test("an agent sends a picture with a caption: Meta fetches exactly that file, and the thread shows it sent", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  await agent.getByLabel("Attach a file").setInputFiles({ name: "cake.png", mimeType: "image/png", buffer: PNG });
  await expect(agent.getByText("cake.png")).toBeVisible();
  const caption = `The cake, as promised ${Date.now()}`;
  await composer(agent).fill(caption);
  await agent.getByRole("button", { name: "Send" }).click();
  await expect(composer(agent)).toHaveValue("");
  await expect(agent.getByText("cake.png")).toHaveCount(0);

  const picture = thread(agent).getByRole("listitem").filter({ has: agent.getByRole("img") }).last();
  await expect(picture).toContainText("Sent", { timeout: 15_000 });
  await expect.poll(() => picture.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(thread(agent).getByRole("listitem").filter({ hasText: caption })).toContainText("Sent", { timeout: 15_000 });

  const delivered = await sentTo(customer);
  expect(delivered).toHaveLength(2);
  expect(delivered[0]).toMatchObject({
    userId: ig.userId,
    body: { recipient: { id: customer }, message: { attachment: { type: "image", payload: { url: expect.stringContaining("/api/media/") } } } },
    fetched: { status: 200, contentType: "image/png", byteSize: PNG.length, sha256: sha256(PNG) },
  });
  expect(delivered[1]).toMatchObject({ body: { recipient: { id: customer }, message: { text: caption } } });

  // The address Meta fetched from works without a session, and only with its signature intact.
  const url = (delivered[0]!.body as { message: { attachment: { payload: { url: string } } } }).message.attachment.payload.url;
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(url)).status()).toBe(200);
  expect((await anonymous.request.get(url.replace(/.$/, (last) => (last === "A" ? "B" : "A")))).status()).toBe(404);
  await anonymous.close();
  await close();
});

test("files Instagram would refuse are refused at once, with the reason, and nothing is sent", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const attach = agent.getByLabel("Attach a file");

  const tooLarge = Buffer.concat([PNG, Buffer.alloc(8 * 1024 * 1024 + 1 - PNG.length)]);
  await attach.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: tooLarge });
  await expect(agent.getByText("This file is 8 MB: Instagram accepts this kind of file up to 8 MB.")).toBeVisible();
  await expect(agent.getByText("huge.png")).toHaveCount(0);

  await attach.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just some notes") });
  await expect(agent.getByText("Instagram does not accept this kind of file.", { exact: false })).toBeVisible();
  await expect(agent.getByRole("button", { name: "Send" })).toBeDisabled();

  // The server judges by content: a text file named and declared as a PNG is refused too.
  const conversationId = /conversations\/(\d+)/.exec(agent.url())![1];
  const accountId = seeded.accounts.acme;
  const disguised = await agent.request.post(`/api/accounts/${accountId}/conversations/${conversationId}/replies`, {
    multipart: { file: { name: "cake.png", mimeType: "image/png", buffer: Buffer.from("not a picture at all") } },
  });
  expect(disguised.status()).toBe(422);
  expect(await disguised.json()).toEqual({ error: { code: "VALIDATION", fields: { file: "unsupportedType" } } });
  const oversized = await agent.request.post(`/api/accounts/${accountId}/conversations/${conversationId}/replies`, {
    multipart: { file: { name: "huge.png", mimeType: "image/png", buffer: tooLarge } },
  });
  expect(oversized.status()).toBe(413);
  // Without a session, nothing is taken.
  expect((await request.post(`/api/accounts/${accountId}/conversations/${conversationId}/replies`, { multipart: { file: { name: "cake.png", mimeType: "image/png", buffer: PNG } } })).status()).toBe(401);
  expect(await sentTo(customer)).toEqual([]);
  await close();
});
