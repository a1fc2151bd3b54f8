"use server";

import { accountAction } from "@/lib/actions/authorized-action";
import { setInboxMembers, setInboxMembersSchema } from "@/lib/inboxes/set-inbox-members";
import { setInboxOptions, setInboxOptionsSchema } from "@/lib/inboxes/set-inbox-options";
import { startInboxRemoval, startInboxRemovalSchema } from "@/lib/inboxes/start-inbox-removal";

export const setInboxMembersAction = accountAction({ schema: setInboxMembersSchema, role: "administrator" }, setInboxMembers);

export const setInboxOptionsAction = accountAction({ schema: setInboxOptionsSchema, role: "administrator" }, setInboxOptions);

export const removeInboxAction = accountAction({ schema: startInboxRemovalSchema, role: "administrator" }, startInboxRemoval);
