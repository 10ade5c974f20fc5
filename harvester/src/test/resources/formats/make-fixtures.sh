#!/bin/sh
# Regenerates the format fixtures of the five seed reports: HTML written from the seed text (tables as real <table>
# elements), then HTML -> DOCX -> PDF with LibreOffice (HTML straight to PDF loses text, see docs/stack.md).
# Needs python3, LibreOffice (Debian: libreoffice-writer-nogui) and Chromium. The tests read the committed files only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
datasets="$here/../../../../../datasets"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for seed in "$datasets"/0*.txt; do
  name=$(basename "$seed" .txt)
  id=$(grep -B1 "file: $name.txt" "$datasets/manifest.yaml" | sed -n 's/.*id: //p')
  title=$(grep -A7 "file: $name.txt" "$datasets/manifest.yaml" | sed -n 's/^ *title: "\(.*\)"/\1/p')
  python3 "$here/seed_to_html.py" "$seed" "$here/$name.html" "$title"
  libreoffice --headless -env:UserInstallation=file://"$work"/profile --convert-to 'docx:MS Word 2007 XML' \
      --outdir "$work" "$here/$name.html" >/dev/null 2>&1
  cp "$work/$name.docx" "$here/$name.docx"
  # tagged (accessible) PDF, as government PDFs should be: its structure tree keeps the tables
  libreoffice --headless -env:UserInstallation=file://"$work"/profile \
      --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' \
      --outdir "$work" "$here/$name.docx" >/dev/null 2>&1
  cp "$work/$name.pdf" "$here/$name.pdf"
  echo "$id: $name.html $name.docx $name.pdf"
done
# untagged PDFs, read from their page layout only (the flattened rows of a table, a scale line above them)
for docx in "$here"/0*.docx; do
  name=$(basename "$docx" .docx)
  libreoffice --headless -env:UserInstallation=file://"$work"/profile --convert-to pdf:writer_pdf_Export \
      --outdir "$work" "$docx" >/dev/null 2>&1
  cp "$work/$name.pdf" "$here/$name.untagged.pdf"
  echo "$name.untagged.pdf"
done
# PDFs printed by another producer: Chromium from the HTML (needs Debian's chromium)
for html in "$here"/0*.html; do
  name=$(basename "$html" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/$name.chromium.pdf" \
      "file://$html" >/dev/null 2>&1
  echo "$name.chromium.pdf"
done
