/** How the side panel looks now (Bigger text, High contrast), so the bubble on the page looks the same. */
export interface GuideLook {
  largeText: boolean;
  highContrast: boolean;
}
