import { render } from 'preact';

render(<h1>Signpost</h1>, document.getElementById('app')!);
