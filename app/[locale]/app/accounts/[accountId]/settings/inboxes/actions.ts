"use server";

import { accountAction } from "@/lib/actions/authorized-action";
import { setInboxMembers, setInboxMembersSchema } from "@/lib/inboxes/set-inbox-members";

export const setInboxMembersAction = accountAction({ schema: setInboxMembersSchema, role: "administrator" }, setInboxMembers);
