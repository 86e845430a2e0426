"""Characters XML 1.0 forbids, which every XML file the build writes from input (feeds, workbooks) must leave out.

The validator refuses them in every field; each XML output drops or replaces them as well, so that no
input can make a file no reader parses (or a build that stops on the writer's own check).
"""

from __future__ import annotations

import re

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str, replacement: str = "") -> str:
    return NOT_XML.sub(replacement, text)
