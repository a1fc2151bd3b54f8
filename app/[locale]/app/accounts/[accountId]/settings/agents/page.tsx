import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AddAgentForm } from "@/components/agents/add-agent-form";
import { AgentList } from "@/components/agents/agent-list";
import { addAgentAction, removeAgentAction } from "./actions";
import { PageHeader } from "@/components/ui/page-header";
import { listAgents } from "@/lib/agents/list-agents";
import { guardAccountPage } from "@/lib/auth/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Agents"))("title") };
}

export default async function AgentsPage({ params }: { params: Promise<{ accountId: string }> }) {
  await connection();
  const { user, accountId } = await guardAccountPage((await params).accountId, "administrator");
  const [agents, t] = await Promise.all([listAgents({ accountId }), getTranslations("Agents")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <AgentList accountId={accountId} agents={agents} currentUserId={user.id} removeAction={removeAgentAction} />
        <AddAgentForm accountId={accountId} action={addAgentAction} />
      </div>
    </>
  );
}
