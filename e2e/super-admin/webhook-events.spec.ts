import { expect, test } from "../support/fixtures";
import { people } from "../support/seed-data";
import { signedDelivery } from "../support/webhooks";

const PATH = "/super_admin/webhook_events";
// The embedded project's app stores no event: its app secret is unknown to every spec that posts.
const body = JSON.stringify({ object: "instagram", entry: [{ id: "17841400000000999", time: Date.now(), messaging: [] }] });

test("refused deliveries are counted; a super admin finds the page empty, with labelled filters", async ({ page, signIn, request }) => {
  expect((await request.post("/webhooks/instagram", signedDelivery(body, "not-the-app-secret-0000000000000"))).status()).toBe(401);
  expect((await request.post("/webhooks/instagram", { data: body, headers: { "content-type": "application/json" } })).status()).toBe(401);

  await signIn(people.superAdmin.email);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Webhook events" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhook events");
  await expect(page.getByRole("heading", { name: "No webhook events yet" })).toBeVisible();
  await expect(page.getByText("Refused signatures")).toBeVisible();
  await expect(page.getByText(/^Last: .+ UTC$/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Replay all dead events/ })).toHaveCount(0);

  const filters = page.getByRole("search", { name: "Filter webhook events" });
  await expect(filters.getByLabel("Inbox")).toHaveValue("");
  await filters.getByLabel("Status").selectOption({ label: "Dead" });
  await filters.getByLabel("Received from (UTC)").fill("2026-11-20T09:30");
  await filters.getByLabel("Received until (UTC)").fill("2026-11-21T18:00");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=dead/);
  await expect(filters.getByLabel("Status")).toHaveValue("dead");
  await expect(filters.getByLabel("Received from (UTC)")).toHaveValue("2026-11-20T09:30");
  await expect(filters.getByLabel("Received until (UTC)")).toHaveValue("2026-11-21T18:00");

  await filters.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(PATH);
  await expect(filters.getByLabel("Status")).toHaveValue("");

  await page.goto(`${PATH}?event=987654321`);
  await expect(page.getByRole("heading", { name: "Event 987654321 not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the events" }).click();
  await expect(page).toHaveURL(PATH);

  await page.goto(`/ar${PATH}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أحداث Webhook");
  await expect(page.getByRole("search").getByLabel("الحالة")).toBeVisible();
});

test("anyone but a super admin gets a translated 403", async ({ page, signIn }) => {
  await signIn(people.acmeAdmin.email);
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Webhook events" })).toHaveCount(0);
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  const arabic = await page.goto(`/ar${PATH}?event=1`);
  expect(arabic?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ليس لديك صلاحية الوصول إلى هذه الصفحة");
});
