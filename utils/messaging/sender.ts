import { z } from 'zod';

/** Who sent a message or opened a port, as the browser reports it: the parts the checks read. */
export const Sender = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  tab: z
    .object({
      id: z.number().optional(),
      url: z.string().optional(),
      title: z.string().optional(),
      windowId: z.number().optional(),
    })
    .optional(),
});
export type Sender = z.output<typeof Sender>;

/** The sender the browser reported, or nobody when it says nothing that can be read. */
export function readSender(value: unknown): Sender {
  const parsed = Sender.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** Whether a message comes from one of this extension's own pages (not a content script). */
export function isExtensionPage(sender: unknown, extensionId: string, extensionOrigin: string): boolean {
  const { id, url } = readSender(sender);
  return id === extensionId && typeof url === 'string' && url.startsWith(extensionOrigin);
}
