// Shared prop types of the kit, in one .ts file so screens can import them without a component.

/** Colour family of a Badge or Toast; the text must carry the meaning as well. */
export type Tone = 'good' | 'caution' | 'bad' | 'neutral' | 'info';

/** One entry of SideNav. `icon` is a short text glyph (e.g. an emoji), hidden from readers. */
export interface NavItem {
  id: string;
  label: string;
  icon?: string;
  badge?: string | number;
}

/** One tab of Tabs. */
export interface TabItem {
  id: string;
  label: string;
  badge?: string | number;
  disabled?: boolean;
}
