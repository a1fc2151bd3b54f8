import { expect, signInOn, test } from "../support/fixtures";
import { people } from "../support/seed-data";

test("a super admin creates and renames an account, creates a user who then signs in to it", async ({ page, signIn, browser, baseURL }) => {
  const suffix = Date.now().toString(36);
  await signIn(people.superAdmin.email);
  await expect(page).toHaveURL("/super_admin/accounts");

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await page.getByLabel("Account name").fill(`Initech ${suffix}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status").getByText(`Account “Initech ${suffix}” created.`)).toBeVisible();
  await page.getByRole("button", { name: `Rename Initech ${suffix}` }).click();
  await page.getByLabel(`New name for Initech ${suffix}`).fill(`Initech Labs ${suffix}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").getByText(`Account renamed to “Initech Labs ${suffix}”.`)).toBeVisible();

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Users" }).click();
  // The accounts page has an "Account name" field: wait for the users page before filling.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  const email = `peter-${suffix}@initech.test`;
  await page.getByLabel("Name", { exact: true }).fill("Peter Gibbons");
  await page.getByLabel("Email").fill("not an email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await page.getByLabel("Email").fill(people.acmeAgent.email.toUpperCase());
  await page.getByLabel("Password").fill("tps-reports-1");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("A user with this email already exists.").first()).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").getByText(`${email} can now sign in.`)).toBeVisible();

  await page.getByRole("button", { name: `Add to account ${email}` }).click();
  await page.getByLabel("Account", { exact: true }).selectOption({ label: `Initech Labs ${suffix}` });
  await page.getByLabel("Role").selectOption("administrator");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("status").getByText(`${email} was added to Initech Labs ${suffix}.`)).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const peter = await context.newPage();
  await signInOn(peter, email, "tps-reports-1");
  await expect(peter).toHaveURL(/\/app\/accounts\/\d+\/conversations$/);
  await expect(peter.getByText(`Initech Labs ${suffix}`)).toBeVisible();
  await expect(peter.getByRole("link", { name: "Agents" })).toBeVisible();
  await context.close();
});

test("a super admin makes another user a super admin", async ({ page, signIn }) => {
  await signIn(people.superAdmin.email);
  await page.goto("/super_admin/users");
  await page.getByRole("button", { name: `Make super admin ${people.globexAdmin.email}` }).click();
  await expect(page.getByRole("status").getByText(`${people.globexAdmin.email} is now a super admin.`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Make super admin ${people.globexAdmin.email}` })).toHaveCount(0);
});
