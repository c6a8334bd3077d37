"""XmlWriter writes what ElementTree's indent + tostring wrote (the exports relied on it)."""

import xml.etree.ElementTree as ET

from kg.export._xml import XmlWriter

HOSTILE = 'a & b < c > d "q" \'s\' \r\n\t «بوتين» </script>'

# (tag, attributes, text, children)
TREE = ("graphml", {"xmlns": "urn:x", "xsi:schemaLocation": HOSTILE}, "", [
    ("key", {"id": "label", "for": "node"}, "", []),
    ("graph", {"id": "G"}, "", [
        ("node", {"id": HOSTILE}, "", [("data", {"key": "label"}, HOSTILE, []), ("data", {"key": "n"}, "3", [])]),
        ("node", {"id": "empty"}, "", []),
        ("edges", {}, "", [("edge", {"source": "a", "target": "b"}, "", [("attvalues", {}, "", [])])]),
    ]),
])


def _with_elementtree(spec, parent=None):
    tag, attrs, text, children = spec
    el = ET.Element(tag, attrs) if parent is None else ET.SubElement(parent, tag, attrs)
    el.text = text or None
    for child in children:
        _with_elementtree(child, el)
    return el


def _with_writer(spec, xml):
    tag, attrs, text, children = spec
    if text:
        xml.leaf(tag, attrs, text)
        return
    xml.open(tag, attrs)
    for child in children:
        _with_writer(child, xml)
    xml.close()


def test_same_text_as_elementtree():
    root = _with_elementtree(TREE)
    ET.indent(root, space="  ")
    xml = XmlWriter()
    _with_writer(TREE, xml)
    assert xml.text() == ET.tostring(root, encoding="unicode")
