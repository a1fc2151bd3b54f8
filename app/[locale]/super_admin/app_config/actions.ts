"use server";

import { superAdminAction } from "@/lib/actions/authorized-action";
import { saveInstagramSettings } from "@/lib/settings/save-instagram-settings";
import { instagramSettingsSchema } from "@/lib/settings/schemas";

export const saveInstagramSettingsAction = superAdminAction(
  instagramSettingsSchema,
  saveInstagramSettings,
);
