import { render } from 'preact';
import { Print } from './Print';

const root = document.getElementById('app');
if (root) render(<Print />, root);
