import type { Offer } from "../../dealModel";

/** An offer's tab: its vendor, or "Offer 2" while the vendor is empty. */
export function offerTabLabel(offer: Offer, index: number): string {
  return offer.vendor.trim() || `Offer ${index + 1}`;
}

/** "Offer 2 (OpenAI)": how messages name an offer; just "Offer 2" while its vendor is empty. */
export function offerLabel(offer: Offer, index: number): string {
  const vendor = offer.vendor.trim();
  return vendor === "" ? `Offer ${index + 1}` : `Offer ${index + 1} (${vendor})`;
}
