import type { TMailBlock } from '../mail-types.ts';

/** Flows that confirm by a code typed in the portal, by a link, or both. */
export type TCodeOrLink = { code: string; link?: string } | { code?: string; link: string };

export function codeOrLinkBlocks(
  params: TCodeOrLink,
  labels: { enterCode: string; openLink: string },
): TMailBlock[] {
  const blocks: TMailBlock[] = [];
  if (params.code !== undefined)
    blocks.push({ kind: 'text', text: labels.enterCode }, { kind: 'code', code: params.code });
  if (params.link !== undefined)
    blocks.push({ kind: 'link', label: labels.openLink, href: params.link });
  return blocks;
}
