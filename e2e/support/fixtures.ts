import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { PASSWORD, type Seeded } from "./seed-data";

// Pages already checked by this worker: each URL is audited once per run, not once per test.
const audited = new Set<string>();

async function audit(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}) on ${page.url()}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Signs in through the login form and waits to leave it. */
export async function signInOn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

type Fixtures = { seeded: Seeded; signIn: (email: string, password?: string) => Promise<void> };

/**
 * Every test gets an accessibility check for free: the page it ends on, and every other page
 * it visited (opened again with the test's cookies), must have no serious or critical axe
 * violations.
 */
export const test = base.extend<Fixtures & { axeCheck: void }>({
  seeded: async ({}, use, testInfo) => {
    const dataDir = testInfo.project.metadata.dataDir as string;
    await use(JSON.parse(fs.readFileSync(path.join(dataDir, "seed.json"), "utf8")));
  },
  signIn: async ({ page }, use) => {
    await use((email, password) => signInOn(page, email, password));
  },
  axeCheck: [
    async ({ page, context }, use) => {
      const visited = new Set<string>();
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) visited.add(frame.url());
      });
      await use();
      const problems: string[] = [];
      const current = page.url();
      if (current.startsWith("http") && !audited.has(current)) {
        audited.add(current);
        problems.push(...(await audit(page)));
      }
      for (const url of visited) {
        if (audited.has(url) || !url.startsWith("http") || new URL(url).pathname.startsWith("/api/")) continue;
        audited.add(url);
        const other = await context.newPage();
        await other.goto(url);
        problems.push(...(await audit(other)));
        await other.close();
      }
      expect(problems, "accessibility violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
