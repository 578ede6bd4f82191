// Placeholder: the guide engine's test entry is written by the engine's author. Contract
// (see tests/corpus/README.md): bundled by esbuild (iife) and evaluated in an isolated world of
// a page, it defines `window.__wsgCorpus.start({ problem, route, lang, nameHint?, orderNumber?,
// stepId? })`, which starts the real guide engine on that document and marks each target with
// data-wsg-step exactly as the extension does.
throw new Error('engine entry not written yet');
