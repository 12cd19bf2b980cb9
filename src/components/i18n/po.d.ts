/** A PO catalogue, compiled to a module of messages by @lingui/vite-plugin (lingui.config.ts). */
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
