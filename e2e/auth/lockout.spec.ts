import { expect, test } from "../support/fixtures";
import { PASSWORD, people } from "../support/seed-data";

test("ten failed attempts lock the email, even against the right password", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(people.lockout.email);
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/do not match/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Too many failed attempts for this email\. Try again after \d{1,2}:\d{2}/);
  await expect(page).toHaveURL("/login");
});
