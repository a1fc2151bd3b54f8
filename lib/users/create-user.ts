import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/is-unique-violation";
import type { AccountRole } from "@/lib/generated/prisma/enums";
import { newUserSchema, type NewUser } from "@/lib/users/schemas";

type Options = NewUser & {
  superAdmin?: boolean;
  membership?: { accountId: number; role: AccountRole };
};

/** Creates a user (and optionally their membership) in one transaction. */
export async function createUser({ superAdmin = false, membership, ...input }: Options) {
  const { name, email, password } = newUserSchema.parse(input);
  const passwordHash = await hashPassword(password);
  const client = await db();
  try {
    return await client.user.create({
      data: {
        name,
        email,
        passwordHash,
        superAdmin,
        memberships: membership ? { create: membership } : undefined,
      },
      select: { id: true, email: true, name: true, superAdmin: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN", { email: "emailTaken" });
    throw error;
  }
}
