import type { Page } from "@playwright/test";
import { customerMessage, echo, edit, notification, postback, reaction, read, referral } from "@/lib/webhooks/testing/payloads";
import { aConversation, thread } from "../support/conversations";
import { expect, test } from "../support/fixtures";
import { STAND_IN_URL } from "../support/instagram-app";
import { people } from "../support/seed-data";
import { deliver } from "../support/webhooks";

test.describe.configure({ timeout: 150_000 });

const DAY = 24 * 3600_000;
let asset = 0;
/** A CDN URL like Meta's (instagram-platform.md §7c), served by the stand-in; `expired…` answers 403. */
const cdn = (name: string) => `${STAND_IN_URL}/__cdn/${name}?asset_id=${Date.now()}${++asset}`;

/** A message of the thread, by text it shows or by an element inside it. */
const item = (page: Page, has: { text?: string | RegExp; href?: string }) =>
  thread(page)
    .getByRole("listitem")
    .filter(has.text ? { hasText: has.text } : { has: page.locator(`a[href*="${has.href}"]`) });

test("every kind of message Meta delivers shows as the customer meant it", async ({ page, context, browser, signIn, seeded, request }, testInfo) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request }, { hoursAgo: 0 });
  const id = ig.userId;
  const now = Date.now();
  const startOfToday = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  // Today's messages stay today (the browser's time zone is UTC), even just after midnight.
  const today = Math.max(now - 20 * 60_000, startOfToday + 60_000);
  const at = (timestamp: number) => ({ customer, timestamp });
  let minute = 0;
  const next = () => at(today + ++minute * 30_000);

  const text = customerMessage(id, { text: "Line one of the order\nLine two: see https://example.com/menu?x=1, thanks" }, at(startOfToday - 3 * DAY + 10 * 3600_000));
  const image = customerMessage(id, { attachments: [{ type: "image", payload: { url: cdn("photo.png") } }] }, at(startOfToday - DAY + 9 * 3600_000));
  const ours = echo(id, { text: "We open at 8 am, see you there" }, next());
  const toDelete = customerMessage(id, { text: "Oops, wrong chat" }, next());
  const toEdit = customerMessage(id, { text: "I want 2 loaves" }, next());
  const phase1 = [
    text,
    image,
    customerMessage(id, { attachments: [{ type: "video", payload: { url: cdn("clip.mp4") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "audio", payload: { url: cdn("voice.wav") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "file", payload: { url: cdn("invoice.pdf") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "share", payload: { url: cdn("share-post.png") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "story_mention", payload: { url: cdn("mention.png") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "story_mention", payload: { url: cdn("expired-mention.png") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "ig_reel", payload: { url: cdn("ig-reel.mp4"), reel_video_id: "17901234567890123", title: "Croissant lamination in 30 s" } }] }, next()),
    customerMessage(id, { attachments: [{ type: "reel", payload: { url: cdn("reel-2.mp4") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "ig_post", payload: { url: cdn("ig-post.png"), ig_post_media_id: "17890000000000077" } }] }, next()),
    customerMessage(id, { attachments: [{ type: "ig_story", payload: { url: cdn("ig-story.png") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "image", payload: { url: cdn("expired-photo.png") } }] }, next()),
    customerMessage(id, { attachments: [{ type: "fallback", payload: { url: "https://example.com/our-menu", title: "Our menu" } }] }, next()),
    customerMessage(id, { is_unsupported: true }, next()),
    customerMessage(id, { text: "Yes, that order", reply_to: { mid: text.message.mid } }, next()),
    customerMessage(id, { text: "Love this cake!", reply_to: { story: { url: cdn("story-reply.png"), id: "17890000000000001" } } }, next()),
    customerMessage(id, { text: "Is this still on?", reply_to: { story: { id: "17890000000000002" } } }, next()),
    ours,
    echo(id, { attachments: [{ type: "template", payload: { template_type: "generic", elements: [{ title: "Sourdough loaf", subtitle: "Baked this morning" }] } }] }, next()),
    toDelete,
    toEdit,
    postback(id, next()),
    referral(id, next()),
  ];
  for (const delivery of phase1) expect((await deliver(request, notification(id, [delivery]))).status()).toBe(200);
  // The thread updates itself as the worker stores them.
  await expect(item(agent, { text: "Opened a link to this chat (ref: summer_promo)" })).toBeVisible({ timeout: 20_000 });
  await expect(item(agent, { text: "I want 2 loaves" })).toBeVisible();

  // What refers to earlier messages: an unsend, an edit, a reaction to our message, the customer reading it.
  const phase2 = [
    customerMessage(id, { mid: toDelete.message.mid, is_deleted: true }, next()),
    edit(id, toEdit.message.mid, "I want 3 loaves", 1, next()),
    reaction(id, ours.message.mid, "react", next()),
    read(id, ours.message.mid, next()),
  ];
  for (const delivery of phase2) expect((await deliver(request, notification(id, [delivery]))).status()).toBe(200);
  await expect(item(agent, { text: "I want 3 loaves" })).toContainText("Edited", { timeout: 15_000 });
  await expect(thread(agent).getByText("I want 2 loaves")).toHaveCount(0);
  await expect(thread(agent).getByText("Oops, wrong chat")).toHaveCount(0);
  await expect(item(agent, { text: "Deleted by the customer" })).toHaveCount(1);
  const ourItem = item(agent, { text: "We open at 8 am" });
  await expect(ourItem).toContainText("Sent from the Instagram app");
  await expect(ourItem).toContainText("Seen", { timeout: 15_000 });
  await expect(ourItem.getByLabel("Reactions: ❤️")).toBeVisible();

  // Text: line breaks kept, the link clickable and opened elsewhere.
  const paragraph = thread(agent).locator("p[dir=auto]", { hasText: "Line one of the order" });
  expect(await paragraph.evaluate((element) => (element as HTMLElement).innerText)).toContain("Line one of the order\nLine two");
  const link = paragraph.getByRole("link", { name: "https://example.com/menu?x=1" });
  await expect(link).toHaveAttribute("href", "https://example.com/menu?x=1");
  await expect(link).toHaveAttribute("target", "_blank");

  // Day separators: three days ago, yesterday (the photo), today.
  const threeDaysAgo = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(startOfToday - 3 * DAY);
  for (const day of [threeDaysAgo, "Yesterday", "Today"]) await expect(thread(agent).getByRole("listitem").filter({ hasText: new RegExp(`^${day}$`) })).toHaveCount(1);

  // The photo: a preview linking to the full-size copy, served only to members.
  const photoItem = thread(agent).getByRole("listitem").filter({ hasText: /^Yesterday$/ }).locator("xpath=following-sibling::li[1]");
  const fullSize = photoItem.getByRole("link", { name: /Open full size/ });
  await expect(fullSize.getByRole("img", { name: /^Photo from / })).toBeVisible({ timeout: 15_000 });
  await expect(fullSize).toHaveAttribute("target", "_blank");
  await expect.poll(() => fullSize.getByRole("img").evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(240);
  const photo = await agent.context().request.get((await fullSize.getAttribute("href"))!);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toBe("image/png");
  expect((await request.get((await fullSize.getAttribute("href"))!)).status()).not.toBe(200);

  // Video and audio in their players, the file as a download.
  const video = thread(agent).getByRole("listitem").filter({ has: agent.locator("video") }).filter({ hasNotText: "Open on Instagram" }).locator("video");
  await expect(video).toHaveAttribute("controls", "");
  await expect(thread(agent).locator("audio[controls]")).toHaveCount(1);
  await expect.poll(() => thread(agent).locator("audio").evaluate((audio) => (audio as HTMLAudioElement).duration)).toBeCloseTo(0.5, 1);
  const download = thread(agent).getByRole("link", { name: "Download" });
  await expect(download).toHaveAttribute("href", /\/attachments\/\d+\?download=1$/);
  const file = await agent.context().request.get((await download.getAttribute("href"))!);
  expect([file.status(), file.headers()["content-type"], file.headers()["content-disposition"]]).toEqual([200, "application/pdf", "attachment"]);

  // Shares, reels and posts: the media, with a link to Instagram.
  for (const name of ["share-post.png", "ig-post.png"]) {
    await expect(item(agent, { href: name }).getByRole("img", { name: /^Photo from / })).toBeVisible();
    await expect(item(agent, { href: name }).getByRole("link", { name: "Open on Instagram" })).toHaveAttribute("target", "_blank");
  }
  for (const name of ["ig-reel.mp4", "reel-2.mp4"]) await expect(item(agent, { href: name }).locator("video[controls]")).toHaveCount(1);
  await expect(item(agent, { href: "ig-reel.mp4" })).toContainText("Croissant lamination in 30 s");

  // Stories: mentioned, shared, replied to; and the ones already gone.
  const mentions = item(agent, { text: "Mentioned you in their story" });
  await expect(mentions).toHaveCount(2);
  await expect(mentions.filter({ has: agent.getByRole("img") })).toHaveCount(1);
  await expect(mentions.filter({ hasText: "Story no longer available" })).toHaveCount(1);
  await expect(item(agent, { text: "Shared a story" }).getByRole("img")).toBeVisible();
  await expect(item(agent, { text: "Love this cake!" })).toContainText("Replied to your story");
  await expect(item(agent, { text: "Love this cake!" }).getByRole("img")).toBeVisible();
  await expect(item(agent, { text: "Is this still on?" })).toContainText("Replied to your storyStory no longer available");
  await expect(item(agent, { text: "Attachment unavailable" })).toHaveCount(1);

  // A link the customer shared is a link card (never fetched as media); a template shows its cards.
  const fallback = item(agent, { text: "Our menu" });
  await expect(fallback.getByRole("link", { name: "Open link" })).toHaveAttribute("href", "https://example.com/our-menu");
  await expect(fallback).not.toContainText("unavailable");
  await expect(item(agent, { text: "Sourdough loaf" })).toContainText("Baked this morning");
  await expect(item(agent, { text: "Sourdough loaf" })).toContainText("Sent from the Instagram app");
  await expect(item(agent, { text: "Unsupported message — open Instagram to see it" })).toHaveCount(1);
  await expect(item(agent, { text: "Tapped “Track my order”" })).toHaveCount(1);

  // A reply quotes the message it answers; the quote leads to it.
  const quote = item(agent, { text: "Yes, that order" }).getByRole("link", { name: /^Reply to: Line one of the order/ });
  await expect(paragraph).not.toBeInViewport();
  await quote.click();
  await expect(agent).toHaveURL(/#message-\d+$/);
  await expect(agent.locator(new URL(agent.url()).hash)).toContainText("Line two");
  await expect(agent.locator(new URL(agent.url()).hash)).toBeInViewport();

  // For people to look at: the whole thread in one picture.
  await agent.setViewportSize({ width: 1280, height: 4200 });
  await agent.screenshot({ path: testInfo.outputPath("thread.png") });
  await close();
});
