"use server";

import { z } from "zod";
import { createAccount } from "@/lib/accounts/create-account";
import { renameAccount } from "@/lib/accounts/rename-account";
import { createAccountSchema, renameAccountSchema } from "@/lib/accounts/schemas";
import { superAdminAction } from "@/lib/actions/authorized-action";
import { addAccountMember } from "@/lib/users/add-account-member";
import { createUser } from "@/lib/users/create-user";
import { makeSuperAdmin } from "@/lib/users/make-super-admin";
import { newUserSchema, roleSchema } from "@/lib/users/schemas";

const id = z.coerce.number().int().positive();

export const createAccountAction = superAdminAction(createAccountSchema, createAccount);

export const renameAccountAction = superAdminAction(renameAccountSchema, renameAccount);

export const createUserAction = superAdminAction(newUserSchema.extend({ superAdmin: z.boolean() }), async (input) => {
  const user = await createUser(input);
  return { email: user.email };
});

export const makeSuperAdminAction = superAdminAction(z.object({ userId: id }), makeSuperAdmin);

export const addAccountMemberAction = superAdminAction(
  z.object({ userId: id, accountId: id, role: roleSchema }),
  addAccountMember,
);
