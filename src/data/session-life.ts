/**
 * What a session offers around its time: where to watch it live (its own stream, else its
 * room's), and what remains afterwards (recording, documents), as links for pages and data files.
 */
import { joinFile } from '../lib/urls.ts';
import type { Session, Site } from './site.ts';

/** The public stream of a session: its own, else its room's; none for a cancelled session. */
export function streamOf(site: Site, session: Session): string | undefined {
  if (session.data.status === 'cancelled') return undefined;
  return session.data.stream ?? site.rooms.find((room) => room.id === session.data.room)?.data.stream;
}

/** A document's address: its web address, or where the site publishes its file (src/pages/files/). */
export function resourcePath(resource: { url?: string | undefined; file?: string | undefined }): string {
  return resource.url ?? joinFile(import.meta.env.BASE_URL, resource.file!);
}
