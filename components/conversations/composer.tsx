"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import { sendReplyAction } from "@/app/[locale]/app/accounts/[accountId]/conversations/actions";
import { AttachButton, AttachedFile, useRefusalText } from "@/components/conversations/attachment-picker";
import { uploadReply, type UploadOutcome } from "@/components/conversations/upload-reply";
import { useReplyTarget, type ReplyTarget } from "@/components/conversations/reply-target";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { MAX_TEXT_BYTES, replyTextProblem, utf8ByteLength } from "@/lib/messages/message-text";
import type { MessagingWindow } from "@/lib/messages/messaging-window";

/**
 * Where an agent writes a reply: Enter sends, Shift+Enter starts a new line, and a byte counter
 * (Meta counts UTF-8 bytes, not characters). Says how long the messaging window stays open, or
 * why nothing can be sent; the server applies the same rules. A message picked with *Reply* is
 * quoted above it until sent, removed, or Escape. A file goes with the reply (uploaded with
 * progress) where Meta can fetch files from this app (`canAttach`).
 */
export function Composer({
  accountId,
  conversationId,
  window,
  canAttach,
}: {
  accountId: number;
  conversationId: number;
  window: MessagingWindow;
  canAttach: boolean;
}) {
  const t = useTranslations("Conversations.composer");
  const tAttach = useTranslations("Conversations.attach");
  const router = useRouter();
  const textId = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [pending, startTransition] = useTransition();
  const refusalText = useRefusalText();
  const { target, setTarget } = useReplyTarget();
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Picking a message to answer moves the agent straight to writing.
  useEffect(() => {
    if (target) textarea.current?.focus();
  }, [target]);
  const bytes = utf8ByteLength(text);
  // Beside a file the text may stay empty.
  const problem = file && text.trim() === "" ? null : replyTextProblem(text);
  const closed = window.state === "closed";

  function describeFailure({ code, fieldErrors }: { code: string; fieldErrors?: Record<string, string> }): string {
    if (fieldErrors?.replyToMessageId) return t("errors.quoteUnavailable");
    const refusal = fieldErrors?.file;
    if (refusal === "tooLarge" || refusal === "unsupportedType" || refusal === "empty") return refusalText({ ok: false, reason: refusal });
    if (refusal === "notPublic") return tAttach("notPublic");
    return t(`errors.${code === "MESSAGING_WINDOW_CLOSED" || code === "VALIDATION" ? code : "INTERNAL"}`);
  }

  function send(event?: FormEvent) {
    event?.preventDefault();
    if (problem || closed || pending) return;
    setError(undefined);
    startTransition(async () => {
      const result = file ? await sendWithFile(file) : await sendReplyAction({ accountId, conversationId, text, replyToMessageId: target?.messageId });
      if (!result.ok) return setError(describeFailure(result));
      setText("");
      setFile(undefined);
      setTarget(undefined);
      router.refresh();
    });
  }

  async function sendWithFile(chosen: File): Promise<UploadOutcome> {
    const form = new FormData();
    form.set("file", chosen);
    if (text.trim() !== "") form.set("text", text);
    if (target) form.set("replyToMessageId", String(target.messageId));
    setProgress(0);
    try {
      return await uploadReply(`/api/accounts/${accountId}/conversations/${conversationId}/replies`, form, setProgress);
    } catch {
      return { ok: false, code: "INTERNAL" };
    } finally {
      setProgress(undefined);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape" && target) {
      event.preventDefault();
      setTarget(undefined);
      return;
    }
    // Enter while an input method is composing (Japanese, Chinese…) confirms the word, not the message.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }

  return (
    <form onSubmit={send} className="border-t border-slate-200 bg-white px-4 py-3" aria-label={t("label")}>
      <WindowNotice window={window} />
      {error && (
        <div className="mb-2">
          <Notice>{error}</Notice>
        </div>
      )}
      {target && <Quote target={target} onRemove={() => setTarget(undefined)} />}
      {file && <AttachedFile file={file} progress={progress} onRemove={() => setFile(undefined)} />}
      <label htmlFor={textId} className="mb-1 block text-xs font-medium text-slate-600">
        {t("label")}
      </label>
      <div className="flex items-end gap-2">
        {canAttach && !file && (
          <AttachButton
            disabled={closed || pending}
            onRefused={setError}
            onChosen={(chosen) => {
              setError(undefined);
              setFile(chosen);
            }}
          />
        )}
        <textarea
          ref={textarea}
          id={textId}
          aria-describedby="composer-bytes"
          aria-invalid={problem === "tooLong"}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={closed}
          rows={2}
          dir="auto"
          placeholder={closed ? t("placeholderClosed") : t("placeholder")}
          className="min-h-11 flex-1 resize-y rounded-lg border border-slate-300 px-3 py-2 text-sm text-slate-900 placeholder:text-slate-400 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 disabled:bg-slate-50"
        />
        <Button type="submit" disabled={closed || problem !== null || pending}>
          {pending ? t("sending") : t("send")}
        </Button>
      </div>
      <p id="composer-bytes" className={`mt-1 text-end text-xs ${problem === "tooLong" ? "font-medium text-red-700" : "text-slate-500"}`} aria-live="polite">
        {problem === "tooLong" ? t("tooLong", { over: bytes - MAX_TEXT_BYTES }) : t("bytes", { used: bytes, max: MAX_TEXT_BYTES })}
      </p>
      {!canAttach && <p className="mt-1 text-xs text-slate-500">{tAttach("notPublic")}</p>}
    </form>
  );
}

function Quote({ target, onRemove }: { target: ReplyTarget; onRemove: () => void }) {
  const t = useTranslations("Conversations.reply");
  return (
    <div className="mb-2 flex items-center gap-2 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-600">
      <p className="min-w-0 flex-1 truncate border-s-2 border-indigo-400 ps-2">
        {t("quoting")}: <bdi>{target.summary}</bdi>
      </p>
      <button type="button" onClick={onRemove} className="shrink-0 rounded px-1.5 py-0.5 font-medium text-indigo-700 hover:bg-slate-200">
        {t("removeQuote")}
      </button>
    </div>
  );
}

function WindowNotice({ window }: { window: MessagingWindow }) {
  const t = useTranslations("Conversations.composer");
  const format = useFormatter();
  // Re-rendered every minute so that the time left stays true while the thread is open.
  const now = useNow({ updateInterval: 60_000 });
  if (window.state === "closed") {
    return (
      <div className="mb-2">
        <Notice tone="warning">{t(`closed.${window.reason}`)}</Notice>
      </div>
    );
  }
  const minutes = Math.max(0, Math.round((new Date(window.closesAt).getTime() - now.getTime()) / 60_000));
  const left = t("timeLeft", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  if (window.state === "humanAgent") {
    return (
      <p className="mb-2 text-xs text-amber-800">
        {t("humanAgent", { until: format.dateTime(new Date(window.closesAt), { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
    );
  }
  return <p className="mb-2 text-xs text-slate-500">{t("windowOpen", { left })}</p>;
}
