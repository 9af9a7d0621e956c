import { en, type MessageKey } from "./en.ts";

/** Whether the interface has its own text for a key built from data (a condition or site id). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
