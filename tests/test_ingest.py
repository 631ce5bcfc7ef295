from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import decode, ingest, split_byline, txt_title, Skip


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_seeds_are_read_with_ids_hashes_and_byline(seeds_dir):
    result = ingest([seeds_dir])
    ids = [d.article.id for d in result.documents]
    assert ids == ["000_a032d8a8cfd74b53", "004_281c49e4be45ee89"]
    second = result.documents[1]
    assert second.article.author == "Rodney Mbua"
    assert "Written By" not in second.text
    assert len(second.article.sha256) == 64


def test_closing_byline_is_author_not_content():
    text, author = split_byline("The council met today.\n\nBy Jane Smith\n")
    assert author == "Jane Smith" and "Jane" not in text
    text, author = split_byline("He walked by the river.\n")
    assert author is None


def test_title_is_first_line_before_a_blank_line():
    assert txt_title("Storm hits coast\n\nThe storm hit the coast on Monday.") == "Storm hits coast"
    assert txt_title("The storm hit the coast on Monday. It rained.\nMore.") is None


def test_markdown_front_matter(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Talks resume\nauthor: A. Writer\npublished: 2025-01-02\nsource: Wire\n"
                            "url: https://example.org/a\n---\nTalks resumed on Monday in Geneva.\n")
    doc = ingest([tmp_path]).documents[0]
    assert (doc.article.title, doc.article.author, doc.article.published, doc.article.source) == \
        ("Talks resume", "A. Writer", "2025-01-02", "Wire")
    assert doc.text.startswith("Talks resumed")


def test_broken_front_matter_is_skipped_with_reason(tmp_path):
    write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\nBody.\n")
    write(tmp_path, "good.txt", "The minister resigned on Friday.\n")
    result = ingest([tmp_path])
    assert [d.article.id for d in result.documents] == ["good"]
    assert result.skipped[0].path.endswith("bad.md") and "front matter" in result.skipped[0].reason


def test_html_keeps_article_text_not_scripts(tmp_path):
    body = " ".join(["The mayor announced a new budget for the city on Tuesday."] * 8)
    write(tmp_path, "page.html", f"<html><head><title>Budget</title><script>alert('x')</script>"
                                 f"<style>p{{color:red}}</style></head><body><nav>Home | News</nav>"
                                 f"<article><h1>Budget</h1><p>{body}</p></article></body></html>")
    doc = ingest([tmp_path]).documents[0]
    assert "mayor announced" in doc.text and "alert" not in doc.text and "color:red" not in doc.text


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"   \n\t\n", "empty"), (b"%PDF-1.4\x00\x01\x02binary", "binary")])
def test_unusable_files_are_skipped(tmp_path, data, reason):
    write(tmp_path, "x.txt", data)
    write(tmp_path, "ok.txt", "A bridge collapsed on Sunday.\n")
    result = ingest([tmp_path])
    assert len(result.documents) == 1 and reason in result.skipped[0].reason


def test_encodings():
    assert decode("café".encode("utf-8-sig")) == "café"
    assert decode("café".encode("utf-16")) == "café"
    assert decode("café".encode("latin-1")) == "café"
    with pytest.raises(Skip):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_duplicates_counted_once_with_both_paths(tmp_path):
    write(tmp_path, "a.txt", "Same story.\n")
    write(tmp_path, "b.txt", "Same story.\n")
    result = ingest([tmp_path])
    assert len(result.documents) == 1
    assert [Path(p).name for p in result.documents[0].article.paths] == ["a.txt", "b.txt"]


def test_symlink_loop_does_not_hang(tmp_path):
    write(tmp_path, "a.txt", "A story.\n")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert len(ingest([tmp_path]).documents) == 1


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest([tmp_path / "nope"])
