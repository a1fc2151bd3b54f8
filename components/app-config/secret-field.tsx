"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { SecretStatus } from "@/lib/settings/instagram-settings-view";

/**
 * A write-only secret: when one is set, only its status shows, with Replace to enter a new
 * one. The input (and so the submitted value) exists only while a new secret is being typed.
 */
export function SecretField({
  name,
  label,
  hint,
  status,
  environmentVariable,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  status: SecretStatus;
  environmentVariable: string;
  error?: string;
}) {
  const t = useTranslations("AppConfig");
  const format = useFormatter();
  const statusId = useId();
  const hasValue = status.state === "saved" || status.state === "environment";
  const [replacing, setReplacing] = useState(!hasValue || Boolean(error));

  const statusText = (() => {
    switch (status.state) {
      case "saved": {
        const date = format.dateTime(status.changedAt, { dateStyle: "medium", timeStyle: "short" });
        return status.changedBy
          ? t("secretSavedBy", { date, user: status.changedBy })
          : t("secretSaved", { date });
      }
      case "environment":
        return t("secretFromEnvironment", { variable: environmentVariable });
      case "undecryptable":
        return t("secretUndecryptable");
      case "unset":
        return t("secretNotSet");
    }
  })();

  if (!replacing) {
    return (
      <div className="space-y-1.5" role="group" aria-labelledby={`${statusId}-label`}>
        <p id={`${statusId}-label`} className="text-sm font-medium text-slate-800">
          {label}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <p id={statusId} className="flex items-center gap-2 text-sm text-slate-700">
            <span aria-hidden className="size-2 rounded-full bg-emerald-500" />
            {statusText}
          </p>
          <Button
            variant="secondary"
            aria-describedby={statusId}
            onClick={() => setReplacing(true)}
          >
            {t("replace")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {status.state === "undecryptable" && <Notice tone="warning">{statusText}</Notice>}
      <TextField
        name={name}
        label={label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        dir="ltr"
        autoFocus={hasValue}
        hint={hint}
        error={error}
      />
      {hasValue && (
        <Button variant="ghost" onClick={() => setReplacing(false)}>
          {t("keepSecret")}
        </Button>
      )}
    </div>
  );
}
