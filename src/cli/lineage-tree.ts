/** The lineage as a tree, for `validate --lineage`: each image under each of its parents. */
import { lineageDepth, type ImageName, type Lineage, type ParentLink } from '../core/lineage.js';

const nameOf = (n: ImageName | undefined): string =>
  n
    ? `${n.repository}${n.tag === undefined ? '' : `:${n.tag}`}`
    : '(no image: the template cannot be filled)';

const via = (l: ParentLink): string =>
  l.site
    ? `${l.site.instruction} ${l.site.reference} at ${l.site.file}:${l.site.line}`
    : `lineage unknown: ${l.unknown ?? ''}`;

export function renderLineage(lineage: Lineage): string {
  const depth = lineageDepth(lineage);
  const lines = [
    `Image lineage (rules.build.image ${lineage.template}): ${lineage.images.length} images, ${depth} stage(s) to build them all`,
  ];
  const printed = new Set<string>();
  const visit = (
    image: string,
    link: ParentLink | undefined,
    prefix: string,
    last: boolean,
    top: boolean,
  ): void => {
    const branch = top ? '' : last ? '└── ' : '├── ';
    const again = printed.has(image);
    const parents = lineage.parents.get(image) ?? [];
    const others = link ? parents.filter((p) => p.parent !== link.parent).map((p) => p.parent) : [];
    const also = others.length ? ` (also under ${others.join(', ')})` : '';
    const detail = link ? `  ← ${via(link)}` : '';
    lines.push(
      `${prefix}${branch}${image}  ${nameOf(lineage.names.get(image))}${detail}${also}${again ? ' (children above)' : ''}`,
    );
    if (again) return;
    printed.add(image);
    const children = lineage.children.get(image) ?? [];
    const inner = top ? '' : prefix + (last ? '    ' : '│   ');
    children.forEach((c, i) => {
      const l = (lineage.parents.get(c) ?? []).find((p) => p.parent === image);
      visit(c, l, inner, i === children.length - 1, false);
    });
  };
  for (const image of lineage.images) {
    if (!(lineage.parents.get(image) ?? []).length) visit(image, undefined, '', true, true);
  }
  // Images only reachable through a cycle have no root above them.
  for (const image of lineage.images)
    if (!printed.has(image)) visit(image, undefined, '', true, true);
  return `${lines.join('\n')}\n`;
}
