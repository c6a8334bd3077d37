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


def test_element_and_block_write_what_open_written_close_write():
    # element() writes a node or edge in one call, block() a child element holding lines:
    # the text must be what open / written / close (and leaf) give, empty elements included
    def by_calls(xml):
        xml.open("graph", {"id": HOSTILE})
        xml.open("node", {"id": HOSTILE, "n": "1"})
        xml.written(['<data key="a">x</data>', '<data key="b">y</data>'])
        xml.close()
        xml.open("node", {"id": "empty"})
        xml.close()
        xml.open("node", {"id": "nested"})
        xml.open("attvalues", {})
        xml.written(['<attvalue for="a" value="1" />'])
        xml.close()
        xml.leaf("viz:size", {"value": "2.0"})
        xml.close()
        xml.close()

    def by_elements(xml):
        xml.open("graph", {"id": HOSTILE})
        xml.element("node", {"id": HOSTILE, "n": "1"}, ['<data key="a">x</data>', '<data key="b">y</data>'])
        xml.element("node", {"id": "empty"}, [])
        xml.element("node", {"id": "nested"}, [xml.block("attvalues", ['<attvalue for="a" value="1" />']),
                                               '<viz:size value="2.0" />'])
        xml.close()

    old, new = XmlWriter(), XmlWriter()
    by_calls(old)
    by_elements(new)
    assert new.text() == old.text()
    assert '<node id="empty" />' in new.text()


def test_column_types_as_the_values_say():
    from kg.export._scalar import column_types, value_type

    rows = [{"n": 1, "f": 1, "s": "a", "b": True, "mix": True}, {"n": 2, "f": 2.5, "b": False, "mix": 3}, {}]
    assert column_types(rows) == {"b": "bool", "f": "float", "mix": "str", "n": "int", "s": "str"}
    assert column_types([]) == {}
    assert value_type([]) == "str" and value_type([1, 2.0]) == "float"
