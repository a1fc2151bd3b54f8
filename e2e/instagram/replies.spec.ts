import { aConversation, composer, thread } from "../support/conversations";
import { expect, signInOn, test } from "../support/fixtures";
import { meta } from "../support/instagram";
import { people } from "../support/seed-data";
import { businessEcho, customerText, deliver } from "../support/webhooks";

test.describe.configure({ timeout: 120_000 });

const sentTo = async (customer: string) => (await meta.state()).messages.filter((m) => m.recipientId === customer);

test("an agent's reply reaches the customer exactly once, and its echo does not double it", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const text = `Yes! Until 2 pm 🚚\nOrder by Saturday. ${Date.now()}`;
  await composer(agent).fill(text);
  await composer(agent).press("Enter");
  await expect(composer(agent)).toHaveValue("");
  const reply = thread(agent).getByRole("listitem").filter({ hasText: text.split("\n")[0]! });
  await expect(reply).toContainText("Sent", { timeout: 15_000 });

  const delivered = await sentTo(customer);
  expect(delivered).toHaveLength(1);
  expect(delivered[0]).toMatchObject({ userId: ig.userId, body: { recipient: { id: customer }, message: { text } } });

  // Meta echoes our own message back; then the customer writes again.
  expect((await deliver(request, businessEcho(ig.userId, customer, delivered[0]!.messageId!, text))).status()).toBe(200);
  const next = customerText(ig.userId, `Great, thanks ${Date.now()}`, { customer });
  expect((await deliver(request, next.body)).status()).toBe(200);
  await expect(thread(agent).getByText(next.text)).toBeVisible({ timeout: 15_000 });
  await expect(reply).toHaveCount(1);
  await expect(thread(agent).getByText("Sent from the Instagram app")).toHaveCount(0);
  await close();
});

test("the byte counter refuses 1,001 bytes, counting emoji as Meta does", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { agent, customer, close } = await aConversation({ page, context, browser, seeded, request });
  const send = agent.getByRole("button", { name: "Send" });
  await composer(agent).fill("a".repeat(1000));
  await expect(agent.getByText("1000 / 1000 bytes")).toBeVisible();
  await expect(send).toBeEnabled();
  await composer(agent).fill("a".repeat(1001));
  await expect(agent.getByText("1 byte over Instagram's limit of 1,000")).toBeVisible();
  await expect(send).toBeDisabled();
  // 251 characters, but 1,001 bytes.
  await composer(agent).fill(`${"😀".repeat(250)}a`);
  await expect(agent.getByText("1 byte over Instagram's limit of 1,000")).toBeVisible();
  await composer(agent).press("Enter");
  await agent.waitForTimeout(500);
  await expect(thread(agent).getByText("😀")).toHaveCount(0);
  await expect(composer(agent)).toHaveValue(`${"😀".repeat(250)}a`);
  expect(await sentTo(customer)).toHaveLength(0);
  await close();
});

test("a rate-limited reply is retried, then sent", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const throttled = { error: { message: "(#613) Calls to this api have exceeded the rate limit.", type: "OAuthException", code: 613, fbtrace_id: "E2E613" } };
  await meta.addFailure({ method: "POST", path: "*messages", userId: ig.userId, status: 400, body: throttled, times: 1 });
  const text = `We will check and come back ${Date.now()}`;
  await composer(agent).fill(text);
  await agent.getByRole("button", { name: "Send" }).click();
  const reply = thread(agent).getByRole("listitem").filter({ hasText: text });
  await expect(reply).toContainText("Sending…");
  await expect(reply).toContainText("Sent", { timeout: 60_000 });
  const calls = await meta.calls({ userId: ig.userId, path: "*messages" });
  expect(calls.map((call) => call.injected ?? false)).toEqual([true, false]);
  expect(await sentTo(customer)).toHaveLength(1);
  await close();
});

test("the messaging window: open at 1 hour, Human Agent only from 24 hours, closed after 7 days", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const recent = await aConversation({ page, context, browser, seeded, request }, { hoursAgo: 1 });
  await expect(recent.agent.getByText(/You can reply for 2[23] h \d+ min more/)).toBeVisible();
  await expect(composer(recent.agent)).toBeEnabled();
  await recent.close();

  const late = await aConversation({ page, context, browser, seeded, request }, { hoursAgo: 30 });
  await expect(late.agent.getByText("A super admin can turn on the Human Agent option")).toBeVisible();
  await expect(composer(late.agent)).toBeDisabled();

  // A super admin turns Human Agent on; the same conversation can then be answered, with the tag.
  const operator = await browser.newPage();
  await signInOn(operator, people.operator.email);
  const setHumanAgent = async (on: boolean) => {
    await operator.goto("/super_admin/app_config?config=instagram");
    await operator.waitForLoadState("networkidle");
    await operator.getByLabel("Human Agent replies").setChecked(on);
    await operator.getByRole("button", { name: "Save" }).click();
    await expect(operator.getByText("Instagram settings saved.")).toBeVisible();
  };
  await setHumanAgent(true);
  try {
    await late.agent.reload();
    await late.agent.waitForLoadState("networkidle");
    await expect(late.agent.getByText("your reply goes out with Instagram's Human Agent tag")).toBeVisible();
    const text = `Sorry for the wait, it ships Monday ${Date.now()}`;
    await composer(late.agent).fill(text);
    await composer(late.agent).press("Enter");
    await expect(thread(late.agent).getByRole("listitem").filter({ hasText: text })).toContainText("Sent", { timeout: 15_000 });
    expect((await sentTo(late.customer))[0]!.body).toMatchObject({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT", message: { text } });

    const old = await aConversation({ page, context, browser, seeded, request }, { hoursAgo: 8 * 24 });
    await expect(old.agent.getByText("More than 7 days have passed since the customer's last message")).toBeVisible();
    await expect(composer(old.agent)).toBeDisabled();
    await old.close();
  } finally {
    await setHumanAgent(false);
    await late.close();
  }
});
