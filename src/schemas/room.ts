/**
 * Optional rooms (`content/rooms/<id>.yaml`): a stage, a meeting room or, online, a channel.
 * Sessions name theirs in `room`. A single-room event needs none of this.
 */
import { z } from 'astro/zod';
import { expected, fileObject, localizedText, webUrl } from './fields.ts';

export const roomSchema = fileObject({
  /** The room's name per language, shown as a column heading and beside sessions. */
  label: localizedText,
  /** Position of its column in the programme (smaller first). */
  order: z.number({ error: expected('a number, e.g. 1') }).int(),
  /** Optional: the public address of the room's live stream, for online and hybrid events. */
  stream: webUrl.optional(),
});

export type RoomData = z.output<typeof roomSchema>;
