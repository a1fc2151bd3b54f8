// npm run user:create -- --email E --password P [--name N] [--super-admin] [--account NAME --role administrator|agent]
import { parseArgs } from "node:util";
import { z } from "zod";
import { createAccount } from "@/lib/accounts/create-account";
import { closeDb, db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { emailSchema, passwordSchema, PASSWORD_MIN_LENGTH, roleSchema } from "@/lib/users/schemas";

const usage =
  "Usage: npm run user:create -- --email E --password P [--name N] [--super-admin] [--account NAME --role administrator|agent]";

const problems: Record<string, string> = {
  invalidEmail: "--email is not a valid email address",
  passwordTooShort: `--password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  passwordTooLong: "--password must be at most 200 characters",
  invalidRole: "--role must be administrator or agent",
};

class UsageError extends Error {}

const isMissingTable = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2021";

function fail(message: string): never {
  throw new UsageError(message);
}

function parse() {
  try {
    const { values } = parseArgs({
      options: {
        email: { type: "string" },
        password: { type: "string" },
        name: { type: "string" },
        "super-admin": { type: "boolean", default: false },
        account: { type: "string" },
        role: { type: "string" },
      },
      strict: true,
    });
    return values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown, missing: string): T {
  if (value === undefined) fail(missing);
  const result = schema.safeParse(value);
  if (!result.success) fail(problems[result.error.issues[0]!.message] ?? result.error.issues[0]!.message);
  return result.data;
}

async function main() {
  const args = parse();
  const email = check(emailSchema, args.email, "--email is required");
  const password = check(passwordSchema, args.password, "--password is required");
  if ((args.account === undefined) !== (args.role === undefined)) fail("--account and --role go together");
  const role = args.role === undefined ? undefined : check(roleSchema, args.role, "");
  const accountName = args.account?.trim();
  if (accountName === "") fail("--account must not be empty");

  const client = await db();
  let membership;
  if (accountName && role) {
    const matches = await client.account.findMany({ where: { name: accountName }, select: { id: true } });
    if (matches.length > 1) fail(`several accounts are named "${accountName}"; rename one in /super_admin first`);
    const accountId = matches[0]?.id ?? (await createAccount({ name: accountName })).id;
    if (!matches[0]) console.log(`Created account "${accountName}" (id ${accountId}).`);
    membership = { accountId, role };
  }
  const user = await createUser({
    name: args.name?.trim() || email.split("@")[0]!,
    email,
    password,
    superAdmin: args["super-admin"],
    membership,
  });
  const roles = [user.superAdmin && "super admin", membership && `${membership.role} of "${accountName}"`].filter(Boolean);
  console.log(`Created user ${user.email} (id ${user.id})${roles.length ? `: ${roles.join(", ")}` : ""}.`);
}

main()
  .catch((error: unknown) => {
    const message = isAppError(error, "EMAIL_TAKEN")
      ? "a user with this email already exists"
      : isMissingTable(error)
        ? "the database has no tables yet: run `npm run db:deploy` (or start the app once) first"
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(`user:create: ${message}${error instanceof UsageError ? `\n${usage}` : ""}`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
