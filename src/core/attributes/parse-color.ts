// Colours as files write them, read into one form ('#rrggbb'), or undefined when unreadable (the caller then
// falls back to a palette). Rules (also in src/core/io/FORMATS.md): #rgb and #rrggbb (case-insensitive; the
// alpha of #rgba/#rrggbbaa is dropped), rgb()/rgba() with 0–255 numbers or percentages (clamped into range),
// and CSS's 17 basic colour names plus orange; anything else (hsl(), other names, empty, numbers) is unreadable.

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  white: '#ffffff',
  maroon: '#800000',
  red: '#ff0000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  green: '#008000',
  lime: '#00ff00',
  olive: '#808000',
  yellow: '#ffff00',
  navy: '#000080',
  blue: '#0000ff',
  teal: '#008080',
  aqua: '#00ffff',
  orange: '#ffa500',
};

const hex2 = (value: number) =>
  Math.round(Math.min(255, Math.max(0, value)))
    .toString(16)
    .padStart(2, '0');

export function parseColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (Object.hasOwn(NAMED, text)) return NAMED[text];
  let match = /^#([0-9a-f]{3})([0-9a-f])?$/.exec(text);
  if (match) return `#${[...match[1]].map((digit) => digit + digit).join('')}`;
  match = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(text);
  if (match) return `#${match[1]}`;
  match = /^rgba?\(\s*([^,\s]+)\s*,\s*([^,\s]+)\s*,\s*([^,\s)]+)\s*(?:,\s*[^,\s)]+\s*)?\)$/.exec(text);
  if (!match) return undefined;
  const channels = match.slice(1, 4).map((part) => {
    const percent = part.endsWith('%');
    const number = Number(percent ? part.slice(0, -1) : part);
    return Number.isFinite(number) ? (percent ? (number / 100) * 255 : number) : Number.NaN;
  });
  if (channels.some(Number.isNaN)) return undefined;
  return `#${channels.map(hex2).join('')}`;
}
