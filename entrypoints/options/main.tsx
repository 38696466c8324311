// The options page's entry: render the App into the page.
import '../../components/options/options.css';
import { render } from 'preact';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
