import { expect, test } from "../support/fixtures";
import { people } from "../support/seed-data";

test("signing in lands on the first account's conversations", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAdmin.email);
  await expect(page).toHaveURL(`/app/accounts/${seeded.accounts.acme}/conversations`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conversations");
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/login");
  const message = "That email and password do not match. Check them and try again.";
  await page.getByLabel("Email").fill(people.acmeAgent.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  await page.getByLabel("Email").fill("nobody@nowhere.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  await expect(page).toHaveURL("/login");
});

test("a signed-in user opening / or /login goes to their conversations", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAgent.email);
  for (const path of ["/", "/login"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/app/accounts/${seeded.accounts.acme}/conversations`);
  }
});

test("signing out ends the session", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAgent.email);
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");
  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  await expect(page).toHaveURL("/login");
});

test("pages under /app and /super_admin require a session", async ({ page, seeded }) => {
  for (const path of [`/app/accounts/${seeded.accounts.acme}/conversations`, `/app/accounts/${seeded.accounts.acme}/settings/agents`, "/super_admin/accounts", "/app"]) {
    await page.goto(path);
    await expect(page).toHaveURL("/login");
  }
});
