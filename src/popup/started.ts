// Imported first by the popup: marks when its script starts running, so that `npm run bench`
// can tell the browser's part of opening the popup from the extension's.
performance.mark('wsg-script-start');
