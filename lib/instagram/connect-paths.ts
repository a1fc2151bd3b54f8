/** The connect wizard (paths without locale prefix): a new inbox, or reauthorizing one. */
export const connectWizardPath = (accountId: number) => `/app/accounts/${accountId}/settings/inboxes/new/instagram`;

export const reauthorizePath = (accountId: number, inboxId: number) => `${connectWizardPath(accountId)}?inbox=${inboxId}`;
