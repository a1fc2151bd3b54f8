"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { ACCEPTED_CONTENT_TYPES, checkAttachment, type AttachmentCheck } from "@/lib/attachments/outgoing-attachment";

/** Why a file cannot be sent, translated; the server gives the same reasons (by content). */
export function useRefusalText() {
  const t = useTranslations("Conversations.attach");
  const format = useFormatter();
  const size = (bytes: number) => sizeOf(format, bytes);
  return (refusal: Extract<AttachmentCheck, { ok: false }> & { byteSize?: number }) =>
    refusal.reason === "tooLarge" && refusal.maxBytes
      ? t("refused.tooLarge", { max: size(refusal.maxBytes), size: size(refusal.byteSize ?? 0) })
      : t(`refused.${refusal.reason === "tooLarge" ? "tooLargeAny" : refusal.reason}`);
}

/** "340 kB", "8.2 MB", in the reader's language. */
function sizeOf(format: ReturnType<typeof useFormatter>, bytes: number): string {
  if (bytes < 1024 * 1024) return format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  return format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}

/**
 * *Attach a file*. A file Meta would refuse (type, size) is not kept: `onRefused` says why,
 * before anything is uploaded.
 */
export function AttachButton({ onChosen, onRefused, disabled }: { onChosen: (file: File) => void; onRefused: (reason: string) => void; disabled: boolean }) {
  const t = useTranslations("Conversations.attach");
  const refusalText = useRefusalText();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  function choose(chosen: File | undefined) {
    if (!chosen) return;
    const check = checkAttachment(chosen.type, chosen.size);
    if (input.current) input.current.value = "";
    if (!check.ok) return onRefused(refusalText({ ...check, byteSize: chosen.size }));
    onChosen(chosen);
  }

  return (
    <div className="shrink-0">
      <input ref={input} id={inputId} type="file" accept={ACCEPTED_CONTENT_TYPES} disabled={disabled} className="peer sr-only" onChange={(event) => choose(event.target.files?.[0])} />
      <label
        htmlFor={inputId}
        title={t("limits")}
        className={`inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium ring-1 ring-inset ring-slate-300 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600 ${disabled ? "cursor-not-allowed text-slate-400" : "cursor-pointer text-slate-700 hover:bg-slate-50"}`}
      >
        {t("label")}
      </label>
    </div>
  );
}

/** The chosen file above the text: name, size, upload progress, *Remove*. */
export function AttachedFile({ file, progress, onRemove }: { file: File; progress: number | undefined; onRemove: () => void }) {
  const t = useTranslations("Conversations.attach");
  const format = useFormatter();
  return (
    <div className="mb-2 flex items-center gap-2 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-700">
      <p className="flex min-w-0 flex-1 gap-1">
        <span className="min-w-0 truncate">
          {t("attached")}: <bdi className="font-medium">{file.name}</bdi>
        </span>
        <span className="shrink-0 text-slate-500">· {sizeOf(format, file.size)}</span>
      </p>
      {progress !== undefined ? (
        <progress max={100} value={progress} aria-label={t("uploading", { percent: progress })} className="h-1.5 w-24 accent-indigo-600">
          {progress} %
        </progress>
      ) : (
        <button type="button" onClick={onRemove} className="shrink-0 rounded px-1.5 py-0.5 font-medium text-indigo-700 hover:bg-slate-200">
          {t("remove")}
        </button>
      )}
    </div>
  );
}
