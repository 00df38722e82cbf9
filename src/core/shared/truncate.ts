/** `text` cut to at most `max` characters, ending with `…` when something was cut. */
export const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
