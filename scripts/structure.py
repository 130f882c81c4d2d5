#!/usr/bin/env python3
"""Counts for issue 11: lines of code per file, longest function, string literals in non-test code under src/."""
import os, re, sys
root = sys.argv[1] if len(sys.argv) > 1 else 'src'
lit_total = 0; per = {}; longest_file = (0, ''); longest_fn = (0, '')
for d, _, fs in os.walk(root):
    for f in fs:
        if not f.endswith('.rs') or f == 'tests.rs' or f == 'fold_table.rs':
            continue
        p = os.path.join(d, f)
        lines = open(p, encoding='utf-8').read().split('\n')
        code = []
        for l in lines:
            if l.strip().startswith('#[cfg(test)]'):
                break
            code.append(l)
        loc = sum(1 for l in code if l.strip() and not l.strip().startswith('//'))
        if loc > longest_file[0]: longest_file = (loc, p)
        n = 0
        for l in code:
            s = l.strip()
            if s.startswith('//'):
                continue
            s = re.sub(r"'(\\.|[^'\\])'", "", s)
            n += len(re.findall(r'"(?:\\.|[^"\\])*"', s))
        per[p] = n; lit_total += n
        # functions: from a line with 'fn ' and '{' to its matching closing brace at the same indent
        for i, l in enumerate(code):
            m = re.match(r'^(\s*)(pub(\([^)]*\))? )?(const )?fn (\w+)', l)
            if m:
                ind = m.group(1)
                for j in range(i + 1, len(code)):
                    if code[j].startswith(ind + '}') and len(code[j].rstrip()) == len(ind) + 1:
                        if j - i + 1 > longest_fn[0]: longest_fn = (j - i + 1, f'{p}:{m.group(5)}')
                        break
print('longest file (loc):', longest_file)
print('longest fn (lines):', longest_fn)
print('string literals:', lit_total)
for p, n in sorted(per.items(), key=lambda x: -x[1])[:8]:
    print(f'  {n:4} {p}')
