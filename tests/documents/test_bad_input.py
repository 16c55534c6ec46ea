"""Bad files via the facade and the CLI: one clear line each, index untouched, batch goes on."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.errors import IngestError, OcrRequiredError
from assistant.service import build_assistant
from assistant.settings import Settings
from tests.builders import ENGLISH_CONTRACT, FONT, FRENCH_CONTRACT, make_pdf
from tests.conftest import MINI_CORPUS

SCRIPT = Path(sys.executable).parent / "contract-assistant"
SCANNED_LINES = ["Article 9 – Réversibilité", "",
                 "À la fin du contrat, le Prestataire restitue",
                 "les données du Client dans un délai de",
                 "trente jours, dans un format ouvert."]


# -- builders of bad files ----------------------------------------------------------------------
def _french_bytes(tmp: Path) -> bytes:
    return make_pdf(tmp / "source.pdf", FRENCH_CONTRACT).read_bytes()


def _truncated(tmp: Path) -> bytes:
    data = _french_bytes(tmp)
    return data[:len(data) * 6 // 10]  # an interrupted download


def _damaged_page(tmp: Path) -> bytes:
    """The compressed text of page 2 overwritten in the middle, the rest of the file intact."""
    from pypdf import PdfReader

    data = _french_bytes(tmp)
    contents = PdfReader(io.BytesIO(data)).pages[1].get("/Contents").indirect_reference
    start = data.index(b"stream\n", data.index(f"\n{contents.idnum} 0 obj".encode())) + 7
    return data[:start + 20] + b"\x00garbage\xff" * 8 + data[start + 20 + 80:]


def _encrypted(tmp: Path, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_french_bytes(tmp))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret",
                   algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in members.items():
            package.writestr(name, text)
    return out.getvalue()


def _spreadsheet(tmp: Path) -> bytes:
    """An OOXML package of the wrong kind (a workbook) renamed .docx."""
    return _zip({
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
        'main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": "<workbook/>",
    })


def _scan_page_png(lines: list[str]) -> bytes:
    """A page image with French text drawn in DejaVu, as a 300 dpi scanner would produce."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 120 + 80 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 46)
    for i, line in enumerate(lines):
        draw.text((100, 80 + 80 * i), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _image_pdf(text_pages: list[list[str]], scanned: list[str]) -> bytes:
    """Text pages (real text layer) followed by one page that is only an image of text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    for paragraphs in text_pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.image(io.BytesIO(_scan_page_png(scanned)), x=10, y=10, w=190)
    return bytes(pdf.output())


def _word_document() -> dict[str, bytes]:
    """The parts of a real one-paragraph DOCX made by python-docx, by part name."""
    import docx

    document = docx.Document()
    document.add_paragraph("Article 1 – Objet. Le Prestataire assure l'infogérance du Client.")
    out = io.BytesIO()
    document.save(out)
    with zipfile.ZipFile(out) as package:
        return {name: package.read(name) for name in package.namelist()}


def _repackaged(replace: dict[str, bytes | None]) -> bytes:
    """A real DOCX with some parts replaced (None = left out)."""
    parts = {**_word_document(), **replace}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            if data is not None:
                package.writestr(name, data)
    return out.getvalue()


def _zip_bomb(tmp: Path) -> bytes:
    """A small DOCX whose document.xml inflates to 200 MB and whose content types are empty."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w") as member:
            member.write(b"<w:document><!--")
            block = b" " * (1024 * 1024)
            for _ in range(200):
                member.write(block)
            member.write(b"--></w:document>")
    return out.getvalue()


def _xml_bomb(tmp: Path) -> bytes:
    """document.xml declaring nested entities ("billion laughs"): tiny, explosive if expanded."""
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e0 "ha">{entities}]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>')
    return _repackaged({"word/document.xml": xml.encode()})


BAD_FILES: list[tuple[str, Callable[[Path], bytes], str]] = [
    ("truncated.pdf", _truncated, "the PDF is damaged or truncated and cannot be read"),
    ("damaged.pdf", _damaged_page, "the PDF is damaged (page 2 cannot be read reliably)"),
    ("locked.pdf", lambda tmp: _encrypted(tmp, "user-secret"), "the PDF is password-protected"),
    ("empty.pdf", lambda tmp: b"", "the file is empty"),
    ("invoice.pdf", lambda tmp: b"<html><body>Session expired</body></html>",
     "not a PDF file"),
    ("contract.docx", _french_bytes, "not a DOCX file"),
    ("figures.docx", _spreadsheet, "the DOCX is damaged or is not a Word document"),
    ("types.docx", lambda tmp: _repackaged({"[Content_Types].xml": b"<Types/>"}),
     "the DOCX is damaged or is not a Word document (its content types name no Word document)"),
    ("no-body.docx", lambda tmp: _repackaged({"word/document.xml": None}),
     "the DOCX is damaged or is not a Word document"),
    ("no-rels.docx", lambda tmp: _repackaged({"_rels/.rels": None}),
     "the DOCX is damaged or is not a Word document (required parts are missing)"),
    ("zip-bomb.docx", _zip_bomb, "the DOCX looks like a zip bomb (word/document.xml expands"),
    ("xml-bomb.docx", _xml_bomb,
     "the DOCX is damaged or is not a Word document (word/document.xml declares XML entities)"),
]


@pytest.fixture
def indexed(assistant, english_pdf: Path):
    """An assistant with one good document already indexed, to prove bad files change nothing."""
    kept = assistant.index_file(english_pdf)
    return assistant, kept


def _assert_untouched(assistant, kept) -> None:
    assert assistant.documents() == [kept]
    assert len(assistant.chunks(kept.doc_id)) == kept.chunks
    assert assistant._store._chunks.count() == kept.chunks  # no orphan passages
    files = sorted(p.name for p in (assistant.settings.data_dir / "files").iterdir())
    assert files == [f"{kept.doc_id}.pdf"]


@pytest.mark.parametrize(("name", "build", "message"), BAD_FILES,
                         ids=[name for name, _, _ in BAD_FILES])
def test_bad_file_is_refused_with_one_line_and_the_index_is_untouched(
        indexed, tmp_path: Path, name: str, build, message: str) -> None:
    assistant, kept = indexed
    with pytest.raises(IngestError) as caught:
        assistant.index_bytes(build(tmp_path), name)
    text = str(caught.value)
    assert text.startswith(f"{name}: ") and message in text and "\n" not in text
    _assert_untouched(assistant, kept)


def test_encrypted_pdf_with_an_empty_user_password_is_indexed(assistant, tmp_path: Path) -> None:
    info = assistant.index_bytes(_encrypted(tmp_path, ""), "opened.pdf")
    assert (info.pages, info.language) == (3, "fr")
    hits = assistant.search("restitution des données réversibilité", k=1)
    assert hits[0].chunk.section == "Article 4 – Réversibilité"


def test_javascript_and_attachments_are_ignored(assistant, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.actions import JavaScript

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_french_bytes(tmp_path))))
    writer.add_open_action(JavaScript("app.alert('Clause de confidentialité supprimée');"))
    writer.add_attachment("annexe-cachee.txt", "Article 99 – Pénalités illimitées".encode())
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    assert list(PdfReader(io.BytesIO(data)).attachments) == ["annexe-cachee.txt"]
    assert b"/JavaScript" in data

    info = assistant.index_bytes(data, "with-extras.pdf")
    chunks = assistant.chunks(info.doc_id)
    text = "\n".join(c.text for c in chunks)
    assert info.pages == 3
    assert "Article 4 – Réversibilité" in [c.section for c in chunks]
    assert "Pénalités illimitées" not in text and "app.alert" not in text


def test_pdf_over_the_page_limit_is_refused(settings: Settings, french_pdf: Path) -> None:
    limited = build_assistant(settings.model_copy(update={"max_pages": 2}))
    with pytest.raises(IngestError, match=r"^contrat-fr\.pdf: 3 pages, over the 2-page limit$"):
        limited.index_file(french_pdf)
    assert limited.documents() == []


def test_file_over_the_size_limit_is_refused_before_it_is_read(settings: Settings,
                                                               tmp_path: Path) -> None:
    """A 64 MB file against a 1 MB limit: refused from its size, never loaded in memory."""
    limited = build_assistant(settings.model_copy(update={"max_file_mb": 1.0}))
    huge = tmp_path / "archive.pdf"
    with huge.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    tracemalloc.start()
    try:
        with pytest.raises(IngestError, match=r"^archive\.pdf: the file is 64\.0 MB, over the "
                                              r"1 MB limit$"):
            limited.index_file(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    assert limited.documents() == []


def test_docx_that_unzips_past_the_size_limit_is_refused(settings: Settings) -> None:
    """Parts that compress normally (no zip-bomb ratio) but add up to more than allowed."""
    limited = build_assistant(settings.model_copy(update={"max_file_mb": 1.0}))
    coin = "".join("ab"[byte & 1] for byte in os.urandom(5_400_000))  # ~8x compression
    large = _zip({"word/document.xml": "<!--" + coin + "-->"})
    with pytest.raises(IngestError, match=r"^large\.docx: the DOCX unzips to 5 MB, over the "
                                          r"4 MB limit$"):
        limited.index_bytes(large, "large.docx")


def test_the_zip_bomb_is_refused_from_declared_sizes_without_inflating_it(tmp_path: Path) -> None:
    from assistant.documents.docx_package import check_docx_package

    bomb = _zip_bomb(tmp_path)
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(IngestError, match="zip bomb"):
            check_docx_package(bomb, "bomb.docx", max_expanded_mb=400)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_a_real_docx_passes_the_package_checks(tmp_path: Path) -> None:
    from assistant.documents.reading import read_bytes

    parsed = read_bytes(_repackaged({}), "ok.docx")
    assert "infogérance du Client" in parsed.pages[0].text


def test_cli_refuses_each_malformed_docx_with_one_line_and_exit_2(tmp_path: Path,
                                                                  english_pdf: Path) -> None:
    """The issue's traceback: every malformed DOCX is one stderr line; the index is untouched."""
    folder = tmp_path / "docx"
    folder.mkdir()
    (folder / "bomb.docx").write_bytes(_zip_bomb(tmp_path))
    (folder / "laughs.docx").write_bytes(_xml_bomb(tmp_path))
    (folder / "types.docx").write_bytes(_repackaged({"[Content_Types].xml": b"<Types/>"}))
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(tmp_path / "store"),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}
    first = subprocess.run([str(SCRIPT), "index", str(english_pdf)], capture_output=True,
                           text=True, env=env, timeout=600)
    assert first.returncode == 0, first.stderr

    for bad in sorted(folder.iterdir()):
        run = subprocess.run([str(SCRIPT), "index", str(bad)], capture_output=True, text=True,
                             env=env, timeout=600)
        assert run.returncode == 2, run.stderr
        assert run.stderr.startswith(f"error: {bad.name}: the DOCX "), run.stderr
        assert len(run.stderr.strip().splitlines()) == 1, run.stderr
        assert "Traceback" not in run.stderr

    listed = subprocess.run([str(SCRIPT), "documents", "--format", "json"], capture_output=True,
                            text=True, env=env, timeout=600)
    assert [d["name"] for d in json.loads(listed.stdout)] == [english_pdf.name]


def test_scanned_french_pdf_is_read_by_ocr(assistant) -> None:
    data = _image_pdf([], SCANNED_LINES)
    info = assistant.index_bytes(data, "scan.pdf")
    text = " ".join(f"{c.section} {c.text}" for c in assistant.chunks(info.doc_id))
    assert info.language == "fr"
    for words in ("Réversibilité", "restitue", "données du Client", "trente jours"):
        assert words in text


def test_scanned_page_inside_a_text_pdf_is_read_by_ocr(assistant) -> None:
    """One scanned page among text pages is not dropped because most pages have text."""
    data = _image_pdf(FRENCH_CONTRACT, SCANNED_LINES)
    info = assistant.index_bytes(data, "signed-annex.pdf")
    last_page = [c.text for c in assistant.chunks(info.doc_id) if c.page_end == 4]
    assert info.pages == 4
    assert "trente jours" in " ".join(last_page)


def test_scan_without_tesseract_says_ocr_is_needed(indexed, monkeypatch,
                                                   tmp_path: Path) -> None:
    assistant, kept = indexed
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where tesseract is not installed
    with pytest.raises(OcrRequiredError) as caught:
        assistant.index_bytes(_image_pdf([], SCANNED_LINES), "scan.pdf")
    assert str(caught.value) == ("scan.pdf: the PDF has no text layer (scanned); OCR is needed "
                                 "- install tesseract-ocr and tesseract-ocr-fra")
    with pytest.raises(OcrRequiredError, match=r"^annex\.pdf: page\(s\) 4 have no text layer"):
        assistant.index_bytes(_image_pdf(FRENCH_CONTRACT, SCANNED_LINES), "annex.pdf")
    _assert_untouched(assistant, kept)


def test_cli_batch_reports_each_bad_file_on_one_line_and_indexes_the_good_ones(
        tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    make_pdf(folder / "a-contrat.pdf", FRENCH_CONTRACT)
    make_pdf(folder / "z-agreement.pdf", ENGLISH_CONTRACT)
    (folder / "b-truncated.pdf").write_bytes(_truncated(tmp_path))
    (folder / "c-damaged.pdf").write_bytes(_damaged_page(tmp_path))
    (folder / "d-locked.pdf").write_bytes(_encrypted(tmp_path, "user-secret"))
    (folder / "e-empty.pdf").write_bytes(b"")
    (folder / "f-word.docx").write_bytes(b"PK not really a zip")
    data_dir = tmp_path / "store"
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data_dir),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}

    run = subprocess.run([str(SCRIPT), "index", str(folder)], capture_output=True, text=True,
                         env=env, timeout=600)

    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert [ln for ln in lines if not ln.startswith(("  ", "indexed "))] == [
        "error: b-truncated.pdf: the PDF is damaged or truncated and cannot be read "
        "(PdfStreamError)",
        "error: c-damaged.pdf: the PDF is damaged (page 2 cannot be read reliably); export or "
        "download it again",
        "error: d-locked.pdf: the PDF is password-protected; remove the password and upload it "
        "again",
        "error: e-empty.pdf: the file is empty",
        "error: f-word.docx: not a DOCX file (a DOCX is a zip package; this one is not)",
    ]
    assert [ln.split(":")[0] for ln in lines if ln.startswith("indexed ")] == [
        "indexed a-contrat.pdf", "indexed z-agreement.pdf"]
    listed = build_assistant(Settings(data_dir=data_dir, corpus_dir=MINI_CORPUS)).documents()
    assert sorted(d.name for d in listed) == ["a-contrat.pdf", "z-agreement.pdf"]
