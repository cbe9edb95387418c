"""Build README.md from nbs/index.ipynb (quarto, hence nbdev_readme, is not available offline).
Drops cells whose first directive is hide/export/default_exp, strips other `#|` lines, and keeps stored text outputs."""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root / 'nbs' / 'index.ipynb').read_text(encoding='utf-8'))
DROP = ('#| hide', '#| export', '#| default_exp', '#|hide', '#|export')

def code_md(cell):
    lines = cell['source'] if isinstance(cell['source'], list) else cell['source'].splitlines(True)
    if lines and lines[0].strip().startswith(DROP): return ''
    src = ''.join(l for l in lines if not l.lstrip().startswith('#|')).strip()
    out = [f"```bash\n{src[2:].strip()}\n```" if src.startswith('!') else f"```python\n{src}\n```"] if src else []
    for o in cell.get('outputs', []):
        text = o.get('text') or o.get('data', {}).get('text/plain')
        if text: out.append("```\n" + ''.join(text).rstrip() + "\n```")
    return '\n\n'.join(out)

parts = [''.join(c['source']).replace('](images/', '](nbs/images/') if c['cell_type'] == 'markdown' else code_md(c)
         for c in nb['cells']]  # image paths are relative to nbs/ in the notebook, to the root in README.md
readme = '\n\n'.join(p.strip() for p in parts if p.strip()) + '\n'
if '--check' in sys.argv:
    if (root / 'README.md').read_text(encoding='utf-8') != readme:
        sys.exit('README.md is stale: run python .ci/readme.py')
else:
    (root / 'README.md').write_text(readme, encoding='utf-8')
