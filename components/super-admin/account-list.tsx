"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type Account = { id: number; name: string; createdAt: Date; members: number };
type RenameAction = (input: { accountId: number; name: string }) => Promise<ActionResult<{ id: number; name: string }>>;

export function AccountList({ accounts, renameAction }: { accounts: Account[]; renameAction: RenameAction }) {
  const t = useTranslations("SuperAdmin");
  if (accounts.length === 0) return <p className="rounded-2xl bg-white p-6 text-sm text-slate-600 ring-1 ring-slate-200">{t("noAccounts")}</p>;
  return (
    <section aria-labelledby="accounts-heading" className="space-y-3">
      <h2 id="accounts-heading" className="text-base font-semibold text-slate-900">
        {t("accountsList")}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        {accounts.map((account) => (
          <AccountRow key={account.id} account={account} renameAction={renameAction} />
        ))}
      </ul>
    </section>
  );
}

function AccountRow({ account, renameAction }: { account: Account; renameAction: RenameAction }) {
  const t = useTranslations("SuperAdmin");
  const tCommon = useTranslations("Common");
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  const toast = useToast();
  const mutation = useActionMutation(renameAction, ({ name }) => {
    setEditing(false);
    toast(t("renamed", { name }));
  });

  if (editing) {
    return (
      <li className="px-5 py-4">
        <form
          noValidate
          className="flex flex-col gap-3 sm:flex-row sm:items-start"
          onSubmit={(event) => {
            event.preventDefault();
            mutation.mutate({ accountId: account.id, name: String(new FormData(event.currentTarget).get("name")) });
          }}
        >
          <div className="flex-1">
            <TextField
              label={t("newName", { name: account.name })}
              name="name"
              defaultValue={account.name}
              autoFocus
              error={mutation.fieldError("name") ?? mutation.formError}
            />
          </div>
          <div className="flex gap-2 sm:mt-7">
            <Button type="submit" disabled={mutation.isPending}>
              {mutation.isPending ? tCommon("saving") : tCommon("save")}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {tCommon("cancel")}
            </Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center gap-4 px-5 py-4">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-slate-900">{account.name}</p>
        <p className="text-xs text-slate-500">
          {t("members", { count: account.members })} · {tCommon("created", { date: format.dateTime(account.createdAt, { dateStyle: "medium" }) })}
        </p>
      </div>
      <Button variant="secondary" onClick={() => setEditing(true)} >
        {t("rename")}
        <span className="sr-only">{account.name}</span>
      </Button>
    </li>
  );
}
