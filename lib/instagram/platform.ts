/** Facts about Meta's platform that the settings page, the connect flow and the webhooks share. */

/** Graph API versions still served by Meta (see instagram-platform.md §11), newest first. */
export const GRAPH_API_VERSIONS = ["v26.0", "v25.0", "v24.0", "v23.0", "v22.0", "v21.0"] as const;

/** Safe through 2027; v26.0 is offered but should be tried before switching to it. */
export const DEFAULT_GRAPH_API_VERSION = "v25.0";

/** Business Login scopes the connect flow asks for. */
export const INSTAGRAM_SCOPES = ["instagram_business_basic", "instagram_business_manage_messages"] as const;

/**
 * Webhook fields for the app's dashboard and for each account's `subscribed_apps`. The
 * optional ones add postbacks (icebreakers, buttons) and referrals (ig.me links, ads).
 */
export const WEBHOOK_FIELDS = [
  { name: "messages", required: true },
  { name: "messaging_seen", required: true },
  { name: "message_reactions", required: true },
  { name: "messaging_postbacks", required: false },
  { name: "messaging_referral", required: false },
] as const;

export const WEBHOOK_PATH = "/webhooks/instagram";
export const OAUTH_CALLBACK_PATH = "/instagram/callback";
