// The toolbar popup's entry: render the App into the page.
import '../../components/popup/popup.css';
import { render } from 'preact';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
