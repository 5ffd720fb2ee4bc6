#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist .ts file from a JSON table
{source: translation}, for translations written outside Qt Linguist.

    scripts/fill-translations.py translations/qtsignin_demo_de.ts table.json
"""
import html
import json
import re
import sys

path, table_path = sys.argv[1], sys.argv[2]
table = json.load(open(table_path, encoding='utf-8'))
text = open(path, encoding='utf-8').read()


def fill(match):
    block = match.group(0)
    source = re.search(r'<source>(.*?)</source>', block, re.S)
    if 'type="unfinished"' not in block or not source:
        return block
    translation = table.get(html.unescape(source.group(1)))
    if translation is None:
        return block
    return re.sub(r'<translation type="unfinished">.*?</translation>',
                  lambda _: '<translation>%s</translation>' % html.escape(translation, quote=False), block, flags=re.S)


# Computed before the file is opened for writing: a bad table must not leave it empty.
filled = re.sub(r'<message>.*?</message>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(filled)
