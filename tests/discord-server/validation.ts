import type { JsonObject } from './types.ts';

/** A Discord error response body (`{ code, message, errors? }`). */
export interface DiscordError {
  code: number;
  message: string;
  errors?: JsonObject;
}

type Path = Array<string | number>;

/** Collects errors in Discord's nested `{ field: { _errors: [...] } }` shape. */
class ErrorTree {
  readonly root: JsonObject = {};
  count = 0;

  add(path: Path, code: string, message: string): void {
    let node = this.root;
    for (const key of path) {
      const next = (node[String(key)] ??= {}) as JsonObject;
      node = next;
    }
    const list = (node['_errors'] ??= []) as JsonObject[];
    list.push({ code, message });
    this.count++;
  }

  maxLength(path: Path, value: unknown, max: number): void {
    if (typeof value === 'string' && [...value].length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  required(path: Path, value: unknown, max: number): void {
    if (typeof value !== 'string' || value.length === 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    else this.maxLength(path, value, max);
  }

  maxItems(path: Path, value: unknown, max: number): void {
    if (Array.isArray(value) && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  result(): DiscordError | null {
    return this.count === 0 ? null : { code: 50035, message: 'Invalid Form Body', errors: this.root };
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const IS_COMPONENTS_V2 = 1 << 15;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

function checkEmbeds(tree: ErrorTree, embeds: unknown): void {
  tree.maxItems(['embeds'], embeds, 10);
  let total = 0;
  objects(embeds).forEach((embed, i) => {
    const at = (...rest: Path): Path => ['embeds', i, ...rest];
    tree.maxLength(at('title'), embed['title'], 256);
    tree.maxLength(at('description'), embed['description'], 4096);
    tree.maxItems(at('fields'), embed['fields'], 25);
    const footer = isObject(embed['footer']) ? embed['footer'] : {};
    const author = isObject(embed['author']) ? embed['author'] : {};
    if (isObject(embed['footer'])) tree.required(at('footer', 'text'), footer['text'], 2048);
    if (isObject(embed['author'])) tree.required(at('author', 'name'), author['name'], 256);
    total += [embed['title'], embed['description'], footer['text'], author['name']].reduce<number>(
      (sum, part) => sum + [...text(part)].length,
      0,
    );
    objects(embed['fields']).forEach((field, j) => {
      tree.required(at('fields', j, 'name'), field['name'], 256);
      tree.required(at('fields', j, 'value'), field['value'], 1024);
      total += [...text(field['name'])].length + [...text(field['value'])].length;
    });
  });
  if (total > 6000) tree.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

function checkComponents(tree: ErrorTree, components: unknown, flags: number): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    tree.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if ((flags & IS_COMPONENTS_V2) !== 0) {
    tree.maxItems(['components'], components, 40);
    return;
  }
  tree.maxItems(['components'], components, 5);
  const seen = new Set<string>();
  objects(components).forEach((row, i) => {
    if (row['type'] !== 1) {
      tree.add(['components', i, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
      return;
    }
    const children = objects(row['components']);
    if (children.length === 0) tree.add(['components', i, 'components'], 'BASE_TYPE_MIN_LENGTH', 'Must be 1 or more in length.');
    tree.maxItems(['components', i, 'components'], row['components'], 5);
    children.forEach((child, j) => {
      const at = (...rest: Path): Path => ['components', i, 'components', j, ...rest];
      const customId = child['custom_id'];
      if (child['type'] === 2) {
        tree.maxLength(at('label'), child['label'], 80);
        if (child['style'] === 5) {
          if (typeof child['url'] !== 'string') tree.add(at('url'), 'BASE_TYPE_REQUIRED', 'This field is required');
          if (customId !== undefined) tree.add(at('custom_id'), 'BUTTON_COMPONENT_CUSTOM_ID_URL_PRESENT', 'A custom id and url cannot both be specified');
          return;
        }
        if (child['style'] === 6) return;
      } else if (SELECT_TYPES.has(Number(child['type']))) {
        if (children.length > 1) tree.add(at(), 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
        tree.maxLength(at('placeholder'), child['placeholder'], 150);
        tree.maxItems(at('options'), child['options'], 25);
        objects(child['options']).forEach((option, k) => {
          tree.required(at('options', k, 'label'), option['label'], 100);
          tree.required(at('options', k, 'value'), option['value'], 100);
          tree.maxLength(at('options', k, 'description'), option['description'], 100);
        });
      } else {
        tree.add(at('type'), 'UNION_TYPE_CHOICES', 'Component type is not valid in an action row.');
        return;
      }
      tree.required(at('custom_id'), customId, 100);
      if (typeof customId === 'string') {
        if (seen.has(customId)) tree.add(at('custom_id'), 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
        seen.add(customId);
      }
    });
  });
}

/**
 * Checks a message body (create, edit or callback data) against Discord's limits.
 * @param body - the parsed body
 * @param options - `files`: uploaded file count; `partial`: an edit, where nothing is required
 * @returns Discord's error, or null when Discord would accept it
 */
export function validateMessage(body: unknown, options: { files: number; partial: boolean }): DiscordError | null {
  if (!isObject(body)) {
    return options.partial ? null : { code: 50006, message: 'Cannot send an empty message' };
  }
  const tree = new ErrorTree();
  const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
  if (body['content'] !== undefined && body['content'] !== null && typeof body['content'] !== 'string') {
    tree.add(['content'], 'BASE_TYPE_STRING', 'Must be a string.');
  }
  tree.maxLength(['content'], body['content'], 2000);
  checkEmbeds(tree, body['embeds']);
  checkComponents(tree, body['components'], flags);
  const allowed = body['allowed_mentions'];
  if (isObject(allowed) && Array.isArray(allowed['parse'])) {
    allowed['parse'].forEach((kind, i) => {
      if (!['roles', 'users', 'everyone'].includes(String(kind))) {
        tree.add(['allowed_mentions', 'parse', i], 'BASE_TYPE_CHOICES', 'Value must be one of {"roles", "users", "everyone"}.');
      }
    });
  }
  const error = tree.result();
  if (error || options.partial) return error;
  return isEmptyMessage(body, options.files) ? { code: 50006, message: 'Cannot send an empty message' } : null;
}

/** True when a message (body or stored message) would show nothing. */
export function isEmptyMessage(message: JsonObject, files: number): boolean {
  const hasArray = (key: string): boolean => Array.isArray(message[key]) && (message[key] as unknown[]).length > 0;
  return (
    text(message['content']).trim() === '' &&
    !hasArray('embeds') &&
    !hasArray('components') &&
    !hasArray('sticker_ids') &&
    !isObject(message['poll']) &&
    files === 0 &&
    !hasArray('attachments')
  );
}

const CALLBACKS_BY_INTERACTION: Record<number, number[]> = {
  1: [1],
  2: [4, 5, 9, 12],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

/**
 * Checks an interaction callback body for an interaction of `interactionType`.
 * @returns Discord's error, or null when Discord would accept it
 */
export function validateCallback(body: unknown, interactionType: number, files: number): DiscordError | null {
  const tree = new ErrorTree();
  const callback = isObject(body) ? body : {};
  const type = Number(callback['type']);
  if (!(CALLBACKS_BY_INTERACTION[interactionType] ?? []).includes(type)) {
    tree.add(['type'], 'INTERACTION_CALLBACK_TYPE_INVALID', `Callback type ${String(callback['type'])} is invalid for interaction type ${interactionType}.`);
    return tree.result();
  }
  const data = callback['data'];
  if (type === 4 || type === 7) {
    const error = validateMessage(data, { files, partial: type === 7 });
    // Discord nests the message's errors under the callback's `data`.
    return error?.errors ? { ...error, errors: { data: error.errors } } : error;
  }
  if (type === 8) {
    const choices = isObject(data) ? data['choices'] : undefined;
    if (!Array.isArray(choices)) tree.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
    tree.maxItems(['data', 'choices'], choices, 25);
    objects(choices).forEach((choice, i) => {
      tree.required(['data', 'choices', i, 'name'], choice['name'], 100);
      if (typeof choice['value'] === 'string') tree.maxLength(['data', 'choices', i, 'value'], choice['value'], 100);
      else if (typeof choice['value'] !== 'number') tree.add(['data', 'choices', i, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
    });
  }
  if (type === 9) {
    const modal = isObject(data) ? data : {};
    tree.required(['data', 'title'], modal['title'], 45);
    tree.required(['data', 'custom_id'], modal['custom_id'], 100);
    const count = Array.isArray(modal['components']) ? modal['components'].length : 0;
    if (count < 1 || count > 5) tree.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  }
  return tree.result();
}

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/**
 * Checks a bulk-overwrite body of application commands like Discord's registration does.
 * @returns Discord's error, or null when Discord would accept it
 */
export function validateCommands(body: unknown): DiscordError | null {
  const tree = new ErrorTree();
  if (!Array.isArray(body)) {
    tree.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return tree.result();
  }
  const names = new Set<string>();
  objects(body).forEach((command, i) => {
    const type = Number(command['type'] ?? 1);
    const name = text(command['name']);
    if (type === 1 && (!NAME_PATTERN.test(name) || name !== name.toLowerCase())) {
      tree.add([i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
    } else tree.required([i, 'name'], command['name'], 32);
    if (names.has(`${type}:${name}`)) tree.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
    names.add(`${type}:${name}`);
    if (type === 1) tree.required([i, 'description'], command['description'], 100);
    tree.maxItems([i, 'options'], command['options'], 25);
    let optionalSeen = false;
    objects(command['options']).forEach((option, j) => {
      tree.required([i, 'options', j, 'name'], option['name'], 32);
      tree.required([i, 'options', j, 'description'], option['description'], 100);
      tree.maxItems([i, 'options', j, 'choices'], option['choices'], 25);
      if (option['required'] === true && optionalSeen) {
        tree.add([i, 'options', j, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
      }
      if (option['required'] !== true) optionalSeen = true;
    });
  });
  return tree.result();
}
