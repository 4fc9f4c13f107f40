/** The connect pages' markup: plain HTML forms, every value escaped, no script. */

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)} · Switchboard</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.4rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; border: 1px solid #aab; border-radius: 4px; }
  small { color: #556; display: block; }
  button, .button { margin-top: 1.5rem; padding: .6rem 1.2rem; font: inherit; background: #1f5fd6; color: #fff; border: 0; border-radius: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
  .error { background: #fde8e8; border: 1px solid #e0a0a0; padding: .75rem; border-radius: 4px; }
  .ok { background: #e6f6ea; border: 1px solid #98cfa5; padding: .75rem; border-radius: 4px; }
  fieldset { border: 1px solid #ccd; border-radius: 6px; margin-top: 1.5rem; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
