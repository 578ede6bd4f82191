// The guide bundle in English (build.mjs: guide.en.js).
import { en } from '../../i18n/en';
import { installGuide } from './part';

installGuide('en', en);
