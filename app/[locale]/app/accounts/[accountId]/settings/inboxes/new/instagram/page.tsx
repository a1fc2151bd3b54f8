import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ConnectErrorScreen } from "@/components/instagram-connect/connect-error-screen";
import { ConnectIntro } from "@/components/instagram-connect/connect-intro";
import { ContinueButton } from "@/components/instagram-connect/continue-button";
import { PageHeader } from "@/components/ui/page-header";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { parseId } from "@/lib/auth/parse-id";
import { env } from "@/lib/env";
import { getInbox } from "@/lib/inboxes/list-inboxes";
import { CONNECT_ERRORS, type ConnectErrorCode, type ConnectStep } from "@/lib/instagram/connect-errors";
import { findConnectAttempt } from "@/lib/instagram/find-connect-attempt";
import { OAUTH_CALLBACK_PATH } from "@/lib/instagram/platform";
import { getInstagramSettings, isInstagramConfigured } from "@/lib/settings/instagram-settings";
import { startInstagramConnectionAction } from "./actions";

type Props = {
  params: Promise<{ accountId: string }>;
  /** `inbox`: reauthorizing that inbox instead of connecting a new one. */
  searchParams: Promise<{ error?: string; attempt?: string; inbox?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ConnectInstagram"))("title") };
}

const isConnectError = (value: string | undefined): value is ConnectErrorCode => (CONNECT_ERRORS as readonly string[]).includes(value ?? "");

export default async function ConnectInstagramPage({ params, searchParams }: Props) {
  await connection();
  const { user, accountId } = await guardAccountPage((await params).accountId, "administrator");
  const query = await searchParams;
  const t = await getTranslations("ConnectInstagram");
  const configured = isInstagramConfigured(await getInstagramSettings());
  const error: ConnectErrorCode | null = isConnectError(query.error) ? query.error : configured ? null : "not_configured";
  const inboxId = query.inbox === undefined ? undefined : parseId(query.inbox);
  const inbox = inboxId ? await getInbox({ accountId, inboxId }) : null;
  if (query.inbox !== undefined && !inbox?.channel) notFound();
  const reauthorizing = inbox?.channel ? { inboxId: inbox.id, username: inbox.channel.username } : undefined;

  let body;
  if (error) {
    const attemptId = parseId(query.attempt ?? "");
    const attempt = attemptId ? await findConnectAttempt({ accountId, id: attemptId }) : null;
    const { APP_URL } = env();
    body = (
      <ConnectErrorScreen
        code={error}
        accountId={accountId}
        inboxId={reauthorizing?.inboxId}
        step={(attempt?.step as ConnectStep | null) ?? null}
        redirectUrl={`${APP_URL}${OAUTH_CALLBACK_PATH}`}
        appUrl={APP_URL}
        superAdmin={user.superAdmin}
        meta={
          user.superAdmin && attempt?.metaStatus != null
            ? { status: attempt.metaStatus, type: attempt.metaType, code: attempt.metaCode, message: attempt.metaMessage, fbtraceId: attempt.fbtraceId }
            : null
        }
      />
    );
  } else {
    body = (
      <ConnectIntro reauthorizing={reauthorizing}>
        <ContinueButton accountId={accountId} inboxId={reauthorizing?.inboxId} action={startInstagramConnectionAction} />
      </ConnectIntro>
    );
  }
  return (
    <>
      {reauthorizing ? (
        <PageHeader title={t("reauthorizeTitle", reauthorizing)} description={t("reauthorizeDescription")} />
      ) : (
        <PageHeader title={t("title")} description={t("description")} />
      )}
      <div className="max-w-2xl">{body}</div>
    </>
  );
}
