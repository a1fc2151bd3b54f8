import { expect, test } from "../support/fixtures";
import { people } from "../support/seed-data";

test("Arabic pages render right to left", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.goto("/ar/login");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("button", { name: "تسجيل الدخول" })).toBeVisible();
});

test("the language switch persists across visits", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Language").selectOption("es");
  await expect(page).toHaveURL("/es/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inicia sesión en Switchboard");
  await page.goto("/");
  await expect(page).toHaveURL("/es/login");
  await page.goto("/login");
  await expect(page).toHaveURL("/es/login");
});

test("a signed-in user switches language from the user menu and stays on the page", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAgent.email);
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByLabel("Language").selectOption("fr");
  await expect(page).toHaveURL(`/fr/app/accounts/${seeded.accounts.acme}/conversations`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conversations");
  await expect(page.getByRole("link", { name: "Conversations" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(`/fr/app/accounts/${seeded.accounts.acme}/conversations`);
});

test("the Arabic shell mirrors: the sidebar stays in view on the right", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAgent.email);
  await page.goto(`/ar/app/accounts/${seeded.accounts.acme}/conversations`);
  const sidebar = page.getByRole("navigation", { name: "التنقل الرئيسي" });
  await expect(sidebar).toBeInViewport();
  const box = await sidebar.boundingBox();
  expect(box!.x).toBeGreaterThan((page.viewportSize()!.width * 2) / 3);
});
