import { isHttpUrl } from '@/utils/url/http';

/**
 * A picture from the web (a page's image, a person's avatar): only over https (or from this
 * computer, for local pages), never sending the extension page as referrer, and decorative.
 */
export function RemoteImage(props: { src: string | undefined; class?: string }) {
  if (!props.src || !isSecureImage(props.src)) return null;
  return <img src={props.src} alt="" class={props.class} referrerpolicy="no-referrer" loading="lazy" />;
}

export function isSecureImage(src: string): boolean {
  if (!isHttpUrl(src)) return false;
  const { protocol, hostname } = new URL(src);
  return protocol === 'https:' || hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
