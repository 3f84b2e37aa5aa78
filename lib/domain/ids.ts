// Record ids are uuids. An id from a URL or a form is checked before it reaches the database, which would refuse a
// malformed one with an error instead of "not found".

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);
