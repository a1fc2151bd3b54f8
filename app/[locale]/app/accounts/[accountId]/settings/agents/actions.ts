"use server";

import { accountAction } from "@/lib/actions/authorized-action";
import { addAgent } from "@/lib/agents/add-agent";
import { removeAgent } from "@/lib/agents/remove-agent";
import { addAgentSchema, removeAgentSchema } from "@/lib/agents/schemas";

export const addAgentAction = accountAction({ schema: addAgentSchema, role: "administrator" }, async (input) => {
  const user = await addAgent(input);
  return { name: user.name };
});

export const removeAgentAction = accountAction({ schema: removeAgentSchema, role: "administrator" }, (input) =>
  removeAgent(input),
);
