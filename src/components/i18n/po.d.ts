/**
 * A part of a PO catalogue (message-areas.ts), compiled to a module of messages by scripts/catalogue-areas.ts
 * (lingui.config.ts).
 */
declare module '*.po?area=main' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
declare module '*.po?area=designer' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
declare module '*.po?area=overview' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
declare module '*.po?area=move' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
declare module '*.po?area=agree' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
declare module '*.po?area=bin' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
declare module '*.po?area=history' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
