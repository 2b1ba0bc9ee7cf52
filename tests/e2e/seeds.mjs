// Reads the seed files, so end-to-end tests assert against the data itself, not copied strings.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

const root = new URL('../../seeds/', import.meta.url);
const read = (name) => parse(readFileSync(new URL(name, root), 'utf8'));

export const strands = read('strands.toml').strand;
export const events = read('events.toml').event;
export const topLevel = events.filter((e) => !e.parent);
export const places = read('places.toml').place;
export const figures = read('figures.toml').figure;
