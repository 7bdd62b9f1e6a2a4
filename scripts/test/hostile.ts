/** A readout full of things that must stay text: HTML, Marp directives, slide breaks, links, math. */
export const HOSTILE_READOUT = [
  'The <b>Hostile</b> Coalition’s ministers met in Paris on 1 May 2024. <script>alert("dateline")</script>',
  '“We will not be <img src=x onerror=alert(1)> hacked.” They said <iframe src="https://evil.example/frame"></iframe> and <style>section{display:none}</style>.',
  '<!-- _class: injected -->',
  '<!-- backgroundImage: url(https://evil.example/bg.png) -->',
  '---',
  '# not a heading',
  '- Audit *everything* [now](javascript:alert(1)): Partners raised $20 billion for audits and $5 billion for training; see ![x](https://evil.example/x.png) and [site](https://evil.example) or data:text/html,<script>alert(2)</script>.',
  '- Math $$x^2$$ and $y$: Inline $a+b$ stays money-like text, :smile: stays a shortcode and https://evil.example stays plain.',
  '- <script>alert(3)</script>: Body with <a href="javascript:alert(4)">a link</a> and &amp; entity and --> end of comment.',
  '---',
  'marp: false',
  'theme: evil',
  '---',
  'Outlook with <svg onload=alert(5)></svg> and `code` and <!-- paginate: false -->.',
].join('\n')

/** Literal strings that must appear as text in the outputs. */
export const HOSTILE_LITERALS = ['$20 billion for audits and $5 billion for training', '<script>alert(3)</script>', '*everything*', '$$x^2$$']
