/**
 * Posts a reply with a file to the replies route, reporting upload progress (fetch cannot).
 * Resolves with the route's JSON error in the shape of an action's; rejects only when the network fails.
 */
export type UploadOutcome = { ok: true } | { ok: false; code: string; fieldErrors?: Record<string, string> };

export function uploadReply(url: string, form: FormData, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100)));
    request.addEventListener("load", () => {
      if (request.status >= 200 && request.status < 300) return resolve({ ok: true });
      const error = (request.response as { error?: { code?: string; fields?: Record<string, string> } } | null)?.error;
      resolve({ ok: false, code: error?.code ?? "INTERNAL", fieldErrors: error?.fields });
    });
    request.addEventListener("error", () => reject(new Error("upload failed")));
    request.send(form);
  });
}
