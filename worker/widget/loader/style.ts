/**
 * @module widget/loader/style: the launcher and frame styles, adopted into our shadow root as a
 * constructed stylesheet (no <style> element, no style attributes: works under a strict host CSP).
 */
export const CSS = `
:host{all:initial!important;display:contents!important}
.inline{display:block;height:100%}
.root{font:600 16px/1.25 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#fff}
.launcher{all:initial;box-sizing:border-box;position:fixed;bottom:20px;right:20px;z-index:2147483000;display:flex;align-items:center;gap:8px;min-height:48px;min-width:48px;padding:0 18px;border-radius:24px;background:var(--scra-accent);color:#fff;font:inherit;cursor:pointer;box-shadow:0 2px 10px rgba(0,0,0,.3)}
.left .launcher{right:auto;left:20px}
.launcher:focus-visible{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.launcher svg{width:22px;height:22px;fill:currentColor;flex:none}
.frame{all:initial;box-sizing:border-box;display:none;position:fixed;bottom:80px;right:20px;z-index:2147483001;width:400px;max-width:calc(100vw - 40px);height:min(640px,calc(100vh - 100px));border:1px solid #767676;border-radius:12px;background:#fff;box-shadow:0 4px 24px rgba(0,0,0,.3)}
.left .frame{right:auto;left:20px}
.open .frame{display:block}
.inline .frame{display:block;position:static;width:100%;max-width:none;height:100%;min-height:480px;box-shadow:none}
@media (max-width:600px){.open .frame{inset:0;width:100%;max-width:none;height:100%;border:0;border-radius:0}.open .launcher{display:none}}
@media (prefers-reduced-motion:no-preference){.open .frame{animation:scra-in .15s ease-out}}
@keyframes scra-in{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}
`;
