"""XMP metadata written by reportlab itself, in step with the document information.

A PDF's properties live twice: in the document information dictionary reportlab
writes, and in an XMP packet (the catalog's /Metadata stream) that PDF/A requires and
current readers prefer. pikepdf used to reopen and rewrite every file to add the
packet; importing it and saving again cost a warm build about a twentieth of its time.
Now the packet is a stream of reportlab's own document, made when the file is written
from the very values the information dictionary holds (title, author, subject,
keywords, creator, producer, the two dates) plus the language, and the dictionary
drops /Trapped (reportlab's "not trapped" has no XMP twin). pikepdf is imported only
to make a file PDF/A-2b (`pdf_archive`).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfdoc import XMP, PDFDate, PDFDictionary, PDFInfo, PDFString

_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}


class _Info(PDFInfo):
    """reportlab's information dictionary without /Trapped."""

    def format(self, document: Any) -> bytes:
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)  # noqa: SLF001
        fields = {"Title": self.title, "Author": self.author, "Producer": self.producer,
                  "Creator": self.creator, "Subject": self.subject, "Keywords": self.keywords}
        entries: dict[str, Any] = {k: PDFString(v) for k, v in fields.items()}
        out: bytes = PDFDictionary({**entries, "CreationDate": date, "ModDate": date}).format(document)
        return out


def add_xmp(pdf_doc: Any, language: str) -> None:
    """Give reportlab's document (`canvas._doc`) an XMP packet and drop /Trapped."""
    pdf_doc.info.__class__ = _Info
    pdf_doc.Catalog.Metadata = XMP(creator=lambda doc: packet(doc.info, doc._timeStamp, language))  # noqa: SLF001


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _prop(name: str, value: str, container: str | None = None) -> str:
    prefix = name.split(":")[0]
    if container == "Alt":
        value = f'<rdf:Alt><rdf:li xml:lang="x-default">{_esc(value)}</rdf:li></rdf:Alt>'
    elif container:
        value = f"<rdf:{container}><rdf:li>{_esc(value)}</rdf:li></rdf:{container}>"
    else:
        value = _esc(value)
    return f'<{name} xmlns:{prefix}="{_NS[prefix]}">{value}</{name}>'


def packet(info: Any, stamp: Any, language: str) -> bytes:
    """The XMP packet for reportlab's information `info` and time stamp `stamp`."""
    when = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}".format(*stamp.YMDhms)
    when += f"{stamp.dhh:+03d}:{stamp.dmm:02d}"
    props = [
        _prop("dc:creator", info.author, "Seq") if info.author else "",
        _prop("dc:description", info.subject, "Alt") if info.subject else "",
        _prop("dc:title", info.title, "Alt") if info.title else "",
        _prop("pdf:Keywords", info.keywords) if info.keywords else "",
        _prop("pdf:Producer", info.producer) if info.producer else "",
        _prop("xmp:CreateDate", when),
        _prop("xmp:CreatorTool", info.creator) if info.creator else "",
        _prop("xmp:ModifyDate", when),
        _prop("dc:language", language, "Bag"),
    ]
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="memogen">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        f' <rdf:Description rdf:about="">{"".join(props)}</rdf:Description></rdf:RDF>\n'
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>\n'
    ).encode()
