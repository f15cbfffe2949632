#!/usr/bin/env python3
"""What the REVIEW modules of the newest run of each plan saw: the suite leaves these to a person, and in this
headless setup the browser records the page it matched instead of a screenshot. Prints, per REVIEW entry, the
module (those whose result is REVIEW), what the suite asks to be shown, the text the page was matched on, and the page's title and heading.

  reviews.py RESULTS PLAN [PLAN...]
"""
import glob
import json
import os
import re
import sys
import zipfile

from table import newest


def main():
    results, plans = sys.argv[1], sys.argv[2:]
    for plan in plans:
        run = newest(results, plan)
        if run is None:
            continue
        print('### {} ({})'.format(plan, os.path.basename(run)))
        print()
        for archive in glob.glob(os.path.join(run, 'export', '*.zip')):
            with zipfile.ZipFile(archive) as z:
                for name in sorted(z.namelist()):
                    if not name.endswith('.json'):
                        continue
                    log = json.loads(z.read(name))
                    module = log.get('testInfo', {}).get('testName', name)
                    if log.get('testInfo', {}).get('result') != 'REVIEW':
                        continue  # the module ended otherwise (say, by a redirect), and the placeholder went unused
                    for entry in log.get('results', []):
                        if entry.get('result') != 'REVIEW':
                            continue
                        page = entry.get('page_source') or ''
                        title = re.search(r'<title>(.*?)</title>', page, re.S)
                        heading = re.search(r'<h1[^>]*>(.*?)</h1>', page, re.S)
                        text = re.search(r"<main>(.*?)</main>", page, re.S)
                        images = re.findall(r'<img[^>]*src="([^"]+)"', page)
                        print('- **{}**: {} Matched `{}`; page "{}", heading "{}": "{}"{}.'.format(
                            module, entry.get('msg', '').strip(), entry.get('matched_regexp', '-'),
                            title.group(1).strip() if title else '-', heading.group(1).strip() if heading else '-',
                            re.sub(r'<[^>]+>|\s+', ' ', text.group(1)).strip() if text else '-',
                            '; images ' + ', '.join(images) if images else ''))
        print()


if __name__ == '__main__':
    main()
