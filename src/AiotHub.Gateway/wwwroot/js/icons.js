// An icon per kind of device: our own 24×24 line drawings (no third-party set, so nothing to license), built as SVG
// elements — the Content-Security-Policy forbids inline markup and styles, and the stroke follows the text colour.
const svgNs = 'http://www.w3.org/2000/svg';

// Each icon is a list of SVG path data strings (stroked, not filled).
const Paths = {
  light: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-3.6 10.8c.8.6 1.1 1.4 1.1 2.2h5c0-.8.4-1.6 1.1-2.2A6 6 0 0 0 12 3z'],
  climate: ['M3 5h18v8H3z', 'M6 10h12', 'M8 16l-1 3', 'M12 16v4', 'M16 16l1 3'],
  curtain: ['M3 3h18', 'M5 3v18', 'M19 3v18', 'M5 3c3 5 3 11 4 18', 'M19 3c-3 5-3 11-4 18'],
  tv: ['M3 5h18v12H3z', 'M8 21h8', 'M12 17v4'],
  box: ['M4 9h16v8H4z', 'M7 13h2', 'M15 13h2', 'M9 5l3 4 3-4'],
  speaker: ['M7 3h10v18H7z', 'M12 14m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M12 7v.01'],
  thermometer: ['M10 4a2 2 0 0 1 4 0v10.3a4 4 0 1 1-4 0z', 'M12 9v7'],
  door: ['M6 21V3h10v18', 'M4 21h14', 'M13 12h.01', 'M19 7v10'],
  motion: ['M13 4m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0', 'M9 21l2-6 3 3v3', 'M7 11l3-3h3l3 3 2 1', 'M11 15l1-5'],
  plug: ['M9 3v5', 'M15 3v5', 'M6 8h12v3a6 6 0 0 1-12 0z', 'M12 17v4'],
  vacuum: ['M12 12m-9 0a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M6 7h12'],
  switch: ['M6 3h12v18H6z', 'M12 3v18', 'M9 8v3', 'M15 13v3'],
  fan: ['M12 12m-1.5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0', 'M12 10.5C11 6 13 3 16 4s1 5-2.6 7', 'M13.5 12.5c4 2 5 5 3 7s-5-1-5.4-5', 'M10.6 12.6C7 15 4 15 3.5 12s3.5-4 7-1.5'],
  device: ['M4 6h16v12H4z', 'M8 10h8', 'M8 14h5'],
  search: ['M11 11m-7 0a7 7 0 1 0 14 0a7 7 0 1 0-14 0', 'M16 16l5 5'],
  chevron: ['M6 9l6 6 6-6'],
};

/** The icon's SVG element (decorative: hidden from screen readers, the text beside it says what it is). */
export function icon(name, className = 'icon') {
  const element = document.createElementNS(svgNs, 'svg');
  element.setAttribute('viewBox', '0 0 24 24');
  element.setAttribute('class', className);
  element.setAttribute('aria-hidden', 'true');
  element.setAttribute('focusable', 'false');
  for (const d of Paths[name] ?? Paths.device) {
    const path = document.createElementNS(svgNs, 'path');
    path.setAttribute('d', d);
    element.append(path);
  }
  return element;
}
