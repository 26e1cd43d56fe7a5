/** @module widget/panel/clipboard: copy the plan text; when the browser blocks it, show the text selected so Ctrl+C works. */
import type { Strings } from './i18n.ts';

/** Copies `text`, reporting in `status` (a role=status element); on refusal reveals and selects `fallback`. */
export function copyText(text: string, status: HTMLElement, fallback: HTMLTextAreaElement, t: Strings): void {
  const failed = () => {
    fallback.hidden = false;
    fallback.select();
    status.textContent = t.copyFailed;
  };
  if (!navigator.clipboard) return failed();
  navigator.clipboard.writeText(text).then(() => void (status.textContent = t.copied), failed);
}
