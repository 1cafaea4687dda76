/**
 * The cockpit's headline figures for the caller's scope root and the current quarter,
 * with the way into 驾驶舱: shown on the home page of those who read the cockpit.
 * Stub registered by the lead; H2 replaces it (same default export, no props).
 */
export default function CockpitSummary() {
  return null;
}
