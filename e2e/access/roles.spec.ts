import { expect, test } from "../support/fixtures";
import { people } from "../support/seed-data";

test("an agent gets a translated 403 on administrator and super-admin pages", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAgent.email);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Conversations" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Agents" })).toHaveCount(0);
  for (const path of [`/app/accounts/${seeded.accounts.acme}/settings/agents`, `/app/accounts/${seeded.accounts.acme}/settings/inboxes`, "/super_admin/accounts", "/super_admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
  const response = await page.goto(`/de/app/accounts/${seeded.accounts.acme}/settings/agents`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sie haben keinen Zugriff auf diese Seite");
});

test("a user of one account gets 404 for another account, as for one that does not exist", async ({ page, signIn, seeded }) => {
  await signIn(people.globexAdmin.email);
  for (const path of [
    `/app/accounts/${seeded.accounts.acme}/conversations`,
    `/app/accounts/${seeded.accounts.acme}/settings/agents`,
    `/app/accounts/${seeded.accounts.acme}/settings/inboxes`,
    `/app/accounts/${seeded.accounts.acme}`,
    "/app/accounts/999999/conversations",
    "/app/accounts/not-a-number/conversations",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("an administrator sees the settings and switches between their accounts", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAdmin.email);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "Inboxes" }).click();
  await expect(page.getByRole("heading", { name: "No inboxes yet — connect Instagram" })).toBeVisible();
  await page.getByLabel("Switch account").selectOption({ label: "Acme Outlet" });
  await expect(page).toHaveURL(`/app/accounts/${seeded.accounts.acmeOutlet}/conversations`);
  // An agent there: no settings.
  await expect(nav.getByRole("link", { name: "Inboxes" })).toHaveCount(0);
});
