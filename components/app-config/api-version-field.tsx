"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { DEFAULT_GRAPH_API_VERSION, GRAPH_API_VERSIONS } from "@/lib/instagram/platform";

const OTHER = "other";

/** Meta's supported versions to pick from, or any other version typed as vNN.N. */
export function ApiVersionField({
  value,
  badge,
  error,
}: {
  value: string;
  badge?: ReactNode;
  error?: string;
}) {
  const t = useTranslations("AppConfig");
  const known = (GRAPH_API_VERSIONS as readonly string[]).includes(value);
  const [choice, setChoice] = useState(known ? value : OTHER);
  const optionLabel = (version: string) =>
    version === DEFAULT_GRAPH_API_VERSION
      ? t("apiVersionRecommended", { version })
      : version === GRAPH_API_VERSIONS[0]
        ? t("apiVersionNewest", { version })
        : version;
  return (
    <div className="space-y-3">
      <SelectField
        name="apiVersionChoice"
        label={t("apiVersion")}
        hint={t("apiVersionHint")}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        error={choice === OTHER ? undefined : error}
        badge={badge}
      >
        {GRAPH_API_VERSIONS.map((version) => (
          <option key={version} value={version}>
            {optionLabel(version)}
          </option>
        ))}
        <option value={OTHER}>{t("apiVersionOther")}</option>
      </SelectField>
      {choice === OTHER && (
        <TextField
          name="apiVersionCustom"
          label={t("apiVersionCustom")}
          defaultValue={known ? "" : value}
          placeholder="v27.0"
          dir="ltr"
          hint={t("apiVersionCustomHint")}
          error={error}
        />
      )}
    </div>
  );
}

export function readApiVersion(data: FormData): string {
  const choice = String(data.get("apiVersionChoice") ?? "");
  return choice === OTHER ? String(data.get("apiVersionCustom") ?? "") : choice;
}
