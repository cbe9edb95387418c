"""Run nbdev notebook tests and print a CI-readable summary ('notebooks: N passed, N failed, N skipped').
Uses nbdev's own test_nb (tst_flags, `#| eval: false`, `.notest`, `skip_exec` honoured). Exit 1 on failure or if nothing ran."""
import argparse, os, sys, time
from pathlib import Path
from fastcore.parallel import parallel
from nbdev.config import get_config
from nbdev.doclinks import nbglob
from nbdev.frontmatter import FrontmatterProc
from nbdev.process import NBProcessor
from nbdev.test import test_nb

def _skipped(fn: Path, ignore_fname='.notest') -> bool:
    if (fn.parent / ignore_fname).exists(): return True
    fm = getattr(NBProcessor(fn, procs=FrontmatterProc, process=True).nb, 'frontmatter_', {}) or {}
    return str(fm.get('skip_exec', '')).lower() in ('true', '1', 'yes')

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('path', nargs='?', default=None, help='notebook or glob (default: nbs_path)')
    ap.add_argument('--flags', default='', help='space-separated tst_flags to run anyway')
    ap.add_argument('--n_workers', type=int, default=min(os.cpu_count() or 1, 2))
    a = ap.parse_args()
    cfg = get_config()
    files = sorted(Path(f).absolute() for f in nbglob(a.path, as_path=True))
    skipped = [f for f in files if _skipped(f)]
    run = [f for f in files if f not in skipped]
    t0 = time.time()
    os.chdir(cfg.nbs_path if cfg.nbs_path.exists() else Path.cwd())
    res = list(parallel(test_nb, run, skip_flags=cfg.tst_flags.split(), force_flags=a.flags.split(),
                        basepath=cfg.config_path, n_workers=a.n_workers if len(run) > 1 else 0, pause=0.01))
    for f, (ok, secs) in zip(run, res): print(f"{'PASS' if ok else 'FAIL'} {f.name} ({secs:.1f}s)")
    for f in skipped: print(f"SKIP {f.name}")
    npass = sum(ok for ok, _ in res); nfail = len(res) - npass
    print(f"notebook tests took {time.time()-t0:.1f}s")
    print(f"notebooks: {npass} passed, {nfail} failed, {len(skipped)} skipped")
    if not run: print('no notebook was tested', file=sys.stderr); sys.exit(1)
    sys.exit(1 if nfail else 0)

if __name__ == '__main__': main()
