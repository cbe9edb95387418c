"""Build metadata comes from settings.ini (nbdev 2 convention); edit settings.ini, not this file."""
from configparser import ConfigParser
from pathlib import Path
import shlex
import setuptools

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']
for key in 'lib_name lib_path version description author author_email min_python license git_url'.split():
    assert key in cfg, f'settings.ini is missing {key}'

readme = Path('README.md')
setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    author=cfg['author'], author_email=cfg['author_email'], license=cfg['license'], url=cfg['git_url'],
    keywords=cfg.get('keywords', ''),
    packages=setuptools.find_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']),
    include_package_data=True,
    install_requires=shlex.split(cfg.get('requirements', '')),
    extras_require={'dev': shlex.split(cfg.get('dev_requirements', ''))},
    python_requires='>=' + cfg['min_python'],
    long_description=readme.read_text(encoding='utf-8') if readme.exists() else '',
    long_description_content_type='text/markdown',
    zip_safe=False,
    classifiers=['Programming Language :: Python :: 3', 'Intended Audience :: ' + cfg.get('audience', 'Developers')],
    project_urls={'Source': cfg['git_url']},
    entry_points={'console_scripts': cfg.get('console_scripts', '').split(),
                  'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
)
