"use client";

import { useEffect } from "react";

/**
 * Instagram appends `#_` to its redirect, and browsers carry a fragment across our own
 * redirect from /instagram/callback: drop it from the address bar.
 */
export function StripMetaFragment() {
  useEffect(() => {
    if (window.location.hash === "#_") window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  }, []);
  return null;
}
