import { useI18n } from "./i18n.tsx";
import { formatMoney, formatNumber, formatQuantity, type Quantity } from "./quantities.ts";

/** Number, quantity and money formatters bound to the interface language. */
export function useFormat() {
  const { language, t } = useI18n();
  return {
    number: (value: number) => formatNumber(language, value),
    quantity: (quantity: Quantity) => formatQuantity(language, t, quantity),
    money: (amount: number, currency: string) => formatMoney(language, amount, currency),
  };
}
