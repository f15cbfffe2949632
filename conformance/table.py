#!/usr/bin/env python3
"""One row per plan: the counts of module results in the newest run of each plan under RESULTS.

  table.py RESULTS PLAN [PLAN...]     PLAN: config basic formpost logout dynamic
"""
import glob
import json
import os
import sys

DIRS = {'config': 'oidcc-config', 'basic': 'oidcc-basic', 'formpost': 'oidcc-formpost-basic',
        'logout': 'oidcc-rp-initiated-logout', 'dynamic': 'oidcc-dynamic'}
COLUMNS = ['PASSED', 'FAILED', 'WARNING', 'REVIEW', 'SKIPPED']


def newest(results, plan):
    runs = sorted(d for d in glob.glob(os.path.join(results, DIRS.get(plan, plan) + '-2*'))
                  if os.path.exists(os.path.join(d, 'summary.json')))
    return runs[-1] if runs else None


def main():
    results, plans = sys.argv[1], sys.argv[2:]
    print('| plan | ' + ' | '.join(COLUMNS) + ' | other | run |')
    print('|---|' + '---|' * (len(COLUMNS) + 2))
    for plan in plans:
        run = newest(results, plan)
        if run is None:
            print('| {} | no result |'.format(plan))
            continue
        counts = {}
        for entry in json.load(open(os.path.join(run, 'summary.json'))):
            for module in entry['modules']:
                counts[module['result']] = counts.get(module['result'], 0) + 1
        other = ', '.join('{} {}'.format(k, v) for k, v in sorted(counts.items()) if k not in COLUMNS)
        print('| {} | {} | {} | {} |'.format(plan, ' | '.join(str(counts.get(c, 0)) for c in COLUMNS),
                                           other or '', os.path.basename(run)))


if __name__ == '__main__':
    main()
