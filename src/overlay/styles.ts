// The overlay's CSS, scoped by its Shadow DOM: the page cannot restyle it and it cannot
// restyle the page.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.spotlight { position: fixed; inset: 0; width: 100vw; height: 100vh; pointer-events: none; }
.spotlight path { fill: rgba(15, 23, 42, 0.42); }
.spotlight .ring { fill: none; stroke: #2f8cec; stroke-width: 3; }
.popover {
  position: fixed; top: 0; left: 0; width: max-content; max-width: min(360px, calc(100vw - 16px));
  pointer-events: auto; background: #ffffff; color: #172026; border-radius: 12px;
  box-shadow: 0 10px 30px rgba(0,0,0,.28); padding: 14px 16px 12px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.popover:focus { outline: 3px solid #2f8cec; outline-offset: 2px; }
.detached { top: 16px; right: 16px; left: auto; }
.meta { font-size: 12px; color: #52606d; margin: 0 0 2px; }
h2 { font-size: 16px; margin: 0 0 6px; font-weight: 700; }
p { margin: 0 0 8px; }
.warn { display: inline-block; background: #fff3cd; color: #6b4e00; border-radius: 6px; padding: 2px 8px; font-weight: 600; font-size: 12px; margin-bottom: 6px; }
.problem { background: #fdecea; color: #7a1c13; border-radius: 8px; padding: 8px 10px; margin: 6px 0; }
ol, ul { margin: 4px 0 8px; padding-left: 20px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; align-items: center; margin-top: 8px; }
.row .spacer { flex: 1; }
button {
  font: inherit; font-weight: 600; border-radius: 18px; padding: 6px 14px; cursor: pointer;
  border: 1px solid #2f8cec; background: #ffffff; color: #135fb0;
}
button.primary { background: #2f8cec; color: #ffffff; }
button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
button.close { position: absolute; top: 6px; right: 8px; border: 0; padding: 2px 8px; font-size: 18px; line-height: 1; color: #52606d; background: transparent; }
.status { font-size: 13px; color: #0f6b2f; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .popover { transition: transform 120ms ease-out, opacity 120ms; }
}
@media (prefers-color-scheme: dark) {
  .popover { background: #1e252b; color: #e8eef2; box-shadow: 0 10px 30px rgba(0,0,0,.6); }
  .meta, button.close { color: #a9b6c1; }
  button { background: #1e252b; color: #8cc4ff; border-color: #5aa7f5; }
  button.primary { background: #2f8cec; color: #fff; }
  .warn { background: #4d3b00; color: #ffe08a; }
  .problem { background: #4a1f1a; color: #ffd4ce; }
  .status { color: #7ddc9c; }
}
`;

/** The launcher's own CSS (always on, on order pages): a few rules, not the guide's. */
export const LAUNCHER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.launcher {
  position: fixed; right: 20px; bottom: 20px; pointer-events: auto; display: flex; gap: 4px; align-items: center;
  background: #2f8cec; color: #fff; border-radius: 24px; box-shadow: 0 6px 18px rgba(0,0,0,.25); padding: 4px;
  font: 14px/1.3 system-ui, sans-serif;
}
button {
  font: inherit; font-weight: 600; border-radius: 18px; cursor: pointer;
  border: 0; background: transparent; color: #fff; padding: 8px 12px;
}
button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
button.dismiss { font-size: 16px; padding: 6px 10px; }
`;
