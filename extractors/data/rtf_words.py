"""RTF knowledge for extractors/load/rtf.py. Source: Microsoft's Rich Text Format
Specification 1.9.1 (2008): the sections named on each table."""
from __future__ import annotations

# \fcharsetN -> Python codec (spec: "Font table", \fcharset values).
CHARSET_CODEPAGE = {
    0: "cp1252", 1: "cp1252", 2: "latin-1", 77: "mac_roman", 128: "cp932", 129: "cp949",
    130: "johab", 134: "gbk", 136: "big5", 161: "cp1253", 162: "cp1254", 163: "cp1258",
    177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250",
    254: "cp437", 255: "cp850",
}
# Destinations whose text is not part of the document body (spec: "Destinations";
# headers and footers are the running headers the loader drops).
SKIPPED_DESTINATIONS = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "fldinst", "datafield",
    "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
    "footnote", "annotation", "listtable", "listoverridetable", "revtbl", "rsidtbl",
    "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "pnseclvl",
    "generator", "filetbl", "pgdsctbl", "shpinst", "nonshppict", "template", "userprops",
})
# Control symbols and words that stand for one character (spec: "Special characters").
CHARACTERS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "tab": "\t",
    "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "emspace": " ", "enspace": " ",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
    "~": "\u00a0", "_": "-", "\\": "\\", "{": "{", "}": "}",
}
