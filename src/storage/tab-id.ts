/** Identifies this page load (tab), so that writes from other tabs can be told apart. */
export const TAB_ID: string =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `tab-${Date.now()}-${Math.random()}`;
