"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type Role = "administrator" | "agent";
type User = {
  id: number;
  email: string;
  name: string;
  superAdmin: boolean;
  memberships: { role: Role; account: { id: number; name: string } }[];
};
type Account = { id: number; name: string };
type Props = {
  users: User[];
  accounts: Account[];
  makeSuperAdminAction: (input: { userId: number }) => Promise<ActionResult<void>>;
  addMemberAction: (input: { userId: number; accountId: number; role: Role }) => Promise<ActionResult<void>>;
};

export function UserList({ users, accounts, makeSuperAdminAction, addMemberAction }: Props) {
  const t = useTranslations("SuperAdmin");
  return (
    <section aria-labelledby="users-heading" className="space-y-3">
      <h2 id="users-heading" className="text-base font-semibold text-slate-900">
        {t("usersList")}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        {users.map((user) => (
          <UserRow key={user.id} user={user} accounts={accounts} makeSuperAdminAction={makeSuperAdminAction} addMemberAction={addMemberAction} />
        ))}
      </ul>
    </section>
  );
}

function UserRow({ user, accounts, makeSuperAdminAction, addMemberAction }: Omit<Props, "users"> & { user: User }) {
  const t = useTranslations("SuperAdmin");
  const tAgents = useTranslations("Agents");
  const [adding, setAdding] = useState(false);
  const onDone = useToast();
  const promote = useActionMutation(makeSuperAdminAction, () => onDone(t("madeSuperAdmin", { email: user.email })));
  const addMember = useActionMutation(addMemberAction);
  const available = accounts.filter((account) => !user.memberships.some((m) => m.account.id === account.id));

  return (
    <li className="space-y-3 px-5 py-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-slate-900">
            {user.name}
            {user.superAdmin && (
              <span className="ms-2 rounded-full bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-700">{t("superAdminBadge")}</span>
            )}
          </p>
          <p className="truncate text-sm text-slate-600">{user.email}</p>
          <p className="mt-1 text-xs text-slate-500">
            {t("memberships")}:{" "}
            {user.memberships.length
              ? user.memberships.map((m) => `${m.account.name} (${tAgents(m.role)})`).join(", ")
              : t("noMemberships")}
          </p>
        </div>
        {!user.superAdmin && (
          <Button variant="secondary" disabled={promote.isPending} onClick={() => promote.mutate({ userId: user.id })} >
            {t("makeSuperAdminShort")}
            <span className="sr-only">{user.email}</span>
          </Button>
        )}
        {available.length > 0 && (
          <Button variant="secondary" aria-expanded={adding} onClick={() => setAdding((value) => !value)} >
            {t("addToAccount")}
            <span className="sr-only">{user.email}</span>
          </Button>
        )}
      </div>
      {promote.formError && <Notice>{promote.formError}</Notice>}
      {adding && (
        <form
          noValidate
          className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4 sm:flex-row sm:items-start"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const accountId = Number(data.get("accountId"));
            addMember.mutate(
              { userId: user.id, accountId, role: data.get("role") as Role },
              {
                onSuccess: () => {
                  setAdding(false);
                  const account = accounts.find((a) => a.id === accountId)?.name ?? "";
                  onDone(t("addedToAccount", { email: user.email, account }));
                },
              },
            );
          }}
        >
          <div className="flex-1">
            <SelectField label={t("account")} name="accountId" error={addMember.fieldError("accountId")}>
              {available.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="flex-1">
            <SelectField label={t("role")} name="role" defaultValue="agent">
              <option value="agent">{tAgents("agent")}</option>
              <option value="administrator">{tAgents("administrator")}</option>
            </SelectField>
          </div>
          <Button type="submit" className="sm:mt-7" disabled={addMember.isPending}>
            {t("add")}
          </Button>
        </form>
      )}
      {addMember.formError && <Notice>{addMember.formError}</Notice>}
    </li>
  );
}
