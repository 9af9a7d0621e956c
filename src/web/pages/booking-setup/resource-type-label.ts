import { isMessageKey } from "../../i18n/has-message.ts";
import type { Translate } from "../../i18n/i18n.tsx";

/** A kind of device in words: the interface's name for a known one, the clinic's own id otherwise. */
export function deviceKindLabel(deviceKind: string, t: Translate): string {
  const key = `setup.deviceKind.${deviceKind}`;
  return isMessageKey(key) ? t(key) : deviceKind;
}

/** "Room", "Device: cryolipolysis apparatus". */
export function resourceTypeLabel(type: string, t: Translate): string {
  if (type.startsWith("device:")) {
    return t("setup.deviceType", { device: deviceKindLabel(type.slice("device:".length), t) });
  }
  const key = `resource.${type}`;
  return isMessageKey(key) ? t(key) : type;
}
