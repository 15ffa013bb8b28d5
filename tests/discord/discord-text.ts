/** Every string in a JSON value, for checks that apply to all of a reply's text. */
export const stringsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
};

/** Anything in text that Discord would turn into a ping. */
export const PING = /@everyone|@here|<@[!&]?\d+>/i;
