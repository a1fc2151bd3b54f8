export function securityHeaders(appUrl: string): [string, string][];
