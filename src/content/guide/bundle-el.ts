// The guide bundle in Greek (build.mjs: guide.el.js).
import { el } from '../../i18n/el';
import { installGuide } from './part';

installGuide('el', el);
