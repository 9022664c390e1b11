/**
 * A family of images built on each other, as fixtures: a three-level tree
 * with a diamond (an image with two parents), ARG defaults built from other
 * ARGs, COPY --from an image, and a multi-stage Dockerfile whose intermediate
 * stage comes from a matrix image.
 *
 *   foundation (2 legs) → base (2 legs) → minimal ─┐
 *                                      └→ tools ───┴→ lab (FROM minimal, COPY --from tools)
 *                                           └→ extra (its first stage FROM tools)
 *   standalone (FROM alpine)
 */
export const FAMILY_MATRIX = `include:
  - { backend: foundation, tag-suffix: -foundation, platform-tag: amd64, platforms: linux/amd64 }
  - { backend: foundation, tag-suffix: -foundation, platform-tag: arm64, platforms: linux/arm64 }
  - { backend: base, tag-suffix: -base, platform-tag: amd64, platforms: linux/amd64 }
  - { backend: base, tag-suffix: -base, platform-tag: arm64, platforms: linux/arm64 }
  - { backend: minimal, tag-suffix: -minimal }
  - { backend: tools, tag-suffix: -tools }
  - { backend: lab, tag-suffix: -lab }
  - { backend: extra, tag-suffix: -extra, dockerfile: images/extra/Dockerfile.multi }
  - { backend: standalone, tag-suffix: -standalone }
rules:
  sources:
    - paths: ["images/{backend}/**"]
  build:
    context: images/{backend}
    image: ghcr.io/acme/{backend}
`;

export const FAMILY_FILES: Record<string, string> = {
  'images/foundation/Dockerfile': 'FROM ubuntu:24.04\nRUN true\n',
  'images/base/Dockerfile':
    'ARG REGISTRY=ghcr.io\nARG OWNER=acme\nARG BASE_IMAGE=$REGISTRY/$OWNER/foundation\nFROM $BASE_IMAGE\nRUN true\n',
  'images/minimal/Dockerfile': 'FROM ghcr.io/acme/base:latest\n',
  'images/tools/Dockerfile':
    'FROM docker.io/library/debian AS x\nFROM ghcr.io/acme/base@sha256:0123\n',
  'images/lab/Dockerfile':
    'FROM ghcr.io/acme/minimal\nCOPY --from=ghcr.io/acme/tools /usr/bin/tool /usr/bin/tool\n',
  'images/extra/Dockerfile.multi':
    'FROM ghcr.io/acme/tools AS deps\nRUN make\nFROM ubuntu:24.04\nCOPY --from=deps /out /out\n',
  'images/standalone/Dockerfile': 'FROM alpine:3\n',
};
