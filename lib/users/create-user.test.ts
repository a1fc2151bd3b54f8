import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createUser } from "@/lib/users/create-user";
import { ensureSuperAdmin } from "@/lib/users/ensure-super-admin";
import { withTestDb } from "@/lib/testing/with-test-db";

withTestDb();

const person = { name: "Ana", email: "Ana@Example.com", password: "long enough" };

describe("createUser", () => {
  it("stores the email lower-cased and keeps the password hash out of default queries", async () => {
    const user = await createUser(person);
    expect(user.email).toBe("ana@example.com");
    const stored = await (await db()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).not.toHaveProperty("passwordHash");
  });

  it("treats emails that differ only in case as the same email", async () => {
    await createUser(person);
    await expect(createUser({ ...person, email: "ANA@example.COM" })).rejects.toEqual(new AppError("EMAIL_TAKEN", { email: "emailTaken" }));
  });

  it("refuses mixed-case emails at the database too, whatever the caller", async () => {
    const client = await db();
    await expect(client.user.create({ data: { name: "x", email: "Mixed@Case.test", passwordHash: "x" } })).rejects.toThrow();
  });

  it("validates its input", async () => {
    await expect(createUser({ ...person, password: "short" })).rejects.toThrow("passwordTooShort");
    await expect(createUser({ ...person, email: "nope" })).rejects.toThrow("invalidEmail");
  });
});

describe("ensureSuperAdmin", () => {
  it("creates the first super admin once and never again", async () => {
    expect(await ensureSuperAdmin({ email: "root@example.test", password: "first password" })).toEqual({ created: true });
    expect(await ensureSuperAdmin({ email: "other@example.test", password: "other password" })).toEqual({ created: false });
    const client = await db();
    expect(await client.user.findMany({ where: { superAdmin: true }, select: { email: true } })).toEqual([{ email: "root@example.test" }]);
  });

  it("promotes an existing user with that email instead of failing", async () => {
    const user = await createUser(person);
    await ensureSuperAdmin({ email: person.email, password: "ignored password" });
    const client = await db();
    expect((await client.user.findUniqueOrThrow({ where: { id: user.id } })).superAdmin).toBe(true);
  });
});
